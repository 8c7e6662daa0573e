// A stand-in for the 'electron' module, enough for the main bundle to start in plain Node. Test-only.
import { EventEmitter } from 'node:events';
import path from 'node:path';

export interface FakeElectron {
  module: Record<string, unknown>;
  app: EventEmitter & { ready(): void };
  schemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
  windows: { options: { webPreferences?: Record<string, unknown> }; urls: string[] }[];
  sessionHandlers: string[];
  calls: string[];
}

export function createFakeElectron(userDataRoot: string): FakeElectron {
  const calls: string[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    ready: () => markReady(),
    isPackaged: false,
    whenReady: () => ready,
    enableSandbox: () => void calls.push('enableSandbox'),
    requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
    getPath: (name: string) => path.join(userDataRoot, name),
    setPath: (name: string) => void calls.push(`setPath ${name}`),
    getName: () => 'Khet Desk',
    getVersion: () => '0.1.0',
    quit: () => void calls.push('quit'),
  });
  const fake: FakeElectron = {
    module: {},
    app,
    schemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    windows: [],
    sessionHandlers: [],
    calls,
  };
  class BrowserWindow extends EventEmitter {
    webContents = new EventEmitter();
    private readonly record: FakeElectron['windows'][number];
    constructor(options: FakeElectron['windows'][number]['options']) {
      super();
      this.record = { options, urls: [] };
      fake.windows.push(this.record);
    }
    static fromWebContents(): null {
      return null;
    }
    loadURL(url: string): Promise<void> {
      this.record.urls.push(url);
      return Promise.resolve();
    }
    show(): void {}
    isDestroyed(): boolean {
      return false;
    }
  }
  fake.module = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        calls.push('registerSchemesAsPrivileged');
        fake.schemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void fake.sessionHandlers.push('request'),
        setPermissionCheckHandler: () => void fake.sessionHandlers.push('check'),
      },
    },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => fake.ipcHandlers.set(channel, fn),
    },
    dialog: { showSaveDialog: () => Promise.resolve({ canceled: true }) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined },
    net: { fetch: (url: string, init: RequestInit) => fetch(url, init) },
    shell: { openExternal: () => Promise.resolve(undefined) },
    safeStorage: {
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(text, 'utf8').reverse()),
      decryptStringAsync: (blob: Buffer) =>
        Promise.resolve({ result: Buffer.from(blob).reverse().toString('utf8'), shouldReEncrypt: false }),
    },
  };
  return fake;
}
