// The browser implementation of the `window.desktop` contract, for dev, tests and the web demo:
// direct fetch to the central service (the simulator in practice), credentials held in memory only
// (never in IndexedDB or localStorage), downloads instead of save dialogs.
import { createCentralSession } from '#contract/central-session';
import {
  centralConfigSchema,
  centralDemoSchema,
  centralRequestSchema,
  MAX_PHOTO_BYTES,
  photoFetchSchema,
  printPdfSchema,
  DEMO_PASSWORD,
  demoUserFor,
  type CentralConfig,
  type CentralStatus,
  type DesktopApi,
} from '#contract/ipc-contract';
import { fail, ok, type Result } from '#contract/result';

export const DEFAULT_DEMO_URL: string = import.meta.env.VITE_CENTRAL_URL ?? 'http://127.0.0.1:8787/exchange-api';

function parse<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } } },
  v: unknown,
): Result<T> {
  const r = schema.safeParse(v);
  return r.success ? ok(r.data) : fail('invalid-input', r.error.message);
}

export function createBrowserDesktop(): DesktopApi {
  let config: CentralConfig | null = null;
  let demo = false;
  let session: ReturnType<typeof createCentralSession> | null = null;

  const status = (): CentralStatus => ({ configured: config != null, baseUrl: config?.baseUrl ?? null, user: config?.user ?? null, demo });
  const configure = (c: CentralConfig, isDemo: boolean) => {
    config = c;
    demo = isDemo;
    session = createCentralSession(c, { fetch: (url, init) => fetch(url, init) });
    return ok(status());
  };

  return {
    appInfo: () =>
      Promise.resolve(
        ok({
          name: 'Khet Desk',
          version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
          shell: 'browser' as const,
          platform: navigator.platform,
        }),
      ),
    async centralConfigure(input) {
      const c = parse(centralConfigSchema, input);
      return c.ok ? configure(c.value, false) : c;
    },
    async centralUseDemo(input) {
      const d = parse(centralDemoSchema, input);
      if (!d.ok) return d;
      return configure({ baseUrl: DEFAULT_DEMO_URL, user: demoUserFor(d.value.districtCode), password: DEMO_PASSWORD }, true);
    },
    centralStatus: () => Promise.resolve(ok(status())),
    async centralRequest(input) {
      const req = parse(centralRequestSchema, input);
      if (!req.ok) return req;
      if (!session) return fail('not-configured', 'no central service configured');
      return session.request(req.value);
    },
    async centralForget() {
      config = null;
      session = null;
      demo = false;
      return ok(status());
    },
    async saveFile(req) {
      const blob = new Blob([req.data as BlobPart]);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = req.suggestedName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return ok({ saved: true, path: null });
    },
    async photoFetch(input) {
      const req = parse(photoFetchSchema, input);
      if (!req.ok) return req;
      try {
        const res = await fetch(req.value.url);
        const contentType = res.headers.get('content-type') ?? '';
        if (!res.ok || !contentType.startsWith('image/')) return fail('bad-response', `photo: HTTP ${res.status} ${contentType}`);
        const data = new Uint8Array(await res.arrayBuffer());
        return data.byteLength > MAX_PHOTO_BYTES ? fail('bad-response', 'photo: too large') : ok({ contentType, data });
      } catch (e) {
        // Often CORS: the photo host does not allow reading; the page still shows it by URL.
        return fail('network', `photo: ${e instanceof Error ? e.message : 'failed'}`);
      }
    },
    // The browser has no PDF writer of its own: its print dialog offers "Save as PDF".
    async printPdf(input) {
      const req = parse(printPdfSchema, input);
      if (!req.ok) return req;
      window.print();
      return ok({ saved: false, path: null });
    },
    async openExternal({ url }) {
      window.open(url, '_blank', 'noopener,noreferrer');
      return ok(undefined);
    },
  };
}
