// Plain IndexedDB for the benchmark's baselines: the register's cases store created without Dexie (the
// raw side of the write comparison) and the chunked-storage experiment. Never the app's own path.
import Dexie from 'dexie';
import type { CaseRecord } from '#domain/case';

const now = () => performance.now();
const round = (ms: number) => Math.round(ms * 10) / 10;

export const idbRequest = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

export const idbDone = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

/** The register's schema (#data/db version 2) created with plain IndexedDB, as Dexie creates it. */
export function openRawRegister(name: string): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 20); // Dexie stores version 2 as 20
  req.onupgradeneeded = () => {
    const db = req.result;
    const cases = db.createObjectStore('cases', { keyPath: 'id' });
    cases.createIndex('lastActivityAt', 'lastActivityAt');
    const timeline = db.createObjectStore('timeline', { keyPath: 'seq', autoIncrement: true });
    timeline.createIndex('caseId', 'caseId');
    timeline.createIndex('[caseId+at]', ['caseId', 'at']);
    const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
    outbox.createIndex('caseId', 'caseId');
    outbox.createIndex('state', 'state');
    db.createObjectStore('orgs', { keyPath: 'orgId' });
    db.createObjectStore('meta', { keyPath: 'key' });
    const audit = db.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true });
    audit.createIndex('at', 'at');
    audit.createIndex('caseId', 'caseId');
  };
  return idbRequest(req);
}

/** What chunked storage (DESIGN.md §4: ~1,000 cases per IndexedDB record) would buy; not the app's schema. */
export interface ChunkedResult {
  chunk_size: number;
  cases: number;
  /** The same CaseRecords as the write phase, 1,000 per record, two records per transaction (2,000 cases, as the import). */
  write_ms: number;
  /** getAll() of every chunk record. */
  read_ms: number;
  /** getAll() of the per-case `cases` store of the register just written (same cases), for comparison. */
  per_case_read_ms: number;
}

/**
 * An experiment, not the app: store the generated cases in chunk records in a scratch database with
 * plain IndexedDB, then read them all back; read the per-case register the same way. Run right after
 * the write phase (whose raw_idb_ms is the per-case write figure).
 */
export async function chunkedExperiment(
  records: readonly CaseRecord[],
  appName: string,
  scratchName: string,
  size = 1000,
): Promise<ChunkedResult> {
  await Dexie.delete(scratchName);
  const open = indexedDB.open(scratchName, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('caseChunks', { keyPath: 'chunk' });
  const scratch = await idbRequest(open);
  let t = now();
  for (let i = 0, k = 0; i < records.length; i += 2 * size) {
    const tx = scratch.transaction('caseChunks', 'readwrite');
    const store = tx.objectStore('caseChunks');
    for (let j = i; j < Math.min(records.length, i + 2 * size); j += size) store.put({ chunk: k++, cases: records.slice(j, j + size) });
    await idbDone(tx);
  }
  const writeMs = now() - t;
  t = now();
  const chunks = await idbRequest(scratch.transaction('caseChunks', 'readonly').objectStore('caseChunks').getAll());
  const readMs = now() - t;
  const cases = (chunks as Array<{ cases: unknown[] }>).reduce((n, c) => n + c.cases.length, 0);
  scratch.close();
  await Dexie.delete(scratchName);
  const app = await idbRequest(indexedDB.open(appName));
  t = now();
  await idbRequest(app.transaction('cases', 'readonly').objectStore('cases').getAll());
  const perCaseReadMs = now() - t;
  app.close();
  return { chunk_size: size, cases, write_ms: round(writeMs), read_ms: round(readMs), per_case_read_ms: round(perCaseReadMs) };
}
