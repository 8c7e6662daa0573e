// The query worker: loads every case from IndexedDB once (keyset pages on the primary key), keeps
// the QueryEngine current from change notices, and answers queries off the UI thread. Search text
// is indexed in ~40 ms slices after the filter index is ready (and the sort orders are built), so
// filters answer meanwhile.
// Owns its own Dexie connection, read-only by contract: it never writes to the database.
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import { KhetDb } from '#data/db';
import type { CaseRecord } from '#domain/case';
import type { FromWorker, InitOptions, ToWorker } from './protocol';
import { QueryEngine } from './queryEngine';
import { SORT_FIELDS, type CaseQuery, type QueryStats } from './queryTypes';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

const DEFAULT_CHUNK = 2000;
const SLICE_MS = 40;
/**
 * While change notices keep coming (an import, a big pull), search indexing waits until they have
 * paused this long: filters stay current at once, and the tokenising (~26,000 descriptions/s) does not
 * compete with the writes for the CPU. A text query never waits for the pause.
 */
const TEXT_QUIET_MS = 400;

let engine = new QueryEngine();
let db: KhetDb | null = null;
let source: { dbName: string; opts: InitOptions } | null = null;
let loaded: Promise<void> | null = null;
let updating: Promise<void> = Promise.resolve();
let flushQueued = false;
const changed = new Set<string>();
/** Committed records that came with a notice: used by the next flush instead of a read. */
const hints = new Map<string, CaseRecord>();
let textLoop: Promise<void> | null = null;
let lastChangeAt = -Infinity;
/** Text queries waiting for the search index: the loop then runs without pausing. */
let textWaiters = 0;
let startedAt = 0;

// A MessageChannel hop yields to queued messages without setTimeout's 4 ms clamp on nested timers.
const yieldChannel = new MessageChannel();
const yieldWaiters: Array<() => void> = [];
yieldChannel.port1.onmessage = () => yieldWaiters.shift()?.();
const yieldToEvents = () =>
  new Promise<void>((resolve) => {
    yieldWaiters.push(resolve);
    yieldChannel.port2.postMessage(null);
  });

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

async function load(dbName: string, opts: InitOptions): Promise<void> {
  const chunk = opts.chunkSize ?? DEFAULT_CHUNK;
  db ??= new KhetDb(dbName);
  await db.open();
  const cases = db.cases;
  let batch = await cases.orderBy(':id').limit(chunk).toArray();
  while (batch.length > 0) {
    const last = batch[batch.length - 1]!.id;
    // Ask for the next page before indexing this one, so IndexedDB reads while we work.
    const next = batch.length === chunk ? cases.where(':id').above(last).limit(chunk).toArray() : Promise.resolve([]);
    engine.upsert(batch);
    batch = await next;
  }
  scope.postMessage({ type: 'ready', cases: engine.size, loadMs: Math.round(performance.now() - startedAt) });
  void warmUp().catch((e: unknown) => scope.postMessage({ type: 'error', id: null, message: errorText(e) }));
}

/** Build every sort order (one per turn, so queries slip in between), then the search index. */
async function warmUp(): Promise<void> {
  const t = performance.now();
  for (const field of SORT_FIELDS) {
    engine.orders.get(field);
    await yieldToEvents();
  }
  await indexTextInBackground();
  scope.postMessage({ type: 'searchReady', ms: Math.round(performance.now() - t) });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function indexTextInBackground(): Promise<void> {
  textLoop ??= (async () => {
    for (;;) {
      const quietIn = lastChangeAt + TEXT_QUIET_MS - performance.now();
      if (quietIn > 0 && textWaiters === 0) {
        await sleep(Math.min(quietIn, 100));
        continue;
      }
      if (engine.indexText(SLICE_MS)) break;
      await yieldToEvents();
    }
  })().finally(() => {
    textLoop = null;
  });
  return textLoop;
}

/**
 * A notice that cases changed, with their committed content when the writer sent it. Only the latest
 * notice per id counts: an ids-only notice after a records one drops the record (the flush reads the
 * case back, at least as new). Flushes run one after another, each after the notices it takes.
 */
function noteChanged(ids: readonly string[], records?: readonly CaseRecord[]): void {
  if (ids.length > 0) lastChangeAt = performance.now();
  for (const id of ids) changed.add(id);
  if (records) for (const r of records) hints.set(r.id, r);
  else for (const id of ids) hints.delete(id);
  if (flushQueued || changed.size === 0) return;
  flushQueued = true;
  updating = updating.then(flushChanged).catch((e: unknown) => scope.postMessage({ type: 'error', id: null, message: errorText(e) }));
}

/** Re-read the changed cases and fold them in; a case that is gone is removed. */
async function flushChanged(): Promise<void> {
  flushQueued = false;
  await loaded;
  const ids = [...changed];
  changed.clear();
  const given: CaseRecord[] = [];
  const toRead: string[] = [];
  for (const id of ids) {
    const hint = hints.get(id);
    if (hint) given.push(hint);
    else toRead.push(id);
  }
  hints.clear();
  engine.upsert(given);
  for (let i = 0; i < toRead.length && db; i += DEFAULT_CHUNK) {
    const part = toRead.slice(i, i + DEFAULT_CHUNK);
    const rows = await db.cases.bulkGet(part);
    engine.upsert(rows.filter((r) => r !== undefined));
    engine.remove(part.filter((_, j) => rows[j] === undefined));
  }
  void indexTextInBackground();
}

/** Start over from the database (after a restore, a clear, or writes too broad to list). */
function reload(): void {
  updating = updating
    .then(async () => {
      await loaded?.catch(() => undefined);
      if (!source) return;
      changed.clear();
      hints.clear();
      engine = new QueryEngine();
      startedAt = performance.now();
      loaded = load(source.dbName, source.opts);
      await loaded;
    })
    .catch((e: unknown) => scope.postMessage({ type: 'error', id: null, message: errorText(e) }));
}

/** Single keys from another context's write; ranges (bulk writes of ≥ 50) rely on notifyChanged. */
function pointKeys(tree: IntervalTree, out: string[]): boolean {
  if (!('from' in tree)) return true;
  if (typeof tree.from !== 'string' || tree.from !== tree.to) return false;
  out.push(tree.from);
  return (!tree.l || pointKeys(tree.l, out)) && (!tree.r || pointKeys(tree.r, out));
}

function watchStorage(dbName: string): void {
  Dexie.on('storagemutated', (parts: ObservabilitySet) => {
    for (const part of [`idb://${dbName}/cases/`, `idb://${dbName}/cases/:dels`]) {
      const tree = parts[part];
      const ids: string[] = [];
      if (tree && pointKeys(tree, ids)) noteChanged(ids);
    }
  });
}

async function answer(id: number, query: CaseQuery): Promise<void> {
  await loaded;
  await updating;
  if (query.text?.trim() && !engine.searchReady) {
    textWaiters++;
    try {
      await indexTextInBackground();
    } finally {
      textWaiters--;
    }
  }
  scope.postMessage({ type: 'result', id, result: engine.query(query) });
}

function stats(): QueryStats {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return { cases: engine.size, searchReady: engine.searchReady, searchPending: engine.searchPending, heapHint: memory?.usedJSHeapSize };
}

scope.addEventListener('message', (ev) => {
  const msg = ev.data;
  switch (msg.type) {
    case 'init':
      if (loaded) return;
      startedAt = performance.now();
      source = { dbName: msg.dbName, opts: msg };
      if (msg.watchStorage !== false) watchStorage(msg.dbName);
      loaded = load(msg.dbName, msg);
      loaded.catch((e: unknown) => scope.postMessage({ type: 'error', id: null, message: errorText(e) }));
      return;
    case 'changed':
      noteChanged(msg.ids);
      return;
    case 'upserted':
      noteChanged(
        msg.records.map((r) => r.id),
        msg.records,
      );
      return;
    case 'reload':
      reload();
      return;
    case 'query':
      answer(msg.id, msg.query).catch((e: unknown) => scope.postMessage({ type: 'error', id: msg.id, message: errorText(e) }));
      return;
    case 'stats':
      scope.postMessage({ type: 'stats', id: msg.id, stats: stats() });
      return;
  }
});
