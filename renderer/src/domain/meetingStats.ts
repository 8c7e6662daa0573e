// Meeting dashboard figures: per session, items by status bucket, overdue and the units responsible;
// across sessions, the share of meeting items resolved. Pure.
import type { CaseRecord } from './case';
import { BUCKETS, type StatusBucket } from './status';

export interface MeetingStats {
  items: number;
  byBucket: Record<StatusBucket, number>;
  resolved: number;
  overdue: number;
  /** Unit → open items routed to it ("no unit" counted under ''). */
  openByUnit: Record<string, number>;
}

const RESOLVED: ReadonlySet<StatusBucket> = new Set(['finish', 'irrelevant', 'forward']);

export function meetingStats(items: readonly CaseRecord[], isOverdue: (c: CaseRecord) => boolean): MeetingStats {
  const byBucket = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<StatusBucket, number>;
  const openByUnit: Record<string, number> = {};
  let resolved = 0;
  let overdue = 0;
  for (const c of items) {
    byBucket[c.bucket]++;
    if (RESOLVED.has(c.bucket)) {
      resolved++;
      continue;
    }
    if (isOverdue(c)) overdue++;
    for (const u of c.units.length > 0 ? c.units : ['']) openByUnit[u] = (openByUnit[u] ?? 0) + 1;
  }
  return { items: items.length, byBucket, resolved, overdue, openByUnit };
}

/** Share of items resolved (finished, irrelevant or forwarded away), 0 when there are none. */
export const resolvedShare = (s: Pick<MeetingStats, 'items' | 'resolved'>): number => (s.items === 0 ? 0 : s.resolved / s.items);
