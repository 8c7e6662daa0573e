// app:* channels: facts about the running app. Must never: reveal paths, environment or credentials.
import { CHANNELS, type AppInfo } from '#contract/ipc-contract';
import { ok } from '#contract/result';
import type { Log } from '../log';
import { handle, noPayload, type InvokeEvent, type IpcMainLike } from './handle';

export function registerAppIpc<E extends InvokeEvent>(ipcMain: IpcMainLike<E>, deps: { info: () => AppInfo; log: Log }): void {
  handle(ipcMain, CHANNELS.appInfo, noPayload, () => Promise.resolve(ok(deps.info())), deps.log);
}
