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
import { createQueryClient, type QueryClient } from '#query/queryClient';
import type { CaseQuery } from '#query/queryTypes';
import registerTh from '#locales/th/register.json';
import commonTh from '#locales/th/common.json';
import { naiveMatch, naivePage } from './naive';
import { chunkedExperiment, idbDone, openRawRegister, type ChunkedResult } from './rawIdb';
import { synthCases, traffyCsvParts, type SynthCase } from './synth';

const DAY = 86_400_000;
/** The chunk size the import pipeline hands to its caller by default; the write comparison uses it too. */
export const WRITE_CHUNK = 2000;
/** The setup the app needs to open straight to the register (demo mode, Chatuchak). */
const SETUP = { districtCode: '1030', mode: 'demo', baseUrl: null, user: null } as const;

const log = (msg: string) => console.log(`[bench] ${msg}`);
const round = (ms: number, digits = 1) => Math.round(ms * 10 ** digits) / 10 ** digits;
const now = () => performance.now();

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}

/** Logs "label done/total" each time another `step` fraction is complete, so 100k-row phases stay readable. */
function progress(label: string, step = 0.1): (done: number, total: number) => void {
  let logged = 0;
  return (done, total) => {
    const reached = total > 0 ? Math.floor((done / total) * (1 / step) + 1e-9) : 0;
    if (reached <= logged) return;
    logged = reached;
    log(`${label} ${Math.round((done / total) * 100)}% (${done.toLocaleString('en')}/${total.toLocaleString('en')})`);
  };
}

interface State {
  cases: SynthCase[] | null;
  csv: Blob | null;
  client: QueryClient | null;
  db: KhetDb | null;
  /** The query mix's reference ids per combo (engine answer), for the baseline cross-check. */
  engineIds: Map<string, string[]>;
}
const state: State = { cases: null, csv: null, client: null, db: null, engineIds: new Map() };

// ---------------------------------------------------------------------------------------------- data

async function reset(names: string[]): Promise<void> {
  for (const name of names) await Dexie.delete(name);
}

function generate(n: number): { ms: number; cases: number } {
  const t = now();
  state.cases = synthCases(n);
  return { ms: round(now() - t), cases: n };
}

function free(): void {
  state.cases = null;
  state.csv = null;
}

function requireCases(): SynthCase[] {
  if (!state.cases) throw new Error('generate() first');
  return state.cases;
}

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

// ---------------------------------------------------------------------------------------------- query

/** Start the app's query engine on a register and wait until filters and then search are ready. */
async function startQueryEngine(dbName: string): Promise<{ ready_ms: number; search_ready_ms: number; cases: number }> {
  state.client?.dispose();
  state.db?.close();
  state.db = new KhetDb(dbName);
  await state.db.open();
  const t = now();
  let searchAt = 0;
  let searchDone: () => void = () => undefined;
  const searchReady = new Promise<void>((resolve) => (searchDone = resolve));
  const client = createQueryClient(dbName, {
    onSearchReady: () => {
      searchAt = now();
      searchDone();
    },
  });
  state.client = client;
  await client.ready;
  const readyMs = now() - t;
  log(`query engine ready in ${Math.round(readyMs)} ms; waiting for the search index`);
  const stats = await client.stats();
  if (!stats.searchReady) await searchReady;
  else searchAt ||= now();
  return { ready_ms: round(readyMs), search_ready_ms: round(searchAt - t), cases: (await client.stats()).cases };
}

function requireEngine(): { client: QueryClient; db: KhetDb } {
  if (!state.client || !state.db) throw new Error('startQueryEngine() first');
  return { client: state.client, db: state.db };
}

export interface NamedQuery {
  name: string;
  query: CaseQuery;
}

/**
 * The fixed filter+sort mix, relative to the register's newest activity (so it means the same on any
 * data): the views a coordinator actually opens, each asking for the first 50 rows.
 */
async function queryMix(): Promise<NamedQuery[]> {
  const { db } = requireEngine();
  const newest = await db.cases.orderBy('lastActivityAt').reverse().limit(3000).toArray();
  const ref = newest[0]?.lastActivityAt ?? Date.now();
  const counts = new Map<string, number>();
  for (const c of newest) counts.set(c.subdistrict, (counts.get(c.subdistrict) ?? 0) + 1);
  const subs = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
  const [s1 = '', s2 = s1, s3 = s2] = subs;
  const limit = 50;
  return [
    { name: 'register default (newest activity)', query: { limit } },
    {
      name: `open in ${s1}, newest activity`,
      query: { open: true, subdistricts: [s1], sort: { field: 'lastActivityAt', dir: 'desc' }, limit },
    },
    {
      name: 'waiting, created last 30 days, newest',
      query: { buckets: ['waiting'], createdFrom: ref - 30 * DAY, sort: { field: 'createdAt', dir: 'desc' }, limit },
    },
    { name: 'rated ≤ 2 stars, newest activity', query: { maxStar: 2, sort: { field: 'lastActivityAt', dir: 'desc' }, limit } },
    { name: 'reopened, most reopens first', query: { reopened: true, sort: { field: 'countReopen', dir: 'desc' }, limit } },
    { name: 'category ถนน, oldest first', query: { categories: ['ถนน'], sort: { field: 'createdAt', dir: 'asc' }, limit } },
    {
      name: 'open lighting (แสงสว่าง), oldest first',
      query: { open: true, categories: ['แสงสว่าง'], sort: { field: 'createdAt', dir: 'asc' }, limit },
    },
    { name: 'forwarded, by ticket id', query: { buckets: ['forward'], sort: { field: 'ticketId', dir: 'asc' }, limit } },
    {
      name: 'finished without after-photo',
      query: { buckets: ['finish'], hasAfterPhoto: false, sort: { field: 'lastActivityAt', dir: 'desc' }, limit },
    },
    {
      name: `created 6–12 months ago in ${s2}/${s3}, by แขวง`,
      query: {
        createdFrom: ref - 365 * DAY,
        createdTo: ref - 182 * DAY,
        subdistricts: [s2, s3],
        sort: { field: 'subdistrict', dir: 'asc' },
        limit,
      },
    },
    { name: '4–5 stars, best first', query: { minStar: 4, sort: { field: 'star', dir: 'desc' }, limit } },
    {
      name: 'in progress or follow-up, by status',
      query: { buckets: ['inprogress', 'follow'], sort: { field: 'statusLabel', dir: 'asc' }, limit },
    },
  ];
}

interface Timed {
  name: string;
  matches: number;
  p50_ms: number;
  p95_ms: number;
}

export interface QueryRun {
  /** Query + reading the page's 50 records from the register (what the table needs to draw). */
  p50_ms: number;
  p95_ms: number;
  /** Query alone (ids from the worker). */
  ids_p50_ms: number;
  ids_p95_ms: number;
  max_ms: number;
  runs: number;
  per_query: Timed[];
}

/** Each query `reps` times, round-robin; the page's records are read like the register would. */
async function timeQueries(mix: NamedQuery[], reps: number, keep: boolean): Promise<QueryRun> {
  const { client, db } = requireEngine();
  const all: number[] = [];
  const idsOnly: number[] = [];
  const per = mix.map(() => [] as number[]);
  const matches = mix.map(() => 0);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < mix.length; i++) {
      const { name, query } = mix[i]!;
      const t = now();
      const res = await client.query(query);
      const t1 = now();
      const rows = await db.cases.bulkGet(res.ids);
      const t2 = now();
      if (rows.some((x) => x === undefined)) throw new Error(`query "${name}" returned ids not in the register`);
      all.push(t2 - t);
      idsOnly.push(t1 - t);
      per[i]!.push(t2 - t);
      matches[i] = res.total;
      if (keep) state.engineIds.set(name, res.ids);
    }
  }
  return {
    p50_ms: round(percentile(all, 0.5), 2),
    p95_ms: round(percentile(all, 0.95), 2),
    ids_p50_ms: round(percentile(idsOnly, 0.5), 2),
    ids_p95_ms: round(percentile(idsOnly, 0.95), 2),
    max_ms: round(Math.max(...all), 2),
    runs: all.length,
    per_query: mix.map(({ name }, i) => ({
      name,
      matches: matches[i]!,
      p50_ms: round(percentile(per[i]!, 0.5), 2),
      p95_ms: round(percentile(per[i]!, 0.95), 2),
    })),
  };
}

async function runQueries(reps: number): Promise<QueryRun & { mix: NamedQuery[] }> {
  const mix = await queryMix();
  log(`query mix: ${mix.length} filter+sort combinations × ${reps}`);
  return { ...(await timeQueries(mix, reps, true)), mix };
}

export interface BaselineRun {
  p50_ms: number;
  p95_ms: number;
  runs: number;
  /** Rounds over the whole mix actually run (bounded by the time budget). */
  rounds: number;
  /** Combinations whose naive first page has the same ids, in the same order, as the engine's. */
  same_page_as_engine: number;
  mismatches: string[];
  per_query: Timed[];
}

/**
 * The same mix naively: Dexie `filter()` over the whole table, then sort and slice(50). Round-robin,
 * `reps` rounds at most; a further round is only started while the estimate stays within `budgetMs`
 * (one full scan per query at 100k+ cases takes seconds), so the first round always runs.
 */
async function runBaseline(reps: number, budgetMs: number): Promise<BaselineRun> {
  const { db } = requireEngine();
  const mix = await queryMix();
  const times = mix.map(() => [] as number[]);
  const matches = mix.map(() => 0);
  const pages: CaseRecord[][] = mix.map(() => []);
  const t0 = now();
  let rounds = 0;
  while (rounds < reps && (rounds === 0 || ((now() - t0) / rounds) * (rounds + 1) <= budgetMs)) {
    for (let i = 0; i < mix.length; i++) {
      const { query } = mix[i]!;
      const t = now();
      const found = await db.cases.filter(naiveMatch(query)).toArray();
      pages[i] = naivePage(found, query);
      times[i]!.push(now() - t);
      matches[i] = found.length;
    }
    rounds++;
    log(
      `baseline round ${rounds}/${reps}: ${Math.round((now() - t0) / 1000)} s so far, median ${Math.round(percentile(times.flat(), 0.5))} ms`,
    );
  }
  const mismatches = mix.filter(({ name }, i) => {
    const engine = state.engineIds.get(name);
    return engine !== undefined && engine.join('\n') !== pages[i]!.map((c) => c.id).join('\n');
  });
  const all = times.flat();
  return {
    p50_ms: round(percentile(all, 0.5)),
    p95_ms: round(percentile(all, 0.95)),
    runs: all.length,
    rounds,
    same_page_as_engine: mix.length - mismatches.length,
    mismatches: mismatches.map((m) => m.name),
    per_query: mix.map(({ name }, i) => ({
      name,
      matches: matches[i]!,
      p50_ms: round(percentile(times[i]!, 0.5)),
      p95_ms: round(percentile(times[i]!, 0.95)),
    })),
  };
}

/** Thai full-text queries (single and multi-word, a prefix, a ticket id), each `reps` times. */
async function runSearch(reps: number): Promise<QueryRun & { queries: string[] }> {
  const { db } = requireEngine();
  const newest = await db.cases.orderBy('lastActivityAt').reverse().first();
  const ticket = newest?.ticketId ?? newest?.id ?? '2025';
  const words = [
    'ไฟฟ้า',
    'ถนน ชำรุด',
    'ขยะ',
    'น้ำท่วม',
    'ทางเท้า',
    'สายไฟ',
    'ฝาท่อ แตก',
    'พหลโยธิน ซอย',
    'สุนัขจรจัด',
    'ผู้ร้องเรียน',
    'ลาดยาว',
    'ไฟฟ้าส่อง',
    ticket,
  ];
  const mix: NamedQuery[] = words.map((text, i) => ({ name: text, query: { text, limit: 50, ...(i % 3 === 1 ? { open: true } : {}) } }));
  log(`search: ${mix.length} Thai queries × ${reps}`);
  return { ...(await timeQueries(mix, reps, false)), queries: words };
}

async function stopQueryEngine(): Promise<void> {
  state.client?.dispose();
  state.client = null;
  state.db?.close();
  state.db = null;
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
