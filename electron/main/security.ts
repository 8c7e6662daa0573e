// The shell's web-security policy: CSP, navigation and window-open guards, permissions, webviews.
// Owns: what the renderer may load, navigate to, open or be granted, and which external links leave the app.
// Must never: allow navigation away from app://khet-desk, grant a permission outside its short allow-list,
// or open a link that is not https on an allow-listed host.
import type { Session, WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl } from './protocol';

/**
 * Headers added to every app:// reply. The CSP is one literal on purpose, so electronegativity reads and
 * evaluates the real policy. Why its looser parts are there:
 *  - style-src 'unsafe-inline': Mantine renders <style> elements (its CSS variables) and style attributes.
 *  - img-src https: complaint photos live on Traffy's storage.
 *  - connect-src 'self': the central service is reached through IPC (main's net.fetch), never from the page.
 */
export function appResponseHeaders(): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  headers['Content-Security-Policy'] =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
  return headers;
}

export const CONTENT_SECURITY_POLICY: string = appResponseHeaders()['Content-Security-Policy'] ?? '';

/** Hosts (and their subdomains) whose https links may open in the user's browser. */
export const EXTERNAL_HOSTS: readonly string[] = ['traffy.in.th', 'storage.googleapis.com', 'bangkok.go.th', 'openstreetmap.org'];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return EXTERNAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

export interface Preventable {
  url: string;
  preventDefault(): void;
}

/** will-navigate / will-redirect / will-frame-navigate: stay inside the app's origin. */
export function guardNavigation(event: Preventable): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

export type OpenExternal = (url: string) => Promise<void>;

/** Every window.open is denied; an allow-listed https link goes to the user's browser instead. */
export function createWindowOpenHandler(openExternal: OpenExternal, onError: (message: string) => void) {
  return (details: { url: string }): { action: 'deny' } => {
    if (isAllowedExternalUrl(details.url)) {
      openExternal(details.url).catch((error: unknown) => onError(`openExternal failed: ${String(error)}`));
    }
    return { action: 'deny' };
  };
}

/**
 * Granted to the app's own pages only: writing to the clipboard (copy a ticket id) and persistent storage
 * (so Chromium never evicts the IndexedDB register under disk pressure). Everything else is denied.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export function permissionRequestHandler(
  _contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string },
): void {
  callback(GRANTED_PERMISSIONS.has(permission) && isAppUrl(details.requestingUrl ?? ''));
}

export function permissionCheckHandler(_contents: unknown, permission: string, requestingOrigin: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && requestingOrigin === APP_ORIGIN;
}

export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler(permissionRequestHandler);
  session.setPermissionCheckHandler(permissionCheckHandler);
}

export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Applied to every WebContents the app creates (app 'web-contents-created'). */
export function hardenWebContents(
  contents: HardenableContents,
  deps: { openExternal: OpenExternal; onError: (message: string) => void },
): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(deps.openExternal, deps.onError));
}
