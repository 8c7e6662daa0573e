// The app:// protocol that serves the built renderer (dist/renderer) to the window.
// Owns: the app's origin, the privileged scheme registration and the static file handler.
// Must never: serve a file outside the renderer folder, serve anything but GET/HEAD, or change the origin.
import path from 'node:path';
import type { Protocol } from 'electron';

/**
 * The origin is fixed forever: IndexedDB (the whole case register) belongs to the page's origin, so a
 * different scheme or host after an update would open an empty register. Never change these two values.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'khet-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const isAppUrl = (url: string): boolean => url.startsWith(`${APP_ORIGIN}/`);

/** Must run before the app is ready. `corsEnabled` is left off on purpose: it would let other origins read app:// files. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export const mimeFor = (file: string): string => MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The absolute file for a URL path, or null when it would leave `root` (`..`, encoded separators, drive letters, NUL). */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = path.resolve(root);
  const relative = decoded.replace(/^[/\\]+/, '');
  const target = path.resolve(base, relative === '' ? 'index.html' : relative);
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  return target;
}

export interface StaticFs {
  readFile(file: string): Promise<Uint8Array>;
  stat(file: string): Promise<{ isFile(): boolean }>;
}

export interface AppProtocolOptions {
  rootDir: string;
  fs: StaticFs;
  /** Added to every reply (the CSP and friends, from security.ts). */
  headers: Record<string, string>;
}

export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const reply = (status: number, body: string): Response =>
    new Response(body, { status, headers: { ...options.headers, 'Content-Type': 'text/plain; charset=utf-8' } });

  const isFile = async (file: string): Promise<boolean> => {
    try {
      return (await options.fs.stat(file)).isFile();
    } catch {
      return false;
    }
  };

  return async (request) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Method not allowed');
      const url = new URL(request.url);
      if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return reply(404, 'Not found');
      const target = resolveInside(options.rootDir, url.pathname);
      if (target === null) return reply(403, 'Forbidden');
      let file = target;
      if (!(await isFile(file))) {
        // Client-side routes (no file extension) get the app shell; missing assets stay 404.
        if (path.extname(target) !== '') return reply(404, 'Not found');
        file = path.join(path.resolve(options.rootDir), 'index.html');
        if (!(await isFile(file))) return reply(404, 'Not found');
      }
      const body = request.method === 'HEAD' ? null : await options.fs.readFile(file);
      return new Response(body, { status: 200, headers: { ...options.headers, 'Content-Type': mimeFor(file) } });
    } catch {
      return reply(500, 'Internal error');
    }
  };
}
