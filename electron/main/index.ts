// The main process entry: wiring only. Every decision lives in the module it is passed to.
// Must never: hold logic of its own, or create a window before the security handlers are installed.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, safeStorage, session, shell } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { autoUpdater } from 'electron-updater';
import { startCentralSim } from '../../central-sim/server';
import { createCentralService } from './central';
import { createDemoSim } from './demo-sim';
import { createIpcHandlers } from './ipc';
import { consoleLog as log, describeError } from './log';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME, createAppProtocolHandler, registerAppScheme } from './protocol';
import { appResponseHeaders, hardenSession, hardenWebContents, isAllowedExternalUrl } from './security';
import { claimSingleInstance } from './single-instance';
import { createTransport } from './transport';
import { startUpdater } from './updater';
import { createVault } from './vault';
import { createMainWindow, focusWindow } from './window';

// This file runs as dist/electron/main/index.cjs (also inside app.asar): siblings are found from here.
const RENDERER_DIR = path.join(__dirname, '..', '..', 'renderer');
const PRELOAD_PATH = path.join(__dirname, '..', 'preload', 'index.cjs');
const REPO_ROOT = path.join(__dirname, '..', '..', '..');
const SEED_FILE = app.isPackaged
  ? path.join(process.resourcesPath, 'seed', 'traffy-sample.csv')
  : path.join(REPO_ROOT, 'central-sim', 'seed', 'traffy-sample.csv');

// Tests and dev runs may isolate their profile; a packaged build always uses the OS default.
if (!app.isPackaged && process.env.KHET_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.KHET_USER_DATA_DIR));

app.enableSandbox();
registerAppScheme(protocol);
process.on('unhandledRejection', (reason) => log.error(`unhandled rejection: ${describeError(reason)}`));

let mainWindow: BrowserWindow | null = null;

async function openExternal(url: string): Promise<void> {
  if (!isAllowedExternalUrl(url)) throw new Error('link is not on the allow-list');
  await shell.openExternal(url);
}

const fileExists = (file: string): Promise<boolean> =>
  fs.promises.access(file).then(
    () => true,
    () => false,
  );

function start(): void {
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { openExternal, onError: log.warn }));
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: RENDERER_DIR, fs: fs.promises, headers: appResponseHeaders() }));

  const userData = app.getPath('userData');
  const central = createCentralService({
    vault: createVault({
      safeStorage,
      fs: fs.promises,
      filePath: path.join(userData, 'central-account.json'),
      platform: process.platform,
      allowUnencrypted: !app.isPackaged && process.env.KHET_DEV_UNENCRYPTED_VAULT === '1',
    }),
    transport: createTransport({ fetch: (url, init) => net.fetch(url, init) }),
    demo: createDemoSim({
      start: startCentralSim,
      dataFile: SEED_FILE,
      statePath: path.join(userData, 'central-sim-state.json'),
      fileExists,
    }),
    log,
  });
  void central.restore();
  app.on('before-quit', () => void central.shutdown());

  createIpcHandlers<IpcMainInvokeEvent>({
    ipcMain,
    appInfo: () => ({ name: app.getName(), version: app.getVersion(), shell: 'electron', platform: process.platform }),
    central,
    files: {
      showSaveDialog: (event, options) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
      },
      writeFile: (file, data) => fs.promises.writeFile(file, data),
      defaultDir: () => app.getPath('documents'),
    },
    openExternal,
    fetchPhoto: (url, init) => net.fetch(url, init),
    printToPdf: (event, options) => event.sender.printToPDF(options),
    log,
  });

  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged })));
  mainWindow = createMainWindow({ BrowserWindow, preloadPath: PRELOAD_PATH, onError: log.error });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('window-all-closed', () => app.quit());

  startUpdater({ updater: () => autoUpdater, feedUrl: process.env.KHET_UPDATE_URL, isPackaged: app.isPackaged, log });
}

if (!claimSingleInstance(app, () => focusWindow(mainWindow))) {
  app.quit();
} else {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error(`start-up failed: ${describeError(error)}`);
      app.quit();
    });
}
