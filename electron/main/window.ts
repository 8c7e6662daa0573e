// The main window: its secure webPreferences and its lifecycle.
// Owns: BrowserWindow options (isolation, sandbox, preload) and showing the window once it has painted.
// Must never: relax contextIsolation/sandbox/webSecurity, enable node in the page, or load anything but app://.
import type { BrowserWindow as ElectronWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './protocol';

export interface MainWindowDeps {
  /** Electron's BrowserWindow (a fake in tests). */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => ElectronWindow;
  preloadPath: string;
  onError: (message: string) => void;
}

export function createMainWindow(deps: MainWindowDeps): ElectronWindow {
  const { BrowserWindow } = deps;
  // Written out literally here (not built elsewhere) so electronegativity can check the real options.
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Khet Desk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would try to open links in new windows; nothing in the app needs auxclick.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => deps.onError(`renderer gone: ${details.reason}`));
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    deps.onError(`could not load ${APP_ENTRY_URL}: ${String(error)}`);
    // Still show the window so the user sees something rather than a silent app.
    if (!window.isDestroyed()) window.show();
  });
  return window;
}

/** Brings an existing window to the front (second instance, dock click). */
export function focusWindow(window: ElectronWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
