// file:* channels: saving bytes the renderer produced (exports, reports) where the user chooses.
// Owns: the save dialog and the write. Must never: write anywhere the user did not pick in the dialog.
import path from 'node:path';
import { CHANNELS, saveFileSchema, type SaveFileOutcome } from '#contract/ipc-contract';
import { fail, ok, type Result } from '#contract/result';
import type { Log } from '../log';
import { handle, type InvokeEvent, type IpcMainLike } from './handle';

export interface SaveDialogOptions {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: ('createDirectory' | 'showOverwriteConfirmation')[];
}

export interface FileDeps<E> {
  /** Shows the native dialog, modal to the window that asked. */
  showSaveDialog(event: E, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(file: string, data: Uint8Array): Promise<void>;
  /** Where the dialog starts (the user's Documents folder). */
  defaultDir(): string;
  log: Log;
}

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';

export function registerFileIpc<E extends InvokeEvent>(ipcMain: IpcMainLike<E>, deps: FileDeps<E>): void {
  handle(
    ipcMain,
    CHANNELS.fileSave,
    saveFileSchema,
    async (request, event): Promise<Result<SaveFileOutcome>> => {
      const choice = await deps.showSaveDialog(event, {
        defaultPath: path.join(deps.defaultDir(), request.suggestedName),
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return ok({ saved: false, path: null });
      try {
        await deps.writeFile(choice.filePath, request.data);
      } catch (error) {
        // EBUSY/EPERM on Windows usually means the file is open in Excel.
        return fail('internal', `file:save: could not write ${choice.filePath} (${errorCode(error)})`);
      }
      return ok({ saved: true, path: choice.filePath });
    },
    deps.log,
  );
}
