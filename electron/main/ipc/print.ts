// print:pdf: the asking page, laid out by its own print CSS, as an A4 PDF saved where the user chooses.
// Owns: the printToPDF call and the save. Must never: print another window's page, or write anywhere the
// user did not pick in the dialog.
import path from 'node:path';
import { CHANNELS, printPdfSchema, type SaveFileOutcome } from '#contract/ipc-contract';
import { fail, ok, type Result } from '#contract/result';
import type { Log } from '../log';
import type { FileDeps } from './files';
import { handle, type InvokeEvent, type IpcMainLike } from './handle';

/** What the handler asks of Electron's webContents.printToPDF (options as Electron names them). */
export interface PdfOptions {
  pageSize: 'A4';
  landscape: boolean;
  printBackground: boolean;
  /** The page's @page rule sets the margins. */
  preferCSSPageSize: boolean;
}

export interface PrintDeps<E> extends Omit<FileDeps<E>, 'log'> {
  /** The sender's own webContents.printToPDF. */
  printToPdf(event: E, options: PdfOptions): Promise<Uint8Array>;
  log: Log;
}

export function registerPrintIpc<E extends InvokeEvent>(ipcMain: IpcMainLike<E>, deps: PrintDeps<E>): void {
  handle(
    ipcMain,
    CHANNELS.printPdf,
    printPdfSchema,
    async (request, event): Promise<Result<SaveFileOutcome>> => {
      // Render first: the page's print section is on screen only now, the dialog would not wait for it.
      const pdf = await deps.printToPdf(event, {
        pageSize: 'A4',
        landscape: request.landscape,
        printBackground: true,
        preferCSSPageSize: true,
      });
      const choice = await deps.showSaveDialog(event, {
        defaultPath: path.join(deps.defaultDir(), request.suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return ok({ saved: false, path: null });
      try {
        await deps.writeFile(choice.filePath, pdf);
      } catch {
        return fail('internal', `print:pdf: could not write ${choice.filePath}`);
      }
      return ok({ saved: true, path: choice.filePath });
    },
    deps.log,
  );
}
