// UI-side entry for register exports: either let the export worker read the register itself
// (exportRegisterFromDb: the app's Export button; nothing of the register passes through the UI thread)
// or post given rows to it in chunks (exportRegisterInWorker, yielding between them so the UI stays
// responsive; an XLSX worker writes them as they arrive); report progress and resolve with the file
// bytes (transferred).
// Never: builds workbooks or reads the register on the UI thread.
import type { CaseRecord } from '#domain/case';
import type { ExportJob, ExportPhase, ExportReply, ExportRequest } from './workerProtocol';

export type { ExportJob, ExportPhase };
export type ExportWorkerFactory = () => Worker;

const defaultWorker: ExportWorkerFactory = () =>
  new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });

const SEND_CHUNK = 2000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Build the register file (XLSX by default, or CSV with `format: 'csv'`) in a worker. Progress, as
 * rows of `total`: XLSX reports 'write' then 'compress' (rows through the deflater; the worker writes
 * while rows are still being sent, so there is no separate 'send' stage), never going back; CSV
 * reports 'send', 'build', 'write' one after another, each from 0.
 */
export function exportRegisterInWorker(
  rows: CaseRecord[],
  opts: Omit<ExportJob, 'format'> & { format?: ExportJob['format'] },
  onProgress?: (done: number, total: number, phase: ExportPhase) => void,
  createWorker: ExportWorkerFactory = defaultWorker,
): Promise<Uint8Array<ArrayBuffer>> {
  const job: ExportJob = { ...opts, format: opts.format ?? 'xlsx' };
  return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    const worker = createWorker();
    let settled = false;
    const end = (fn: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      fn();
    };
    const send = (msg: ExportRequest) => worker.postMessage(msg);
    worker.onerror = (event) => end(() => reject(new Error(`export worker failed: ${event.message}`)));
    worker.onmessage = (event: MessageEvent) => {
      const msg = event.data as ExportReply;
      if (msg.type === 'progress') onProgress?.(msg.done, msg.total, msg.phase);
      else if (msg.type === 'done') end(() => resolve(msg.bytes));
      else end(() => reject(new Error(msg.message)));
    };
    void (async () => {
      send({ type: 'begin', job, total: rows.length });
      for (let i = 0; i < rows.length && !settled; i += SEND_CHUNK) {
        send({ type: 'rows', rows: rows.slice(i, i + SEND_CHUNK) });
        if (job.format === 'csv') onProgress?.(Math.min(i + SEND_CHUNK, rows.length), rows.length, 'send');
        await nextTask();
      }
      if (!settled) send({ type: 'end' });
    })();
  });
}

export interface RegisterFileFromDb {
  bytes: Uint8Array<ArrayBuffer>;
  /** Cases written (the register at the moment the worker's read snapshot began). */
  rows: number;
  /** ms from the worker's start of reading until the last page was read (writing overlaps it). */
  readMs: number;
}

/**
 * The whole register `dbName` as a file, read inside the export worker (its own Dexie connection, one
 * read snapshot, keyset pages in primary-key order: the same rows in the same order as allCases) and
 * written as it reads. Progress as exportRegisterInWorker's (XLSX: 'write' then 'compress'; CSV: 'build', 'write').
 */
export function exportRegisterFromDb(
  dbName: string,
  opts: Omit<ExportJob, 'format'> & { format?: ExportJob['format'] },
  onProgress?: (done: number, total: number, phase: ExportPhase) => void,
  createWorker: ExportWorkerFactory = defaultWorker,
): Promise<RegisterFileFromDb> {
  const job: ExportJob = { ...opts, format: opts.format ?? 'xlsx' };
  return new Promise<RegisterFileFromDb>((resolve, reject) => {
    const worker = createWorker();
    const end = (fn: () => void) => {
      worker.terminate();
      fn();
    };
    worker.onerror = (event) => end(() => reject(new Error(`export worker failed: ${event.message}`)));
    worker.onmessage = (event: MessageEvent) => {
      const msg = event.data as ExportReply;
      if (msg.type === 'progress') onProgress?.(msg.done, msg.total, msg.phase);
      else if (msg.type === 'done') end(() => resolve({ bytes: msg.bytes, rows: msg.rows ?? 0, readMs: msg.readMs ?? 0 }));
      else end(() => reject(new Error(msg.message)));
    };
    worker.postMessage({ type: 'beginFromDb', job, dbName } satisfies ExportRequest);
  });
}
