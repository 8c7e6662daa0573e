// The desktop shell through Playwright's _electron, against the built app (npm run build): the window opens
// on app://khet-desk and shows the app, navigation away is refused, window.open gives null, and the page
// sees window.desktop but no node. Skips itself, saying why, where no Electron binary exists.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { findElectron } from '../scripts/electron-binary.mjs';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright';
import type { DesktopApi } from '#contract/ipc-contract';

const repo = fileURLToPath(new URL('..', import.meta.url));

const binary = findElectron();
test.skip('missing' in binary, `Electron binary not available here: ${'missing' in binary ? binary.missing : ''}`);

let app: ElectronApplication;
let page: Page;
let profile: string;

test.beforeAll(async () => {
  if (!('path' in binary)) return;
  for (const built of ['dist/electron/main/index.cjs', 'dist/electron/preload/index.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(repo, built))) throw new Error(`${built} is missing: run "npm run build" before the Electron e2e project`);
  }
  profile = mkdtempSync(path.join(os.tmpdir(), 'khet-e2e-profile-'));
  // ELECTRON_RUN_AS_NODE (set by some tool runners) would start Electron as plain Node.
  const env = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RUN_AS_NODE'),
  );
  app = await electron.launch({
    executablePath: binary.path,
    // The package folder: Electron reads package.json (name, version, "main") like the installed app.
    args: [repo, ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: repo,
    env: { ...env, KHET_USER_DATA_DIR: profile, KHET_UPDATE_URL: '' },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('the window opens on app://khet-desk and shows the app', async () => {
  expect(page.url()).toMatch(/^app:\/\/khet-desk\//);
  await expect(page.getByRole('heading').first()).toBeVisible();
  expect(app.windows()).toHaveLength(1);
});

test('the page has window.desktop and nothing of node or ipcRenderer', async () => {
  const surface = await page.evaluate(() => {
    const desktop = (window as unknown as { desktop?: Record<string, unknown> }).desktop ?? {};
    const scope = window as unknown as Record<string, unknown>;
    return {
      keys: Object.keys(desktop).sort(),
      require: typeof scope.require,
      process: typeof scope.process,
      ipc: 'ipcRenderer' in desktop,
    };
  });
  expect(surface).toEqual({
    keys: ['appInfo', 'centralConfigure', 'centralForget', 'centralRequest', 'centralStatus', 'centralUseDemo', 'openExternal', 'saveFile'],
    require: 'undefined',
    process: 'undefined',
    ipc: false,
  });
  const info = await page.evaluate(() => (window as unknown as { desktop: DesktopApi }).desktop.appInfo());
  expect(info).toMatchObject({ ok: true, value: { shell: 'electron' } });
});

test('navigating the window away is refused', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(1_000);
  expect(page.url()).toMatch(/^app:\/\/khet-desk\//);
  await expect(page.getByRole('heading').first()).toBeVisible();
});

test('window.open returns null and opens nothing', async () => {
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(await page.evaluate(() => window.open('app://khet-desk/index.html') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('the CSP forbids eval and direct network access', async () => {
  const blocked = await page.evaluate(async () => {
    let evalBlocked = false;
    try {
      eval('1');
    } catch {
      evalBlocked = true;
    }
    const fetchBlocked = await fetch('https://example.com/').then(
      () => false,
      () => true,
    );
    return { evalBlocked, fetchBlocked };
  });
  expect(blocked).toEqual({ evalBlocked: true, fetchBlocked: true });
});
