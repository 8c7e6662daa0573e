// The export worker's message loop: rows arrive in chunks; an XLSX job writes them into the workbook as
// they come (so the sheet is being written and deflated while the UI is still sending), a CSV job
// collects them; the file goes back as a transferable. A `beginFromDb` job reads the register itself
// through the data layer's read helper (its own Dexie connection, one read snapshot in keyset pages),
// so the UI thread neither reads nor copies 100,000 cases. Kept apart from export.worker.ts so it can
// be tested over a MessagePort.
// Never: writes to the database, or reads it other than through #data/caseRepo's read helpers.
import type { CaseRecord } from '#domain/case';
import { KhetDb } from '#data/db';
import { readAllCasesInPages } from '#data/caseRepo';
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

/** Cases per read from IndexedDB for a beginFromDb job. */
const PAGE = 2000;

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

  const finish = async (r: Running, read?: { rows: number; readMs: number }) => {
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
    reply({ type: 'done', bytes: own, ...read }, [own.buffer]);
  };

  /** Read the register page by page (the next page is read while this one is written), then finish. */
  const fromDb = async (r: Running, dbName: string, pageSize: number) => {
    const start = performance.now();
    const db = new KhetDb(dbName);
    try {
      const pages: Array<{ rows: CaseRecord[]; total: number }> = [];
      let wake: (() => void) | null = null;
      const signal = () => {
        wake?.();
        wake = null;
      };
      const state: { read: { rows: number; readMs: number } | null; error: Error | null } = { read: null, error: null };
      const reading = readAllCasesInPages(db, pageSize, (rows, total) => {
        pages.push({ rows, total });
        signal();
      }).then(
        (rows) => void (state.read = { rows, readMs: Math.round(performance.now() - start) }),
        (err: unknown) => void (state.error = err instanceof Error ? err : new Error(`export: reading the register failed: ${String(err)}`)),
      );
      void reading.finally(signal);
      for (;;) {
        const page = pages.shift();
        if (page) {
          if (r.job.format === 'csv') for (const row of page.rows) r.rows.push(row);
          else {
            r.book ??= await openRegisterWorkbook(page.total, { ...r.job, onProgress: progress });
            await r.book.add(page.rows);
          }
        } else if (state.read || state.error) break;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
      if (state.error) throw state.error;
      await finish(r, state.read ?? undefined);
    } finally {
      db.close();
    }
  };

  port.onmessage = (event) => {
    const msg = event.data as ExportRequest;
    if (msg.type === 'beginFromDb') {
      const r: Running = { job: msg.job, book: null, rows: [], work: Promise.resolve(), failed: false };
      running = null; // no rows are posted for this job
      step(r, () => fromDb(r, msg.dbName, msg.pageSize ?? PAGE));
    } else if (msg.type === 'begin') {
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
