// UI-side entry for imports: start the import worker on a File, forward progress, hand each chunk of
// ImportedCase to the caller (the lead's data layer stores them) one at a time, in file order, and ack
// each when stored. The worker parses ahead meanwhile, so chunks may arrive while one is being stored.
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
    // Chunks are stored strictly one after another (a later row of the file must win over an earlier one).
    let stored: Promise<void> = Promise.resolve();
    const fail = (err: unknown) => end(() => reject(err instanceof Error ? err : new Error(String(err))));
    worker.onerror = (event) => end(() => reject(new Error(`import worker failed: ${event.message}`)));
    worker.onmessage = (event: MessageEvent) => {
      const msg = event.data as ImportReply;
      if (msg.type === 'progress') onProgress(msg.done, msg.total);
      else if (msg.type === 'chunk') {
        stored = stored.then(async () => {
          if (settled) return;
          await onChunk(msg.records);
          send({ type: 'ack', seq: msg.seq });
        });
        stored.catch(fail);
      } else if (msg.type === 'done') {
        const { summary } = msg;
        stored.then(() => end(() => resolve(summary)), fail);
      }
      else {
        // A chunk parsed before the failure may still be being stored: settle after it.
        const err = msg.problem ? new ImportFileError(msg.problem) : new Error(msg.message);
        stored.then(() => end(() => reject(err)), fail);
      }
    };
    send({ type: 'start', file, name: file.name, chunkSize: opts.chunkSize });
  });
}
