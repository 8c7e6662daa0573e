// UI-side entry for imports: start the import worker on a File, forward progress, hand each chunk of
// ImportedCase to the caller (the lead's data layer stores them) and ack it when stored.
// Never: parses on the UI thread or stores records itself.
import { ImportFileError, type ImportedCase, type ImportSummary } from './importPipeline';
import type { ImportReply, ImportRequest } from './workerProtocol';

export type ImportWorkerFactory = () => Worker;

const defaultWorker: ImportWorkerFactory = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/**
 * Import a Traffy CSV/XLSX file off the UI thread. Resolves with the summary after the last chunk was
 * stored; rejects with ImportFileError (not a Traffy export / empty) or the error onChunk threw.
 */
export function importInWorker(
  file: File,
  onProgress: (done: number, total: number) => void,
  onChunk: (records: ImportedCase[]) => void | Promise<void>,
  opts: { chunkSize?: number; createWorker?: ImportWorkerFactory } = {},
): Promise<ImportSummary> {
  return new Promise<ImportSummary>((resolve, reject) => {
    const worker = (opts.createWorker ?? defaultWorker)();
    let settled = false;
    const end = (fn: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      fn();
    };
    const send = (msg: ImportRequest) => worker.postMessage(msg);
    worker.onerror = (event) => end(() => reject(new Error(`import worker failed: ${event.message}`)));
    worker.onmessage = (event: MessageEvent) => {
      const msg = event.data as ImportReply;
      if (msg.type === 'progress') onProgress(msg.done, msg.total);
      else if (msg.type === 'chunk') {
        Promise.resolve()
          .then(() => onChunk(msg.records))
          .then(
            () => send({ type: 'ack', seq: msg.seq }),
            (err: unknown) => end(() => reject(err instanceof Error ? err : new Error(String(err)))),
          );
      } else if (msg.type === 'done') end(() => resolve(msg.summary));
      else end(() => reject(msg.problem ? new ImportFileError(msg.problem) : new Error(msg.message)));
    };
    send({ type: 'start', file, name: file.name, chunkSize: opts.chunkSize });
  });
}
