// Builds the real main + preload bundles into a temporary copy of the dist layout and starts the main
// bundle in plain Node against a fake 'electron' module: Electron itself cannot run on this machine.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '#contract/ipc-contract';
import { createFakeElectron, type FakeElectron } from './test/fake-electron';

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const repo = fileURLToPath(new URL('../..', import.meta.url));
const seed = path.join(repo, 'central-sim', 'seed', 'traffy-sample.csv');
const appPage = { senderFrame: { url: 'app://khet-desk/index.html' } };

let tmp: string;
let fake: FakeElectron;
let originalLoad: Load;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'khet-bundle-'));
  for (const [config, out] of [
    ['vite.main.config.ts', 'main'],
    ['vite.preload.config.ts', 'preload'],
  ] as const) {
    await build({
      configFile: path.join(repo, 'electron', config),
      logLevel: 'silent',
      build: { outDir: path.join(tmp, 'dist', 'electron', out) },
    });
  }
  await mkdir(path.join(tmp, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(tmp, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Khet Desk</title>');
  await mkdir(path.join(tmp, 'central-sim', 'seed'), { recursive: true });
  if (existsSync(seed)) await copyFile(seed, path.join(tmp, 'central-sim', 'seed', 'traffy-sample.csv'));

  fake = createFakeElectron(path.join(tmp, 'profile'));
  const updater = {
    autoUpdater: new Proxy(
      {},
      {
        get: () => {
          throw new Error('updater must stay untouched');
        },
      },
    ),
  };
  originalLoad = loader._load;
  loader._load = function (request, parent, isMain) {
    if (request === 'electron') return fake.module;
    if (request === 'electron-updater') return updater;
    return originalLoad.call(this, request, parent, isMain);
  };
  createRequire(import.meta.url)(path.join(tmp, 'dist', 'electron', 'main', 'index.cjs'));
  fake.app.ready();
  await new Promise((resolve) => setTimeout(resolve, 50));
}, 60_000);

afterAll(async () => {
  loader._load = originalLoad;
  fake.app.emit('before-quit');
  await new Promise((resolve) => setTimeout(resolve, 50));
  await rm(tmp, { recursive: true, force: true });
});

describe('the built main bundle', () => {
  it('secures the app before it is ready, then wires everything', () => {
    expect(fake.calls.slice(0, 3)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'requestSingleInstanceLock']);
    expect(fake.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.sessionHandlers.sort()).toEqual(['check', 'request']);
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('opens one sandboxed window on app://khet-desk with the built preload', () => {
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window?.urls).toEqual(['app://khet-desk/index.html']);
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(existsSync(String(window?.options.webPreferences?.preload))).toBe(true);
  });

  it('serves the renderer through app:// with the CSP', async () => {
    const serve = fake.protocolHandlers.get('app');
    const reply = await serve?.(new Request('app://khet-desk/index.html'));
    expect(reply?.status).toBe(200);
    expect(reply?.headers.get('content-security-policy')).toContain("object-src 'none'");
  });

  it('answers IPC: app info, refuses strangers, runs the demo simulator', async () => {
    const invoke = (channel: string, event: unknown, ...args: unknown[]) => fake.ipcHandlers.get(channel)?.(event, ...args);
    expect(await invoke(CHANNELS.appInfo, appPage)).toMatchObject({ ok: true, value: { shell: 'electron', version: '0.1.0' } });
    expect(await invoke(CHANNELS.appInfo, { senderFrame: { url: 'https://evil.example/' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    if (!existsSync(seed)) return;
    expect(await invoke(CHANNELS.centralUseDemo, appPage, { districtCode: '1001' })).toMatchObject({ ok: true, value: { demo: true } });
    expect(await invoke(CHANNELS.centralRequest, appPage, { method: 'GET', endpoint: 'get-issues/v2' })).toMatchObject({
      ok: true,
      value: { httpStatus: 200 },
    });
    expect(existsSync(path.join(tmp, 'profile', 'userData', 'central-sim-state.json'))).toBe(true);
  }, 30_000);
});
