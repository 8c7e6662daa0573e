// The query-engine phases of the bench: filters+sort mix, the plain-IndexedDB baseline and Thai search.
import { KhetDb } from '#data/db';
import { createQueryClient, type QueryClient } from '#query/queryClient';
import type { CaseQuery } from '#query/queryTypes';
import type { CaseRecord } from '#domain/case';
import { naiveMatch, naivePage } from './naive';
import { DAY, log, now, percentile, round, state } from './benchState';

/** Start the app's query engine on a register and wait until filters and then search are ready. */
export async function startQueryEngine(dbName: string): Promise<{ ready_ms: number; search_ready_ms: number; cases: number }> {
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

export async function runQueries(reps: number): Promise<QueryRun & { mix: NamedQuery[] }> {
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
export async function runBaseline(reps: number, budgetMs: number): Promise<BaselineRun> {
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
export async function runSearch(reps: number): Promise<QueryRun & { queries: string[] }> {
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

export async function stopQueryEngine(): Promise<void> {
  state.client?.dispose();
  state.client = null;
  state.db?.close();
  state.db = null;
}
