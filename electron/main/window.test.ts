import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';
import { claimSingleInstance } from './single-instance';
import { createMainWindow, focusWindow, type MainWindowDeps } from './window';

function fakeWindowClass() {
  const created: { options: BrowserWindowConstructorOptions; window: EventEmitter & Record<string, unknown> }[] = [];
  class FakeWindow extends EventEmitter {
    webContents = new EventEmitter();
    loadURL = vi.fn(() => Promise.resolve(undefined));
    show = vi.fn();
    isDestroyed = () => false;
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      created.push({ options, window: this as unknown as EventEmitter & Record<string, unknown> });
    }
  }
  return { FakeWindow: FakeWindow as unknown as MainWindowDeps['BrowserWindow'], created };
}

describe('main window', () => {
  it('uses an isolated, sandboxed page without node', () => {
    const { FakeWindow, created } = fakeWindowClass();
    createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/app/dist/electron/preload/index.cjs', onError: () => undefined });
    const options = created[0]?.options;
    expect(options?.show).toBe(false);
    expect(options?.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads app://khet-desk and shows the window once ready', () => {
    const { FakeWindow, created } = fakeWindowClass();
    createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/p', onError: () => undefined });
    const win = created[0]?.window as unknown as {
      loadURL: ReturnType<typeof vi.fn>;
      show: ReturnType<typeof vi.fn>;
      emit(e: string): void;
    };
    expect(win.loadURL).toHaveBeenCalledWith('app://khet-desk/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('focuses a minimised window for a second launch', () => {
    const win = { isDestroyed: () => false, isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(win as unknown as BrowserWindow);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    focusWindow(null);
  });
});

describe('single instance', () => {
  it('quits a second instance and focuses the first', () => {
    expect(claimSingleInstance({ requestSingleInstanceLock: () => false, on: vi.fn() }, () => undefined)).toBe(false);
    const app = new EventEmitter();
    const focus = vi.fn();
    expect(claimSingleInstance(Object.assign(app, { requestSingleInstanceLock: () => true }) as never, focus)).toBe(true);
    app.emit('second-instance');
    expect(focus).toHaveBeenCalledOnce();
  });
});

describe('menu', () => {
  const roles = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]).filter(Boolean);

  it('offers dev tools only in development', () => {
    expect(roles(buildMenuTemplate({ platform: 'win32', isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ platform: 'win32', isPackaged: false }))).toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ platform: 'darwin', isPackaged: true }))).toContain('appMenu');
    expect(roles(buildMenuTemplate({ platform: 'win32', isPackaged: true }))).toContain('editMenu');
  });
});
