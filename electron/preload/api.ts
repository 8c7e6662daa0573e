// window.desktop for Electron: one named function per channel, each a single ipcRenderer.invoke.
// Owns: the mapping DesktopApi method → channel. Must never: expose ipcRenderer, a generic invoke/send,
// or a channel name chosen by the page; and never reject (a failed invoke becomes a Result).
import { CHANNELS, type DesktopApi } from '#contract/ipc-contract';
import { fail, type Result } from '#contract/result';

/** ipcRenderer.invoke, as injected by preload/index.ts. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

export function createDesktopApi(invoke: Invoke): DesktopApi {
  const call = <T>(channel: string, ...args: unknown[]): Promise<Result<T>> =>
    invoke(channel, ...args).then(
      (value) => value as Result<T>,
      (error: unknown) => fail('internal', `${channel}: ${error instanceof Error ? error.message : 'invoke failed'}`),
    );

  const api: DesktopApi = {
    appInfo: () => call(CHANNELS.appInfo),
    centralConfigure: (config) => call(CHANNELS.centralConfigure, config),
    centralUseDemo: (request) => call(CHANNELS.centralUseDemo, request),
    centralStatus: () => call(CHANNELS.centralStatus),
    centralRequest: (request) => call(CHANNELS.centralRequest, request),
    centralForget: () => call(CHANNELS.centralForget),
    saveFile: (request) => call(CHANNELS.fileSave, request),
    openExternal: (request) => call(CHANNELS.openExternal, request),
    photoFetch: (request) => call(CHANNELS.photoFetch, request),
    printPdf: (request) => call(CHANNELS.printPdf, request),
  };
  return Object.freeze(api);
}
