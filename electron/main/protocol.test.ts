import fs from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, createAppProtocolHandler, registerAppScheme, resolveInside } from './protocol';

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'khet-proto-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.txt'), 'TOP SECRET');
  serve = createAppProtocolHandler({ rootDir: root, fs: fs.promises, headers: { 'Content-Security-Policy': "default-src 'self'" } });
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// protocol', () => {
  it('registers the privileged scheme once, without corsEnabled', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(APP_ORIGIN).toBe('app://khet-desk');
  });

  it('serves the renderer with its type and the CSP', async () => {
    const page = await get('app://khet-desk/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await page.text()).toContain('id="root"');
    const script = await get('app://khet-desk/assets/app-1234.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await (await get('app://khet-desk/')).text()).toContain('id="root"');
  });

  it('refuses path traversal in every spelling', async () => {
    for (const url of [
      'app://khet-desk/..%2fsecret.txt',
      'app://khet-desk/assets/..%2f..%2fsecret.txt',
      'app://khet-desk/%2e%2e%2fsecret.txt',
      'app://khet-desk/..%5csecret.txt',
      'app://khet-desk/%2f..%2f..%2fsecret.txt',
      'app://khet-desk/%2fetc%2fpasswd.txt',
      'app://khet-desk/assets%00.js',
      'app://khet-desk/%E0%A4%A',
    ]) {
      const reply = await get(url);
      expect([403, 404], url).toContain(reply.status);
      expect(await reply.text(), url).not.toContain('TOP SECRET');
    }
    expect(resolveInside(root, '/../secret.txt')).toBeNull();
    expect(resolveInside(root, '/assets/../../secret.txt')).toBeNull();
    expect(resolveInside(root, '/C:/Windows/win.ini')).toBe(path.join(root, 'C:/Windows/win.ini'));
    expect(resolveInside(root, '/assets/../index.html')).toBe(path.join(root, 'index.html'));
  });

  it('answers 404 for missing assets, the app shell for client routes, 405 for writes, 404 for other hosts', async () => {
    expect((await get('app://khet-desk/assets/missing.js')).status).toBe(404);
    const route = await get('app://khet-desk/register/2024-ABCDEF');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('id="root"');
    expect((await get('app://khet-desk/index.html', 'POST')).status).toBe(405);
    expect((await get('app://other-host/index.html')).status).toBe(404);
    const head = await get('app://khet-desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
