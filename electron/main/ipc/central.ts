// central:* channels: thin IPC over the central service. Must never: return the password, or accept a
// request for an endpoint outside CENTRAL_ENDPOINTS (the zod schema enforces it).
import { CHANNELS, centralConfigSchema, centralDemoSchema, centralRequestSchema } from '#contract/ipc-contract';
import type { CentralService } from '../central';
import type { Log } from '../log';
import { handle, noPayload, type InvokeEvent, type IpcMainLike } from './handle';

export function registerCentralIpc<E extends InvokeEvent>(ipcMain: IpcMainLike<E>, deps: { central: CentralService; log: Log }): void {
  const { central, log } = deps;
  handle(ipcMain, CHANNELS.centralConfigure, centralConfigSchema, (config) => central.configure(config), log);
  handle(ipcMain, CHANNELS.centralUseDemo, centralDemoSchema, ({ districtCode }) => central.useDemo(districtCode), log);
  handle(ipcMain, CHANNELS.centralStatus, noPayload, () => central.status(), log);
  handle(ipcMain, CHANNELS.centralRequest, centralRequestSchema, (req) => central.request(req), log);
  handle(ipcMain, CHANNELS.centralForget, noPayload, () => central.forget(), log);
}
