// The import worker's message loop: sniff CSV vs workbook, parse off the UI thread, post chunks of
// ImportedCase, and keep parsing while the UI stores them: at most AHEAD chunks may wait unacked (so
// parsing and storing overlap, yet a slow store never piles records up).
// Never: stores records (the caller's data layer does) or touches the DOM.
import { ImportFileError, type ImportOptions, type ImportSummary } from './importPipeline';
import { parseTraffyCsv } from './traffyCsv';
import { parseTraffyWorkbook } from './xlsxImport';
import type { ImportReply, ImportRequest, PortLike } from './workerProtocol';

export type FileKind = 'csv' | 'workbook';

/** ZIP (xlsx/ods) or OLE (xls) magic bytes mean a workbook; otherwise the extension decides. */
export async function sniffFileKind(file: Blob, name: string): Promise<FileKind> {
  const h = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const zip = h[0] === 0x50 && h[1] === 0x4b && h[2] === 0x03 && h[3] === 0x04;
  const ole = h[0] === 0xd0 && h[1] === 0xcf && h[2] === 0x11 && h[3] === 0xe0;
  if (zip || ole) return 'workbook';
  return /\.(xlsx|xlsm|xlsb|xls|ods)$/i.test(name) ? 'workbook' : 'csv';
}

/**
 * Chunks posted but not yet stored that the worker may run ahead by. 1 keeps the parser one chunk ahead
 * of the store (measured at 100k rows: parsing no longer adds to the store's time; more buys nothing
 * because the store, not the parser, is the slower side).
 */
export const AHEAD = 1;

export function serveImportJobs(port: PortLike, ahead = AHEAD): void {
  const acks = new Map<number, () => void>();
  let seq = 0;
  let acked = 0;
  const reply = (msg: ImportReply) => port.postMessage(msg);

  async function run(file: Blob, name: string, chunkSize: number | undefined): Promise<void> {
    try {
      const opts: ImportOptions = {
        chunkSize,
        onProgress: (done, total) => reply({ type: 'progress', done, total }),
        onChunk: (records) => {
          seq++;
          reply({ type: 'chunk', seq, records });
          // Acks come in order (the UI stores chunks one after another): wait only for chunk seq - ahead.
          const waitFor = seq - ahead;
          if (waitFor <= acked) return undefined;
          return new Promise<void>((resolve) => acks.set(waitFor, resolve));
        },
      };
      const summary: ImportSummary =
        (await sniffFileKind(file, name)) === 'workbook'
          ? await parseTraffyWorkbook(new Uint8Array(await file.arrayBuffer()), opts)
          : await parseTraffyCsv(file, opts);
      reply({ type: 'done', summary });
    } catch (err) {
      const problem = err instanceof ImportFileError ? err.problem : null;
      reply({ type: 'error', problem, message: err instanceof Error ? err.message : String(err) });
    }
  }

  port.onmessage = (event) => {
    const msg = event.data as ImportRequest;
    if (msg.type === 'ack') {
      acked = Math.max(acked, msg.seq);
      acks.get(msg.seq)?.();
      acks.delete(msg.seq);
    } else if (msg.type === 'start') {
      void run(msg.file, msg.name, msg.chunkSize);
    }
  };
}
