import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  appResponseHeaders,
  CONTENT_SECURITY_POLICY,
  createWindowOpenHandler,
  guardNavigation,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  permissionCheckHandler,
  permissionRequestHandler,
  type HardenableContents,
} from './security';

const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

describe('content security policy', () => {
  it('has every directive the design asks for', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob: https:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(appResponseHeaders()['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('navigation guard', () => {
  it('refuses to leave the app', () => {
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:8787/',
      'file:///etc/passwd',
      'app://khet-desk.evil.example/',
      'app://other/index.html',
      'javascript:alert(1)',
    ]) {
      const event = navigation(url);
      guardNavigation(event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('allows pages of app://khet-desk', () => {
    const event = navigation('app://khet-desk/index.html#/register');
    guardNavigation(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it('always denies, and sends allow-listed links to the browser', () => {
    const openExternal = vi.fn(() => Promise.resolve(undefined));
    const handler = createWindowOpenHandler(openExternal, () => undefined);
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://khet-desk/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(handler({ url: 'https://storage.googleapis.com/traffy_public_bucket/a.jpg' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://storage.googleapis.com/traffy_public_bucket/a.jpg');
  });

  it('keeps the external allow-list tight', () => {
    expect(isAllowedExternalUrl('https://traffy.in.th/')).toBe(true);
    expect(isAllowedExternalUrl('https://webportal.bangkok.go.th/x')).toBe(true);
    for (const url of [
      'http://traffy.in.th/',
      'https://traffy.in.th.evil.example/',
      'https://eviltraffy.in.th/',
      'https://user:pw@traffy.in.th/',
      'https://traffy.in.th:8443/',
      'file:///C:/Windows/calc.exe',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('permissions', () => {
  it('denies by default', () => {
    for (const permission of ['geolocation', 'media', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'unknown']) {
      const callback = vi.fn();
      permissionRequestHandler(null, permission, callback, { requestingUrl: 'app://khet-desk/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(permissionCheckHandler(null, permission, 'app://khet-desk')).toBe(false);
    }
  });

  it('grants only the short allow-list, and only to the app', () => {
    const callback = vi.fn();
    permissionRequestHandler(null, 'clipboard-sanitized-write', callback, { requestingUrl: 'app://khet-desk/index.html' });
    permissionRequestHandler(null, 'clipboard-sanitized-write', callback, { requestingUrl: 'https://evil.example/' });
    expect(callback.mock.calls).toEqual([[true], [false]]);
    expect(permissionCheckHandler(null, 'persistent-storage', 'app://khet-desk')).toBe(true);
    expect(permissionCheckHandler(null, 'persistent-storage', 'https://evil.example')).toBe(false);
  });

  it('installs both handlers on the session', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    hardenSession(session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(permissionRequestHandler);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(permissionCheckHandler);
  });
});

describe('hardenWebContents', () => {
  it('guards navigation, redirects, webviews and window.open', () => {
    const emitter = new EventEmitter();
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = Object.assign(emitter, {
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
        openHandler = handler;
      },
    }) as unknown as HardenableContents;
    hardenWebContents(contents, { openExternal: () => Promise.resolve(undefined), onError: () => undefined });
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const details = navigation('https://evil.example/');
      emitter.emit(event, details);
      expect(details.preventDefault, event).toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
