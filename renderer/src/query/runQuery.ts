// Executes one CaseQuery over the columnar index: a single pass that applies every filter, counts
// the facets (a row failing exactly one facet dimension still counts in that dimension: that is
// what choosing another value there would give) and marks the matches, then the page in sort order (a direct sort when few rows
// match, otherwise a walk along the kept sort order). Pure; never mutates the index.
import { BUCKETS, isOpen, type StatusBucket } from '#domain/status';
import { FLAG_AFTER_PHOTO, FLAG_ALIVE, type CaseIndex } from './caseIndex';
import type { StringDict } from './columns';
import {
  DEFAULT_LIMIT,
  DEFAULT_SORT,
  type CaseQuery,
  type FacetCount,
  type FacetDimension,
  type QueryFacets,
  type QueryResult,
  type SortDir,
} from './queryTypes';
import type { SortOrder, SortOrders } from './sortOrders';
import type { TextMatch } from './thaiSearch';

/** Up to this many matches, sorting them directly is cheaper than walking a whole sort order. */
export const SMALL_SORT_MAX = 2048;

export function runQuery(
  ix: CaseIndex,
  orders: SortOrders,
  text: TextMatch | null,
  q: CaseQuery,
  searchReady = true,
  smallSortMax = SMALL_SORT_MAX,
): QueryResult {
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const limit = Math.max(0, Math.floor(q.limit ?? DEFAULT_LIMIT));
  const sort = q.sort ?? DEFAULT_SORT;

  const allowed = Uint8Array.from(BUCKETS, (b) =>
    (!q.buckets?.length || q.buckets.includes(b)) && (q.open === undefined || isOpen(b) === q.open) ? 1 : 0,
  );
  const d = ix.dicts;
  const subSel = d.subdistrict.selection(q.subdistricts);
  const catSel = d.category.selection(q.categories);
  const orgSel = d.organization.selection(q.organizations);
  const unitSel = d.unit.selection(q.units);
  const chanSel = d.channel.selection(q.channels);
  const cFrom = q.createdFrom ?? -Infinity;
  const cTo = q.createdTo ?? Infinity;
  const aFrom = q.activityFrom ?? -Infinity;
  const aTo = q.activityTo ?? Infinity;
  const starBound = q.minStar !== undefined || q.maxStar !== undefined;
  const sMin = q.minStar ?? -Infinity;
  const sMax = q.maxStar ?? Infinity;
  const { reopened, hasAfterPhoto, awaitingUnit, rated } = q;
  const counts = text?.counts;
  const need = text?.need ?? 0;

  // Hoisted columns: the loop below is the hot path (100k–500k iterations per query).
  const { flags, createdAt, lastActivityAt, star, countReopen, bucket } = ix;
  const sub = ix.subdistrict.data;
  const chan = ix.channel.data;
  const { categories, units } = ix;
  const want = q.facetValues === true;
  const fSub = new Uint32Array(want ? d.subdistrict.size : 0);
  const fCat = new Uint32Array(want ? d.category.size : 0);
  const fUnit = new Uint32Array(want ? d.unit.size : 0);
  const fChan = new Uint32Array(want ? d.channel.size : 0);
  const unitLen = ix.units.len;
  const match = new Uint8Array(ix.size);
  const facet = new Uint32Array(BUCKETS.length);
  const few: number[] = [];
  let total = 0;

  for (let r = 0, n = ix.size; r < n; r++) {
    const f = flags[r]!;
    if ((f & FLAG_ALIVE) === 0) continue;
    if (counts !== undefined && counts[r] !== need) continue;
    const c = createdAt[r]!;
    if (c < cFrom || c >= cTo) continue;
    const a = lastActivityAt[r]!;
    if (a < aFrom || a >= aTo) continue;
    if (starBound) {
      const s = star[r]!;
      if (!(s >= sMin && s <= sMax)) continue; // NaN (unrated) fails both
    }
    if (rated !== undefined && Number.isNaN(star[r]!) === rated) continue;
    if (reopened !== undefined && countReopen[r]! > 0 !== reopened) continue;
    if (hasAfterPhoto !== undefined && ((f & FLAG_AFTER_PHOTO) !== 0) !== hasAfterPhoto) continue;
    if (awaitingUnit !== undefined && (unitLen[r] === 0) !== awaitingUnit) continue;
    if (orgSel !== null && !ix.organizations.anyIn(r, orgSel)) continue;
    // Facet dimensions: which one (if any, and only one) this row fails.
    const b = bucket[r]!;
    let miss = 0;
    let dim = DIM_BUCKET;
    if (allowed[b] === 0) miss++;
    if (subSel !== null && subSel[sub[r]!] !== 1) {
      if (++miss > 1) continue;
      dim = DIM_SUB;
    }
    if (catSel !== null && !categories.anyIn(r, catSel)) {
      if (++miss > 1) continue;
      dim = DIM_CAT;
    }
    if (unitSel !== null && !units.anyIn(r, unitSel)) {
      if (++miss > 1) continue;
      dim = DIM_UNIT;
    }
    if (chanSel !== null && chanSel[chan[r]!] !== 1) {
      if (++miss > 1) continue;
      dim = DIM_CHAN;
    }
    if (miss === 1) {
      if (dim === DIM_BUCKET) facet[b]!++;
      else if (want) {
        if (dim === DIM_SUB) fSub[sub[r]!]!++;
        else if (dim === DIM_CAT) categories.countInto(r, fCat);
        else if (dim === DIM_UNIT) units.countInto(r, fUnit);
        else fChan[chan[r]!]!++;
      }
      continue;
    }
    facet[b]!++;
    if (want) {
      fSub[sub[r]!]!++;
      categories.countInto(r, fCat);
      units.countInto(r, fUnit);
      fChan[chan[r]!]!++;
    }
    match[r] = 1;
    if (++total <= smallSortMax) few.push(r);
  }

  let rows: number[] = [];
  if (limit > 0 && offset < total) {
    if (total <= smallSortMax) rows = few.sort(orders.comparator(sort.field, sort.dir)).slice(offset, offset + limit);
    else rows = walk(orders.get(sort.field), match, sort.dir, offset, limit);
  }
  const facets = facetsOf(facet);
  if (want) {
    facets.values = {
      subdistrict: valueCounts(d.subdistrict, fSub),
      category: valueCounts(d.category, fCat),
      unit: valueCounts(d.unit, fUnit),
      channel: valueCounts(d.channel, fChan),
    } satisfies Record<FacetDimension, FacetCount[]>;
  }
  return { total, ids: rows.map((r) => ix.ids[r]!), facets, searchReady };
}

/** The page along a kept ascending order: forwards for asc, backwards (nulls still last) for desc. */
function walk(order: SortOrder, match: Uint8Array, dir: SortDir, offset: number, limit: number): number[] {
  const { perm, nullStart } = order;
  const out: number[] = [];
  let skip = offset;
  const ranges: Array<[from: number, to: number, step: 1 | -1]> =
    dir === 'asc'
      ? [[0, perm.length, 1]]
      : [
          [nullStart - 1, -1, -1],
          [perm.length - 1, nullStart - 1, -1],
        ];
  for (const [from, to, step] of ranges) {
    for (let i = from; i !== to; i += step) {
      const r = perm[i]!;
      if (match[r] !== 1) continue;
      if (skip > 0) skip--;
      else if (out.push(r) >= limit) return out;
    }
  }
  return out;
}

const DIM_BUCKET = 0;
const DIM_SUB = 1;
const DIM_CAT = 2;
const DIM_UNIT = 3;
const DIM_CHAN = 4;

const collator = new Intl.Collator('th');

/** The values with a non-zero count, most frequent first, then in Thai order. */
function valueCounts(dict: StringDict, counts: Uint32Array): FacetCount[] {
  const out: FacetCount[] = [];
  counts.forEach((count, code) => {
    if (count > 0) out.push({ value: dict.values[code]!, count });
  });
  return out.sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}

function facetsOf(facet: Uint32Array): QueryFacets {
  const buckets = Object.fromEntries(BUCKETS.map((b, i) => [b, facet[i]!])) as Record<StatusBucket, number>;
  return { buckets, open: BUCKETS.reduce((sum, b) => (isOpen(b) ? sum + buckets[b] : sum), 0) };
}
