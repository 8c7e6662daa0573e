// shell:* channels: opening an allow-listed https link in the user's browser.
// Must never: open a non-https URL, a host outside EXTERNAL_HOSTS, or a local file/program.
import { CHANNELS, openExternalSchema } from '#contract/ipc-contract';
import { fail, ok } from '#contract/result';
import type { Log } from '../log';
import { isAllowedExternalUrl } from '../security';
import { handle, type InvokeEvent, type IpcMainLike } from './handle';

export function registerShellIpc<E extends InvokeEvent>(
  ipcMain: IpcMainLike<E>,
  deps: { openExternal: (url: string) => Promise<void>; log: Log },
): void {
  handle(
    ipcMain,
    CHANNELS.openExternal,
    openExternalSchema,
    async ({ url }) => {
      if (!isAllowedExternalUrl(url)) return fail('forbidden', `shell:open-external: ${new URL(url).hostname} is not on the allow-list`);
      await deps.openExternal(url);
      return ok(undefined);
    },
    deps.log,
  );
}
