// The export worker's message loop: rows arrive in chunks; an XLSX job writes them into the workbook as
// they come (so the sheet is being written and deflated while the UI is still sending), a CSV job
// collects them; the file goes back as a transferable. Kept apart from export.worker.ts so it can be
// tested over a MessagePort.
// Never: reads IndexedDB or any store (rows are posted in, keeping the worker decoupled from data/).
import type { CaseRecord } from '#domain/case';
import { buildRegisterCsv } from './registerCsv';
import { openRegisterWorkbook, type RegisterWorkbookWriter } from './registerWorkbook';
import type { ExportJob, ExportPhase, ExportReply, ExportRequest, PortLike } from './workerProtocol';

interface Running {
  job: ExportJob;
  /** XLSX: the workbook being written; CSV: null, rows are kept until the end. */
  book: RegisterWorkbookWriter | null;
  rows: CaseRecord[];
  /** Steps run one after another, each after the previous one's backpressure wait. */
  work: Promise<void>;
  failed: boolean;
}

export function serveExportJobs(port: PortLike): void {
  let running: Running | null = null;
  const reply = (msg: ExportReply, transfer?: Transferable[]) => port.postMessage(msg, transfer);
  const progress = (done: number, total: number, phase: ExportPhase) => reply({ type: 'progress', phase, done, total });
  const fail = (err: unknown) => reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });

  /** Queue a step; the first failure aborts the job, is reported once, and skips the steps after it. */
  const step = (r: Running, fn: () => Promise<void> | void) => {
    r.work = r.work
      .then(() => (r.failed ? undefined : fn()))
      .catch((err: unknown) => {
        if (r.failed) return;
        r.failed = true;
        r.book?.abort();
        fail(err);
      });
  };

  const finish = async (r: Running) => {
    let bytes: Uint8Array<ArrayBuffer>;
    if (r.book) bytes = await r.book.finish();
    else {
      const text = buildRegisterCsv(r.rows, { ...r.job, onProgress: progress });
      progress(0, r.rows.length, 'write');
      bytes = new TextEncoder().encode(text);
      progress(r.rows.length, r.rows.length, 'write');
    }
    // Transfer, never copy, the file; a view into a larger buffer is first cut to its own buffer.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    reply({ type: 'done', bytes: own }, [own.buffer]);
  };

  port.onmessage = (event) => {
    const msg = event.data as ExportRequest;
    if (msg.type === 'begin') {
      const r: Running = { job: msg.job, book: null, rows: [], work: Promise.resolve(), failed: false };
      running = r;
      if (msg.job.format === 'xlsx') step(r, async () => void (r.book = await openRegisterWorkbook(msg.total, { ...msg.job, onProgress: progress })));
    } else if (!running) {
      fail(new Error(`export: ${msg.type} before a job began`));
    } else if (msg.type === 'rows') {
      const r = running;
      if (r.job.format === 'xlsx') step(r, () => r.book?.add(msg.rows));
      else for (const row of msg.rows) r.rows.push(row);
    } else {
      const r = running;
      running = null;
      step(r, () => finish(r));
    }
  };
}
