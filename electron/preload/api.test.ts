import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type DesktopApi } from '#contract/ipc-contract';
import { createDesktopApi } from './api';

describe('preload desktop api', () => {
  it('maps each method to its own channel and nothing else', async () => {
    const invoke = vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ ok: true, value: { channel, args } }));
    const api = createDesktopApi(invoke);
    const byName = api as unknown as Record<string, (arg?: unknown) => Promise<unknown>>;
    const calls: [keyof DesktopApi, string, unknown][] = [
      ['appInfo', CHANNELS.appInfo, undefined],
      ['centralConfigure', CHANNELS.centralConfigure, { baseUrl: 'https://x', user: 'u', password: 'p' }],
      ['centralUseDemo', CHANNELS.centralUseDemo, { districtCode: '1001' }],
      ['centralStatus', CHANNELS.centralStatus, undefined],
      ['centralRequest', CHANNELS.centralRequest, { method: 'GET', endpoint: 'get-issues/v2' }],
      ['centralForget', CHANNELS.centralForget, undefined],
      ['saveFile', CHANNELS.fileSave, { suggestedName: 'a.csv', data: new Uint8Array(), filters: [] }],
      ['openExternal', CHANNELS.openExternal, { url: 'https://traffy.in.th/' }],
      ['photoFetch', CHANNELS.photoFetch, { url: 'https://storage.traffy.in.th/a.jpg' }],
      ['printPdf', CHANNELS.printPdf, { suggestedName: 'pack.pdf', landscape: true }],
    ];
    for (const [method, channel, payload] of calls) {
      await (payload === undefined ? byName[method]?.() : byName[method]?.(payload));
      expect(invoke).toHaveBeenLastCalledWith(channel, ...(payload === undefined ? [] : [payload]));
    }
    expect(Object.keys(api).sort()).toEqual(calls.map(([m]) => m).sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('turns a failed invoke into a Result instead of a rejection', async () => {
    const api = createDesktopApi(() => Promise.reject(new Error("No handler registered for 'app:info'")));
    expect(await api.appInfo()).toEqual({
      ok: false,
      error: { code: 'internal', message: "app:info: No handler registered for 'app:info'" },
    });
  });
});
