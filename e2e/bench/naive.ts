// The baseline the query engine is compared with: a CaseQuery answered the naive way, as a register
// built on Dexie alone would do it (`db.cases.filter(fn).toArray()`, then sort and slice). Its filter
// and order follow the meanings documented in #query/queryTypes, so its page doubles as a cross-check
// of the engine's answer. Bench support only.
import { isOpen } from '#domain/status';
import type { CaseRecord } from '#domain/case';
import { DEFAULT_LIMIT, DEFAULT_SORT, type CaseQuery } from '#query/queryTypes';

const collator = new Intl.Collator('th');
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const anyOf = (have: readonly string[], want: readonly string[] | undefined) => !want?.length || have.some((v) => want.includes(v));

/** Whether a case passes every filter of the query except `text` (the baseline has no text search). */
export function naiveMatch(q: CaseQuery): (c: CaseRecord) => boolean {
  return (c) => {
    if (q.buckets?.length && !q.buckets.includes(c.bucket)) return false;
    if (q.open !== undefined && isOpen(c.bucket) !== q.open) return false;
    if (q.subdistricts?.length && !q.subdistricts.includes(c.subdistrict)) return false;
    if (!anyOf(c.categories, q.categories) || !anyOf(c.organizations, q.organizations) || !anyOf(c.units, q.units)) return false;
    if (q.awaitingUnit !== undefined && (c.units.length === 0) !== q.awaitingUnit) return false;
    if (q.createdFrom !== undefined && c.createdAt < q.createdFrom) return false;
    if (q.createdTo !== undefined && c.createdAt >= q.createdTo) return false;
    if (q.activityFrom !== undefined && c.lastActivityAt < q.activityFrom) return false;
    if (q.activityTo !== undefined && c.lastActivityAt >= q.activityTo) return false;
    if (q.minStar !== undefined || q.maxStar !== undefined) {
      if (c.star == null || c.star < (q.minStar ?? -Infinity) || c.star > (q.maxStar ?? Infinity)) return false;
    }
    if (q.reopened !== undefined && c.countReopen > 0 !== q.reopened) return false;
    if (q.hasAfterPhoto !== undefined && c.photosAfter.length > 0 !== q.hasAfterPhoto) return false;
    return true;
  };
}

/** Register order for the query's sort: ties by id in the same direction, unrated (star) last either way. */
export function naiveCompare(q: CaseQuery): (a: CaseRecord, b: CaseRecord) => number {
  const { field, dir } = q.sort ?? DEFAULT_SORT;
  const sign = dir === 'asc' ? 1 : -1;
  const ticketKey = (c: CaseRecord) => (c.ticketId ? c.ticketId : c.id);
  return (a, b) => {
    if (field === 'star' && (a.star == null) !== (b.star == null)) return a.star == null ? 1 : -1;
    let d = 0;
    switch (field) {
      case 'lastActivityAt':
      case 'createdAt':
      case 'countReopen':
        d = a[field] - b[field];
        break;
      case 'star':
        d = (a.star ?? 0) - (b.star ?? 0);
        break;
      case 'ticketId':
        d = byCode(ticketKey(a), ticketKey(b));
        break;
      case 'subdistrict':
      case 'statusLabel':
        d = collator.compare(a[field], b[field]);
        break;
    }
    return sign * (d || byCode(a.id, b.id));
  };
}

/** The first page of the query, naively. */
export function naivePage(all: CaseRecord[], q: CaseQuery): CaseRecord[] {
  const offset = q.offset ?? 0;
  return all.sort(naiveCompare(q)).slice(offset, offset + (q.limit ?? DEFAULT_LIMIT));
}
