// Choosing the cheapest get-issues window that still covers everything since the last good pull.
// `today` covers 24 h and `3days` 72 h of last_activity; margins allow for clock skew and the
// central cache (up to 600 s old). Pure.
import type { PullWindow } from './client';

const HOUR = 3600_000;
export const ALL_CAP = 5000;

export function choosePullWindow(lastPullAt: number | null, now: number): PullWindow {
  if (lastPullAt == null) return 'all';
  const age = now - lastPullAt;
  if (age < 0) return 'all'; // clock moved backwards: trust nothing
  if (age <= 23 * HOUR) return 'today';
  if (age <= 71 * HOUR) return '3days';
  return 'all';
}

export type GapReason = 'cap' | 'offline';

/**
 * `all` returns at most the 5,000 newest rows: at the cap, older changes may have been missed. And after
 * more than 3 days without a good pull, a ticket that left the district meanwhile (forwarded to another
 * agency) is no longer in any list we can fetch, so its copy here may be stale: a file catch-up fixes both.
 */
export function gapReason(window: PullWindow, received: number, lastPullAt: number | null, now: number): GapReason | null {
  if (window === 'all' && received >= ALL_CAP) return 'cap';
  if (lastPullAt !== null && now - lastPullAt > 72 * HOUR) return 'offline';
  return null;
}
