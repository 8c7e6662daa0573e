// The in-browser half of `npm run bench`: loaded by e2e/bench/index.html from the same production
// build and origin as the app, it drives the app's real modules (register DB, write path, import and
// export workers, query engine) and exposes each benchmark phase as `window.bench.*` for
// scripts/bench.mjs to call through Playwright. Every phase returns plain JSON; progress goes to the
// console with a `[bench]` prefix (the Node side prints it).
import Dexie from 'dexie';
import { DB_NAME, KhetDb } from '#data/db';
import { upsertRemote } from '#data/caseRepo';
import { onCasesChanged } from '#data/changeFeed';
import { writeSetup } from '#data/metaRepo';
import { newCaseFromRemote, type CaseRecord } from '#domain/case';
import { REGISTER_COLUMNS, type RegisterColumn } from '#domain/registerRow';
import { BUCKETS, type StatusBucket } from '#domain/status';
import { exportRegisterFromDb } from '#io/exportInWorker';
import { importInWorker } from '#io/importInWorker';
import type { ImportSummary } from '#io/importPipeline';
import { importFile } from '#features/import/importFile';
import { createQueryClient } from '#query/queryClient';
import registerTh from '#locales/th/register.json';
import commonTh from '#locales/th/common.json';
import { chunkedExperiment, idbDone, openRawRegister, type ChunkedResult } from './rawIdb';
import { traffyCsvParts } from './synth';
import { SETUP, WRITE_CHUNK, free, generate, log, now, progress, requireCases, reset, round, state } from './benchState';
import { runBaseline, runQueries, runSearch, startQueryEngine, stopQueryEngine } from './queries';

// ---------------------------------------------------------------------------------------------- write

export interface WriteResult {
  cases: number;
  chunk: number;
  app_ms: number;
  /** null when the raw side was left out. */
  raw_idb_ms: number | null;
}

/**
 * The write comparison, chunk by chunk (2,000 records, the import's chunk size) into two fresh
 * databases with the register's schema:
 * - app: the app's write path, `upsertRemote` (Dexie transaction: bulkGet, merge, bulkPut);
 * - raw: the same CaseRecords with plain IndexedDB, one readwrite transaction of `objectStore.put`s per chunk.
 * The two sides alternate per chunk (raw first on even chunks, app first on odd ones), so both databases
 * grow together and load changes on the machine hit both alike. Leaves the app database as the
 * register (with the demo setup) and deletes the raw one.
 */
async function writeCompare(appName: string, rawName: string | null, chunk = WRITE_CHUNK): Promise<WriteResult> {
  const cases = requireCases();
  await Dexie.delete(appName);
  const app = new KhetDb(appName);
  await app.open();
  let raw: IDBDatabase | null = null;
  let records: CaseRecord[] = [];
  if (rawName) {
    await Dexie.delete(rawName);
    raw = await openRawRegister(rawName);
    records = cases.map((c) => newCaseFromRemote(c.id, c.remote));
  }
  const report = progress(raw ? 'write (app and raw IndexedDB, alternating)' : 'write (app)');
  let appMs = 0;
  let rawMs = 0;
  let added = 0;
  const writeApp = async (i: number) => {
    const t = now();
    const out = await upsertRemote(app, cases.slice(i, i + chunk));
    appMs += now() - t;
    added += out.added;
  };
  const writeRaw = async (db: IDBDatabase, i: number) => {
    const t = now();
    const tx = db.transaction('cases', 'readwrite');
    const store = tx.objectStore('cases');
    const end = Math.min(records.length, i + chunk);
    for (let j = i; j < end; j++) store.put(records[j]!);
    await idbDone(tx);
    rawMs += now() - t;
  };
  for (let i = 0, k = 0; i < cases.length; i += chunk, k++) {
    if (!raw) await writeApp(i);
    else if (k % 2 === 0) {
      await writeRaw(raw, i);
      await writeApp(i);
    } else {
      await writeApp(i);
      await writeRaw(raw, i);
    }
    report(Math.min(cases.length, i + chunk), cases.length);
  }
  await writeSetup(app, { ...SETUP });
  app.close();
  raw?.close();
  if (rawName) await Dexie.delete(rawName);
  return { cases: added, chunk, app_ms: round(appMs), raw_idb_ms: raw ? round(rawMs) : null };
}

/** The chunked-storage experiment over the generated cases (see rawIdb.ts). */
function runChunkedExperiment(appName: string, scratchName: string, size = 1000): Promise<ChunkedResult> {
  return chunkedExperiment(
    requireCases().map((c) => newCaseFromRemote(c.id, c.remote)),
    appName,
    scratchName,
    size,
  );
}

// ---------------------------------------------------------------------------------------------- import

/** The generated cases as a Traffy CSV blob; the cases themselves are dropped (only the file is needed from here on). */
function makeCsv(): { ms: number; bytes: number; rows: number } {
  const cases = requireCases();
  const t = now();
  state.csv = new Blob(traffyCsvParts(cases), { type: 'text/csv' });
  state.cases = null;
  return { ms: round(now() - t), bytes: state.csv.size, rows: cases.length };
}

/** Hand a blob to the bench server, which writes it under its output directory; resolves with the path. */
async function save(name: string, data: Blob | Uint8Array<ArrayBuffer>): Promise<string> {
  // Always a Blob body: the DevTools protocol inlines an ArrayBuffer body into its network events, and a
  // 100+ MB one (a 500k-row export) breaks Playwright's pipe.
  const body = data instanceof Blob ? data : new Blob([data]);
  const res = await fetch(`/__bench/save?name=${encodeURIComponent(name)}`, { method: 'POST', body });
  if (!res.ok) throw new Error(`saving ${name}: HTTP ${res.status}`);
  return ((await res.json()) as { path: string }).path;
}

async function saveCsv(name: string): Promise<string> {
  if (!state.csv) throw new Error('makeCsv() first');
  return save(name, state.csv);
}

export interface ImportResult {
  format: ImportSummary['format'];
  bytes: number;
  rows: number;
  cases: number;
  rejected: number;
  rejected_sample: ImportSummary['rejected'];
  duplicates_in_file: number;
  by_bucket: Record<StatusBucket, number>;
  added: number;
  updated: number;
  unchanged: number;
  stored: number;
  /** File → every chunk stored and the summary back (what the user waits for). */
  ms: number;
  /** File → the query engine (notified by the write path, as in the app) answers with every stored case. */
  engine_caught_up_ms: number;
  /** The same file through the import worker with storing left out: parsing + normalising alone. */
  parse_only_ms: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The app's import end to end, as the register's Import button runs it (#features/import/importFile:
 * the import worker parses, each chunk is stored with upsertRemote, audit entry) with the query engine
 * running and notified of the writes like the Workspace wires it. `source`: the generated CSV or the
 * file the bench server serves at /__bench/input. Imports into a fresh database `dbName`.
 */
async function runImport(source: 'generated' | 'input', name: string, dbName: string): Promise<ImportResult> {
  let file: File;
  if (source === 'generated') {
    if (!state.csv) throw new Error('makeCsv() first');
    file = new File([state.csv], name, { type: 'text/csv' });
  } else {
    const res = await fetch('/__bench/input');
    if (!res.ok) throw new Error(`fetching the import file: HTTP ${res.status}`);
    file = new File([await res.blob()], name);
  }
  await Dexie.delete(dbName);
  const db = new KhetDb(dbName);
  await db.open();
  const client = createQueryClient(dbName);
  await client.ready;
  const stopFeed = onCasesChanged((ids) => client.notifyChanged([...ids]));
  try {
    const t = now();
    const outcome = await importFile(db, file, progress('import', 0.2));
    const ms = now() - t;
    stopFeed();
    const stored = await db.cases.count();
    log(`import: stored ${stored.toLocaleString('en')} cases in ${Math.round(ms)} ms; waiting for the query engine to catch up`);
    while ((await client.query({ limit: 0 })).total < stored) await sleep(20);
    const caughtUp = now() - t;
    const t2 = now();
    await importInWorker(
      file,
      () => undefined,
      () => undefined,
    );
    const parseOnly = now() - t2;
    if (dbName === DB_NAME) await writeSetup(db, { ...SETUP });
    const { summary } = outcome;
    return {
      format: summary.format,
      bytes: file.size,
      rows: summary.rows,
      cases: summary.cases,
      rejected: summary.rejected.length,
      rejected_sample: summary.rejected.slice(0, 5),
      duplicates_in_file: summary.duplicatesInFile,
      by_bucket: summary.byBucket,
      added: outcome.added,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      stored,
      ms: round(ms),
      engine_caught_up_ms: round(caughtUp),
      parse_only_ms: round(parseOnly),
    };
  } finally {
    stopFeed();
    client.dispose();
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------- export

export interface ExportResult {
  ms: number;
  /** Wall clock of the whole call (Date.now), opening the database included. */
  wall_ms: number;
  /** In the export worker: its start → the last page read (the writing overlaps it). */
  read_ms: number;
  /** Click → file bytes back from the worker (reading and writing). */
  build_ms: number;
  save_ms: number;
  rows: number;
  bytes: number;
  path: string;
  /** Main-thread long tasks (> 50 ms) from the click until 3 s after the file was saved: the UI's freezes. */
  ui_longest_task_ms: number;
  ui_blocked_ms: number;
}

/** Records main-thread long tasks until stopped. */
function watchLongTasks(): () => { longest: number; blocked: number } {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return () => {
    for (const e of observer.takeRecords()) tasks.push(e.duration);
    observer.disconnect();
    return { longest: round(Math.max(0, ...tasks)), blocked: round(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)) };
  };
}

/**
 * The register export as the app's Export button does it: the export worker reads every case (its own
 * Dexie connection, keyset pages) and builds the .xlsx as it reads; then the bytes are saved.
 */
async function exportRegister(dbName: string, fileName: string): Promise<ExportResult> {
  const wall = Date.now();
  const stopWatch = watchLongTasks();
  const headers = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, registerTh.columns[c]])) as Record<RegisterColumn, string>;
  const bucketLabels = Object.fromEntries(BUCKETS.map((b) => [b, commonTh.bucket[b]])) as Record<StatusBucket, string>;
  const t = now();
  log('export: the export worker reads the register and builds .xlsx');
  let lastPhase = '';
  const { bytes, rows, readMs } = await exportRegisterFromDb(
    dbName,
    { lang: 'th', title: registerTh.export.title, districtName: 'สำนักงานเขตจตุจักร', generatedAt: Date.now(), headers, bucketLabels },
    (_done, _total, phase) => {
      if (phase !== lastPhase) log(`export: ${phase}`);
      lastPhase = phase;
    },
  );
  const t2 = now();
  log(`export: ${rows.toLocaleString('en')} cases (read in the worker within ${readMs} ms, overlapping the writing)`);
  const path = await save(fileName, bytes);
  const t3 = now();
  const wallMs = Date.now() - wall;
  log('export: watching the main thread for 3 s after saving');
  await sleep(3000);
  const ui = stopWatch();
  return {
    ms: round(t3 - t),
    wall_ms: wallMs,
    ui_longest_task_ms: ui.longest,
    ui_blocked_ms: ui.blocked,
    read_ms: readMs,
    build_ms: round(t2 - t),
    save_ms: round(t3 - t2),
    rows,
    bytes: bytes.byteLength,
    path,
  };
}

// ---------------------------------------------------------------------------------------------- misc

async function count(dbName: string): Promise<number> {
  const db = new KhetDb(dbName);
  await db.open();
  const n = await db.cases.count();
  db.close();
  return n;
}

export const benchApi = {
  reset,
  generate,
  free,
  writeCompare,
  chunkedExperiment: runChunkedExperiment,
  makeCsv,
  saveCsv,
  importFile: runImport,
  startQueryEngine,
  runQueries,
  runBaseline,
  runSearch,
  stopQueryEngine,
  exportRegister,
  count,
};
export type BenchApi = typeof benchApi;

declare global {
  interface Window {
    bench: BenchApi;
  }
}

window.bench = benchApi;
document.title = 'Khet Desk bench: ready';
log('harness loaded');
