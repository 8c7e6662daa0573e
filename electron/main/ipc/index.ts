// Registers every IPC channel. Owns: the list of capabilities exposed to the renderer (see CHANNELS).
// Must never: register a generic or pass-through channel.
import type { AppInfo } from '#contract/ipc-contract';
import type { CentralService } from '../central';
import type { Log } from '../log';
import { registerAppIpc } from './app';
import { registerCentralIpc } from './central';
import { registerFileIpc, type FileDeps } from './files';
import type { InvokeEvent, IpcMainLike } from './handle';
import { registerShellIpc } from './shell';
import { registerPhotoIpc, type PhotoFetch } from './photo';
import { registerPrintIpc, type PrintDeps } from './print';

export interface IpcDeps<E extends InvokeEvent> {
  ipcMain: IpcMainLike<E>;
  appInfo: () => AppInfo;
  central: CentralService;
  files: Omit<FileDeps<E>, 'log'>;
  openExternal: (url: string) => Promise<void>;
  fetchPhoto: PhotoFetch;
  printToPdf: PrintDeps<E>['printToPdf'];
  log: Log;
}

export function createIpcHandlers<E extends InvokeEvent>(deps: IpcDeps<E>): void {
  const { ipcMain, log } = deps;
  registerAppIpc(ipcMain, { info: deps.appInfo, log });
  registerCentralIpc(ipcMain, { central: deps.central, log });
  registerFileIpc(ipcMain, { ...deps.files, log });
  registerShellIpc(ipcMain, { openExternal: deps.openExternal, log });
  registerPhotoIpc(ipcMain, { fetch: deps.fetchPhoto, log });
  registerPrintIpc(ipcMain, { ...deps.files, printToPdf: deps.printToPdf, log });
}
