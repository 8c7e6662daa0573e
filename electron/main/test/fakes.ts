// Test doubles for the Electron APIs the main modules take injected. Test-only.
import type { Result } from '#contract/result';
import type { Log } from '../log';
import type { InvokeEvent, IpcMainLike } from '../ipc/handle';

export type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

export function fakeIpcMain(): IpcMainLike<InvokeEvent> & {
  channels(): string[];
  invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<Result<unknown>>;
} {
  const handlers = new Map<string, Listener>();
  return {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    channels: () => [...handlers.keys()].sort(),
    invoke(channel, senderUrl, ...args) {
      const listener = handlers.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args);
    },
  };
}

export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
}

export const APP_PAGE = 'app://khet-desk/index.html';
