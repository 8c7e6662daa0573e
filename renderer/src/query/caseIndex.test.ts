// The columnar index and runQuery against a naive Array.filter + sort over the same records: 2,000
// random cases, 300 random queries, through both page paths (direct sort and kept sort orders) and
// across upserts and removals that move rows, add dictionary values and grow multi-valued columns.
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '#domain/case';
import { BUCKETS, isOpen, type StatusBucket } from '#domain/status';
import { QueryEngine } from './queryEngine';
import { DEFAULT_LIMIT, DEFAULT_SORT, FACET_DIMENSIONS, SORT_FIELDS, type CaseQuery, type CaseSort } from './queryTypes';
import { runQuery } from './runQuery';
import { CATEGORIES, ORGANIZATIONS, SUBDISTRICTS, UNITS, rng, syntheticCases } from './synthCases';

const collator = new Intl.Collator('th');
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function keyCmp(field: CaseSort['field'], a: CaseRecord, b: CaseRecord): number {
  switch (field) {
    case 'ticketId':
      return byCode(a.ticketId || a.id, b.ticketId || b.id);
    case 'subdistrict':
      return collator.compare(a.subdistrict, b.subdistrict);
    case 'statusLabel':
      return collator.compare(a.statusLabel, b.statusLabel);
    case 'star':
      return (a.star ?? 0) - (b.star ?? 0);
    case 'channel':
      return collator.compare(a.channel ?? 'traffy', b.channel ?? 'traffy');
    default:
      return a[field] - b[field];
  }
}

function naive(records: readonly CaseRecord[], q: CaseQuery) {
  const any = (have: readonly string[], want?: string[]) => !want?.length || have.some((v) => want.includes(v));
  const inBuckets = (c: CaseRecord) => (!q.buckets?.length || q.buckets.includes(c.bucket)) && (q.open === undefined || isOpen(c.bucket) === q.open);
  // The facet dimensions, each a predicate: a facet counts the rows passing every other one.
  const dims = {
    subdistrict: (c: CaseRecord) => any([c.subdistrict], q.subdistricts),
    category: (c: CaseRecord) => any(c.categories, q.categories),
    unit: (c: CaseRecord) => any(c.units, q.units),
    channel: (c: CaseRecord) => any([c.channel ?? 'traffy'], q.channels),
  };
  const valuesOf = { subdistrict: (c: CaseRecord) => [c.subdistrict], category: (c: CaseRecord) => c.categories, unit: (c: CaseRecord) => c.units, channel: (c: CaseRecord) => [c.channel ?? 'traffy'] };
  const others = records.filter(
    (c) =>
      c.createdAt >= (q.createdFrom ?? -Infinity) &&
      c.createdAt < (q.createdTo ?? Infinity) &&
      c.lastActivityAt >= (q.activityFrom ?? -Infinity) &&
      c.lastActivityAt < (q.activityTo ?? Infinity) &&
      (q.minStar === undefined || (c.star !== null && c.star >= q.minStar)) &&
      (q.maxStar === undefined || (c.star !== null && c.star <= q.maxStar)) &&
      (q.rated === undefined || (c.star !== null) === q.rated) &&
      (q.reopened === undefined || c.countReopen > 0 === q.reopened) &&
      (q.hasAfterPhoto === undefined || c.photosAfter.length > 0 === q.hasAfterPhoto) &&
      (q.awaitingUnit === undefined || (c.units.length === 0) === q.awaitingUnit) &&
      any(c.organizations, q.organizations),
  );
  const base = others.filter((c) => Object.values(dims).every((p) => p(c)));
  const facets = Object.fromEntries(BUCKETS.map((b) => [b, base.filter((c) => c.bucket === b).length])) as Record<StatusBucket, number>;
  const values = Object.fromEntries(
    FACET_DIMENSIONS.map((dim) => {
      const counts = new Map<string, number>();
      for (const c of others) {
        if (!inBuckets(c) || !Object.entries(dims).every(([d, p]) => d === dim || p(c))) continue;
        for (const v of new Set(valuesOf[dim](c))) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      const list = [...counts].map(([value, count]) => ({ value, count }));
      return [dim, list.sort((a, b) => b.count - a.count || collator.compare(a.value, b.value))];
    }),
  );
  const hits = base.filter(inBuckets);
  const { field, dir } = q.sort ?? DEFAULT_SORT;
  const sign = dir === 'asc' ? 1 : -1;
  hits.sort((a, b) => {
    if (field === 'star' && (a.star === null) !== (b.star === null)) return a.star === null ? 1 : -1;
    return sign * (keyCmp(field, a, b) || byCode(a.id, b.id));
  });
  const offset = q.offset ?? 0;
  return { total: hits.length, ids: hits.slice(offset, offset + (q.limit ?? DEFAULT_LIMIT)).map((c) => c.id), facets, values };
}

function randomQuery(rnd: () => number): CaseQuery {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = (p: number) => rnd() < p;
  const q: CaseQuery = { sort: { field: pick(SORT_FIELDS), dir: maybe(0.5) ? 'asc' : 'desc' } };
  if (maybe(0.4)) q.buckets = BUCKETS.filter(() => maybe(0.4));
  if (maybe(0.2)) q.open = maybe(0.5);
  if (maybe(0.3)) q.subdistricts = [pick(SUBDISTRICTS), pick(SUBDISTRICTS), ...(maybe(0.2) ? ['ไม่มีแขวงนี้'] : [])];
  if (maybe(0.25)) q.categories = [pick(CATEGORIES)];
  if (maybe(0.15)) q.organizations = [pick(ORGANIZATIONS)];
  if (maybe(0.2)) q.units = maybe(0.1) ? [] : [pick(UNITS)];
  if (maybe(0.15)) q.awaitingUnit = maybe(0.5);
  if (maybe(0.2)) q.createdFrom = Date.UTC(2022, 0, 1) + rnd() * 1400 * 86_400_000;
  if (maybe(0.2)) q.createdTo = Date.UTC(2022, 0, 1) + rnd() * 1400 * 86_400_000;
  if (maybe(0.15)) q.activityFrom = Date.UTC(2023, 0, 1);
  if (maybe(0.1)) q.activityTo = Date.UTC(2025, 0, 1);
  if (maybe(0.1)) q.minStar = 1 + Math.floor(rnd() * 5);
  if (maybe(0.1)) q.maxStar = 1 + Math.floor(rnd() * 5);
  if (maybe(0.1)) q.reopened = maybe(0.5);
  if (maybe(0.15)) q.hasAfterPhoto = maybe(0.5);
  if (maybe(0.2)) q.channels = [pick(CHANNELS), ...(maybe(0.3) ? [pick(CHANNELS)] : [])];
  if (maybe(0.1)) q.rated = maybe(0.5);
  if (maybe(0.5)) q.facetValues = true;
  if (maybe(0.3)) q.offset = Math.floor(rnd() * 300);
  if (maybe(0.3)) q.limit = Math.floor(rnd() * 120);
  return q;
}

const CHANNELS = ['traffy', 'hotline-1555', 'letter', 'walk-in'] as const;

/** Records with ties on purpose: shared timestamps and many unrated cases; some from other channels (most without one: traffy). */
function recordsWithTies(n: number, seed: number): CaseRecord[] {
  return syntheticCases(n, seed).map((c, i) => {
    const t = i % 5 === 0 ? { ...c, lastActivityAt: Date.UTC(2024, 0, 1), createdAt: Date.UTC(2023, 0, 1) } : c;
    return i % 3 === 0 ? { ...t, channel: i % 2 === 0 ? 'hotline-1555' : 'letter' } : i % 11 === 0 ? { ...t, channel: 'traffy' } : t;
  });
}

function mutate(current: Map<string, CaseRecord>, rnd: () => number, round: number): { put: CaseRecord[]; gone: string[] } {
  const all = [...current.values()];
  const put: CaseRecord[] = [];
  for (let i = 0; i < 60; i++) {
    const c = all[Math.floor(rnd() * all.length)]!;
    const bucket = BUCKETS[Math.floor(rnd() * BUCKETS.length)]!;
    put.push({
      ...c,
      bucket,
      statusLabel: `${bucket}-${round % 3}`,
      lastActivityAt: c.lastActivityAt + Math.floor(rnd() * 1e9),
      star: rnd() < 0.5 ? null : 1 + Math.floor(rnd() * 5),
      subdistrict: rnd() < 0.1 ? `แขวงใหม่${round}` : c.subdistrict,
      units: rnd() < 0.5 ? [] : UNITS.slice(0, 1 + Math.floor(rnd() * UNITS.length)),
      categories: CATEGORIES.slice(Math.floor(rnd() * 5), 3 + Math.floor(rnd() * 8)),
      photosAfter: rnd() < 0.5 ? [] : ['x'],
    });
  }
  put.push(...syntheticCases(40, 1000 + round).map((c) => ({ ...c, id: `N${round}-${c.id}` })));
  const gone = all.filter(() => rnd() < 0.01).map((c) => c.id);
  return { put, gone };
}

describe('runQuery matches a naive filter + sort', () => {
  it('for 300 random queries over 2,000 cases, on both page paths, across updates', () => {
    const rnd = rng(42);
    const current = new Map(recordsWithTies(2000, 5).map((c) => [c.id, c]));
    const engine = new QueryEngine();
    engine.upsert([...current.values()]);
    for (let i = 0; i < 300; i++) {
      if (i > 0 && i % 50 === 0) {
        const { put, gone } = mutate(current, rnd, i);
        engine.upsert(put);
        engine.remove(gone);
        for (const c of put) current.set(c.id, c);
        for (const id of gone) current.delete(id);
      }
      const q = randomQuery(rnd);
      const want = naive([...current.values()], q);
      for (const smallSortMax of [0, 100_000]) {
        const got = runQuery(engine.cases, engine.orders, null, q, true, smallSortMax);
        expect({ total: got.total, ids: got.ids, q }).toEqual({ total: want.total, ids: want.ids, q });
        expect(got.facets?.buckets).toEqual(want.facets);
        expect(got.facets?.values).toEqual(q.facetValues ? want.values : undefined);
      }
    }
    expect(engine.size).toBe(current.size);
  }, 60_000);
});

describe('CaseIndex', () => {
  it('keeps no free text and reports dead rows as dead', () => {
    const engine = new QueryEngine();
    const [a, b] = syntheticCases(2, 1);
    engine.upsert([a!, b!]);
    engine.remove([a!.id, 'unknown']);
    expect(engine.cases.isAlive(engine.cases.rowOf(b!.id)!)).toBe(true);
    expect(engine.cases.rowOf(a!.id)).toBeUndefined();
    expect(engine.query({}).ids).toEqual([b!.id]);
    expect(JSON.stringify(Object.keys(engine.cases))).not.toMatch(/description/);
  });

  it('pages deep into a large result with offset, without gaps or repeats', () => {
    const engine = new QueryEngine();
    const records = syntheticCases(5000, 9);
    engine.upsert(records);
    const seen: string[] = [];
    for (let offset = 0; offset < 5000; offset += 700)
      seen.push(...engine.query({ offset, limit: 700, sort: { field: 'star', dir: 'desc' } }).ids);
    expect(new Set(seen).size).toBe(5000);
    expect(seen).toEqual(naive(records, { limit: 5000, sort: { field: 'star', dir: 'desc' } }).ids);
  }, 30_000);

  it('orders a large register (radix and counting sorts) exactly like the naive sort, ties included', () => {
    const records = recordsWithTies(9000, 13).map((c, i) => (i % 7 === 0 ? { ...c, lastActivityAt: 0, star: 4.5 } : c));
    const engine = new QueryEngine();
    engine.upsert(records);
    for (const field of SORT_FIELDS) {
      for (const dir of ['asc', 'desc'] as const) {
        const q: CaseQuery = { sort: { field, dir }, limit: 9000 };
        expect({ field, dir, ids: engine.query(q).ids }).toEqual({ field, dir, ids: naive(records, q).ids });
      }
    }
  }, 60_000);

  it('filters by channel, a case without one being a Traffy ticket', () => {
    const engine = new QueryEngine();
    const [a, b, c] = syntheticCases(3, 4);
    engine.upsert([a!, { ...b!, channel: 'hotline-1555' }, { ...c!, channel: 'letter' }]);
    expect(engine.query({ channels: ['traffy'] }).ids).toEqual([a!.id]);
    expect(new Set(engine.query({ channels: ['hotline-1555', 'letter'] }).ids)).toEqual(new Set([b!.id, c!.id]));
    expect(engine.query({ channels: ['meeting'] }).total).toBe(0);
    engine.upsert([{ ...b!, channel: undefined }]);
    expect(new Set(engine.query({ channels: ['traffy'] }).ids)).toEqual(new Set([a!.id, b!.id]));
    const values = engine.query({ limit: 0, facetValues: true, channels: ['letter'] }).facets?.values?.channel;
    expect(values).toEqual([
      { value: 'traffy', count: 2 },
      { value: 'letter', count: 1 },
    ]);
  });

  it('counts open facets and answers limit 0 with counts only', () => {
    const engine = new QueryEngine();
    engine.upsert(syntheticCases(500, 3));
    const r = engine.query({ limit: 0, buckets: ['finish'] });
    expect(r.ids).toEqual([]);
    expect(r.total).toBe(r.facets?.buckets.finish);
    const f = r.facets!.buckets;
    expect(r.facets?.open).toBe(f.waiting + f.inprogress + f.follow);
  });
});
