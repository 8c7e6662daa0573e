// The columnar index and runQuery against a naive Array.filter + sort over the same records: 2,000
// random cases, 300 random queries, through both page paths (direct sort and kept sort orders) and
// across upserts and removals that move rows, add dictionary values and grow multi-valued columns.
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '#domain/case';
import { BUCKETS, isOpen, type StatusBucket } from '#domain/status';
import { QueryEngine } from './queryEngine';
import { DEFAULT_LIMIT, DEFAULT_SORT, SORT_FIELDS, type CaseQuery, type CaseSort } from './queryTypes';
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
    default:
      return a[field] - b[field];
  }
}

function naive(records: readonly CaseRecord[], q: CaseQuery) {
  const any = (have: readonly string[], want?: string[]) => !want?.length || have.some((v) => want.includes(v));
  const base = records.filter(
    (c) =>
      c.createdAt >= (q.createdFrom ?? -Infinity) &&
      c.createdAt < (q.createdTo ?? Infinity) &&
      c.lastActivityAt >= (q.activityFrom ?? -Infinity) &&
      c.lastActivityAt < (q.activityTo ?? Infinity) &&
      (q.minStar === undefined || (c.star !== null && c.star >= q.minStar)) &&
      (q.maxStar === undefined || (c.star !== null && c.star <= q.maxStar)) &&
      (q.reopened === undefined || c.countReopen > 0 === q.reopened) &&
      (q.hasAfterPhoto === undefined || c.photosAfter.length > 0 === q.hasAfterPhoto) &&
      (q.awaitingUnit === undefined || (c.units.length === 0) === q.awaitingUnit) &&
      any([c.subdistrict], q.subdistricts) &&
      any(c.categories, q.categories) &&
      any(c.organizations, q.organizations) &&
      any(c.units, q.units),
  );
  const facets = Object.fromEntries(BUCKETS.map((b) => [b, base.filter((c) => c.bucket === b).length])) as Record<StatusBucket, number>;
  const hits = base.filter(
    (c) => (!q.buckets?.length || q.buckets.includes(c.bucket)) && (q.open === undefined || isOpen(c.bucket) === q.open),
  );
  const { field, dir } = q.sort ?? DEFAULT_SORT;
  const sign = dir === 'asc' ? 1 : -1;
  hits.sort((a, b) => {
    if (field === 'star' && (a.star === null) !== (b.star === null)) return a.star === null ? 1 : -1;
    return sign * (keyCmp(field, a, b) || byCode(a.id, b.id));
  });
  const offset = q.offset ?? 0;
  return { total: hits.length, ids: hits.slice(offset, offset + (q.limit ?? DEFAULT_LIMIT)).map((c) => c.id), facets };
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
  if (maybe(0.3)) q.offset = Math.floor(rnd() * 300);
  if (maybe(0.3)) q.limit = Math.floor(rnd() * 120);
  return q;
}

/** Records with ties on purpose: shared timestamps and many unrated cases. */
function recordsWithTies(n: number, seed: number): CaseRecord[] {
  return syntheticCases(n, seed).map((c, i) =>
    i % 5 === 0 ? { ...c, lastActivityAt: Date.UTC(2024, 0, 1), createdAt: Date.UTC(2023, 0, 1) } : c,
  );
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
