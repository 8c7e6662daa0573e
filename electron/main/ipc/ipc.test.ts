import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type CentralStatus } from '#contract/ipc-contract';
import { fail, ok } from '#contract/result';
import type { CentralService } from '../central';
import { APP_PAGE, fakeIpcMain, memoryLog } from '../test/fakes';
import type { SaveDialogOptions } from './files';
import { createIpcHandlers } from './index';

const demoStatus: CentralStatus = { configured: true, baseUrl: 'http://127.0.0.1:1/exchange-api', user: 'khet1001', demo: true };

function setup(dialogAnswer: { canceled: boolean; filePath?: string } = { canceled: false, filePath: '/home/u/Documents/report.xlsx' }) {
  const ipc = fakeIpcMain();
  const central = {
    restore: vi.fn(() => Promise.resolve(undefined)),
    configure: vi.fn(() => Promise.resolve(fail('auth-failed', 'refused'))),
    useDemo: vi.fn(() => Promise.resolve(ok(demoStatus))),
    status: vi.fn(() => Promise.resolve(ok(demoStatus))),
    request: vi.fn(() => Promise.resolve(ok({ httpStatus: 200, body: '{}' }))),
    forget: vi.fn(() => Promise.resolve(ok({ configured: false, baseUrl: null, user: null, demo: false }))),
    shutdown: vi.fn(() => Promise.resolve(undefined)),
  } satisfies CentralService;
  const dialogs: SaveDialogOptions[] = [];
  const writes: { file: string; data: Uint8Array }[] = [];
  const openExternal = vi.fn(() => Promise.resolve(undefined));
  createIpcHandlers({
    ipcMain: ipc,
    appInfo: () => ({ name: 'Khet Desk', version: '0.1.0', shell: 'electron', platform: 'win32' }),
    central,
    files: {
      showSaveDialog: (_event, options) => {
        dialogs.push(options);
        return Promise.resolve(dialogAnswer);
      },
      writeFile: (file, data) => {
        if (file.includes('locked')) return Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' }));
        writes.push({ file, data });
        return Promise.resolve();
      },
      defaultDir: () => '/home/u/Documents',
    },
    openExternal,
    fetchPhoto: () => Promise.reject(new Error('no network in this test')),
    printToPdf: () => Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    log: memoryLog(),
  });
  return { ipc, central, dialogs, writes, openExternal };
}

const saveRequest = { suggestedName: 'report.xlsx', data: new Uint8Array([1, 2, 3]), filters: [{ name: 'Excel', extensions: ['xlsx'] }] };

describe('IPC channels', () => {
  it('registers exactly the contract channels', () => {
    expect(setup().ipc.channels()).toEqual(Object.values(CHANNELS).sort());
  });

  it('refuses every channel to a foreign sender', async () => {
    const { ipc, central } = setup();
    for (const channel of Object.values(CHANNELS)) {
      expect(await ipc.invoke(channel, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(central.request).not.toHaveBeenCalled();
  });

  it('answers app:info', async () => {
    expect(await setup().ipc.invoke(CHANNELS.appInfo, APP_PAGE)).toEqual({
      ok: true,
      value: { name: 'Khet Desk', version: '0.1.0', shell: 'electron', platform: 'win32' },
    });
  });

  it('validates central payloads before the service sees them', async () => {
    const { ipc, central } = setup();
    expect(await ipc.invoke(CHANNELS.centralConfigure, APP_PAGE, { baseUrl: 'ftp://x', user: 'u', password: 'p' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await ipc.invoke(CHANNELS.centralUseDemo, APP_PAGE, { districtCode: '99' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await ipc.invoke(CHANNELS.centralRequest, APP_PAGE, { method: 'DELETE', endpoint: 'get-issues/v2' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await ipc.invoke(CHANNELS.centralRequest, APP_PAGE, { method: 'GET', endpoint: 'admin/v1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(central.configure).not.toHaveBeenCalled();
    expect(central.request).not.toHaveBeenCalled();
    expect(await ipc.invoke(CHANNELS.centralUseDemo, APP_PAGE, { districtCode: '1001' })).toEqual({ ok: true, value: demoStatus });
    expect(central.useDemo).toHaveBeenCalledWith('1001');
    expect(
      await ipc.invoke(CHANNELS.centralRequest, APP_PAGE, { method: 'GET', endpoint: 'get-issues/v2', query: { duration: 'today' } }),
    ).toMatchObject({ ok: true });
    expect(
      await ipc.invoke(CHANNELS.centralConfigure, APP_PAGE, { baseUrl: 'https://relay.example/api', user: 'u', password: 'p' }),
    ).toMatchObject({ ok: false, error: { code: 'auth-failed' } });
  });

  it('saves a file where the user chose, and reports a cancelled dialog', async () => {
    const saved = setup();
    expect(await saved.ipc.invoke(CHANNELS.fileSave, APP_PAGE, saveRequest)).toEqual({
      ok: true,
      value: { saved: true, path: '/home/u/Documents/report.xlsx' },
    });
    expect(saved.dialogs[0]).toMatchObject({ defaultPath: '/home/u/Documents/report.xlsx', filters: saveRequest.filters });
    expect(saved.writes[0]?.data).toEqual(new Uint8Array([1, 2, 3]));

    const cancelled = setup({ canceled: true });
    expect(await cancelled.ipc.invoke(CHANNELS.fileSave, APP_PAGE, saveRequest)).toEqual({ ok: true, value: { saved: false, path: null } });
    expect(cancelled.writes).toHaveLength(0);

    const locked = setup({ canceled: false, filePath: '/tmp/locked.xlsx' });
    expect(await locked.ipc.invoke(CHANNELS.fileSave, APP_PAGE, saveRequest)).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('EBUSY') },
    });
  });

  it('refuses file names with path separators', async () => {
    const { ipc, dialogs } = setup();
    const result = await ipc.invoke(CHANNELS.fileSave, APP_PAGE, { ...saveRequest, suggestedName: '../../evil.xlsx' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(dialogs).toHaveLength(0);
  });

  it('opens only allow-listed https links', async () => {
    const { ipc, openExternal } = setup();
    expect(await ipc.invoke(CHANNELS.openExternal, APP_PAGE, { url: 'https://share.traffy.in.th/teamchadchart/ABC' })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await ipc.invoke(CHANNELS.openExternal, APP_PAGE, { url: 'https://evil.example/' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await ipc.invoke(CHANNELS.openExternal, APP_PAGE, { url: 'http://traffy.in.th/' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});
