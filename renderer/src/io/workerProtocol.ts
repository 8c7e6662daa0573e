// Messages between the UI thread and the import/export workers, and the minimal port shape both
// sides use (a DedicatedWorkerGlobalScope, a Worker, or a MessagePort in tests).
// Never: carries functions or class instances — only structured-cloneable data crosses this line.
import type { CaseRecord } from '#domain/case';
import type { ImportFileProblem, ImportSummary } from './importPipeline';
import type { RegisterExportOptions, RegisterWritePhase } from './registerWorkbook';

export interface PortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** What the export worker needs besides the rows (no callbacks). */
export type ExportJob = Omit<RegisterExportOptions, 'onProgress'> & { format: 'xlsx' | 'csv' };
/** send: rows posted to the worker; then the worker's build (CSV rows), write (XLSX rows), compress (zip closed). */
export type ExportPhase = 'send' | RegisterWritePhase;

export type ExportRequest =
  | { type: 'begin'; job: ExportJob; total: number }
  /** The worker reads the register itself (its own Dexie connection on `dbName`, one snapshot, keyset pages). */
  | { type: 'beginFromDb'; job: ExportJob; dbName: string; pageSize?: number }
  | { type: 'rows'; rows: CaseRecord[] }
  | { type: 'end' };

export type ExportReply =
  | { type: 'progress'; phase: ExportPhase; done: number; total: number }
  /** `rows`/`readMs`: set for a beginFromDb job (cases read, and ms until the last page was read). */
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer>; rows?: number; readMs?: number }
  | { type: 'error'; message: string };

export type ImportRequest =
  | { type: 'start'; file: Blob; name: string; chunkSize?: number }
  /** The UI stored chunk `seq`: the worker may read on (back-pressure). */
  | { type: 'ack'; seq: number };

export type ImportReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'chunk'; seq: number; records: CaseRecord[] }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; problem: ImportFileProblem | null; message: string };
