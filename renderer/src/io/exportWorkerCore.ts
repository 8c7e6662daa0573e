// The export worker's message loop: collect rows posted in chunks, build the XLSX or CSV bytes, send
// them back as a transferable. Kept apart from export.worker.ts so it can be tested over a MessagePort.
// Never: reads IndexedDB or any store (rows are posted in, keeping the worker decoupled from data/).
import type { CaseRecord } from '#domain/case';
import { buildRegisterCsv, buildRegisterWorkbook } from './registerWorkbook';
import type { ExportJob, ExportReply, ExportRequest, PortLike } from './workerProtocol';

export function serveExportJobs(port: PortLike): void {
  let job: ExportJob | null = null;
  let rows: CaseRecord[] = [];
  const reply = (msg: ExportReply, transfer?: Transferable[]) => port.postMessage(msg, transfer);

  port.onmessage = (event) => {
    const msg = event.data as ExportRequest;
    try {
      if (msg.type === 'begin') {
        job = msg.job;
        rows = [];
      } else if (msg.type === 'rows') {
        for (const row of msg.rows) rows.push(row);
      } else if (msg.type === 'end') {
        if (!job) throw new Error('export: rows ended before a job began');
        const total = rows.length;
        const onProgress = (done: number) => reply({ type: 'progress', phase: done < total ? 'build' : 'write', done, total });
        const opts = { ...job, onProgress };
        const bytes =
          job.format === 'csv' ? new TextEncoder().encode(buildRegisterCsv(rows, opts)) : buildRegisterWorkbook(rows, opts);
        job = null;
        rows = [];
        // Transfer, never copy, the file; a view into a larger buffer is first cut to its own buffer.
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
        reply({ type: 'done', bytes: own }, [own.buffer]);
      }
    } catch (err) {
      job = null;
      rows = [];
      reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
}
