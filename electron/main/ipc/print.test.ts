import { describe, expect, it } from 'vitest';
import { CHANNELS } from '#contract/ipc-contract';
import { APP_PAGE, fakeIpcMain, memoryLog } from '../test/fakes';
import type { SaveDialogOptions } from './files';
import { registerPrintIpc, type PdfOptions } from './print';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-

function setup(answer: { canceled: boolean; filePath?: string } = { canceled: false, filePath: '/home/u/Documents/pack.pdf' }) {
  const ipc = fakeIpcMain();
  const printed: PdfOptions[] = [];
  const dialogs: SaveDialogOptions[] = [];
  const writes: { file: string; data: Uint8Array }[] = [];
  registerPrintIpc(ipc, {
    printToPdf: (_event, options) => (printed.push(options), Promise.resolve(PDF)),
    showSaveDialog: (_event, options) => (dialogs.push(options), Promise.resolve(answer)),
    writeFile: (file, data) => (writes.push({ file, data }), Promise.resolve()),
    defaultDir: () => '/home/u/Documents',
    log: memoryLog(),
  });
  return { ipc, printed, dialogs, writes };
}

describe('print:pdf', () => {
  it('prints the asking page to A4 and writes the PDF where the user chose', async () => {
    const { ipc, printed, dialogs, writes } = setup();
    const r = await ipc.invoke(CHANNELS.printPdf, APP_PAGE, { suggestedName: 'ติดตามผล.pdf', landscape: true });
    expect(r).toEqual({ ok: true, value: { saved: true, path: '/home/u/Documents/pack.pdf' } });
    expect(printed).toEqual([{ pageSize: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }]);
    expect(dialogs[0]).toMatchObject({ defaultPath: '/home/u/Documents/ติดตามผล.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(writes).toEqual([{ file: '/home/u/Documents/pack.pdf', data: PDF }]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { ipc, writes } = setup({ canceled: true });
    expect(await ipc.invoke(CHANNELS.printPdf, APP_PAGE, { suggestedName: 'a.pdf', landscape: false })).toEqual({
      ok: true,
      value: { saved: false, path: null },
    });
    expect(writes).toEqual([]);
  });

  it('refuses malformed payloads and foreign senders without printing', async () => {
    const { ipc, printed } = setup();
    for (const bad of [
      undefined,
      { suggestedName: 'a.pdf' },
      { suggestedName: '../x.pdf', landscape: true },
      { suggestedName: 'a.exe', landscape: true },
    ]) {
      expect(await ipc.invoke(CHANNELS.printPdf, APP_PAGE, bad)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await ipc.invoke(CHANNELS.printPdf, 'https://evil.example/', { suggestedName: 'a.pdf', landscape: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(printed).toEqual([]);
  });
});
