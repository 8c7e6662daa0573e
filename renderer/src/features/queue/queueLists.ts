// What "my queue" holds: the lists a coordinator works through every morning, each defined once as
// an engine query (or from the follow-up and outbox tables). Pure definitions; useQueue runs them.
import type { CaseQuery } from '#query/queryTypes';

export const QUEUE_KEYS = [
  'new-unrouted',
  'followups-overdue',
  'followups-today',
  'past-deadline',
  'reopened',
  'low-rated',
  'stuck-with-unit',
  'push-failed',
  'conflicts',
] as const;
export type QueueKey = (typeof QUEUE_KEYS)[number];

const DAY = 86_400_000;
/** A case routed to a unit with no movement for this long is "stuck with the unit". */
export const STUCK_DAYS = 7;
/** Low ratings older than this are history, not today's work. */
export const LOW_RATING_DAYS = 30;

/** The engine queries behind the lists that come from the register itself. */
export function engineQueries(now: number): Partial<Record<QueueKey, CaseQuery>> {
  return {
    'new-unrouted': { buckets: ['waiting'], awaitingUnit: true },
    reopened: { open: true, reopened: true },
    'low-rated': { minStar: 1, maxStar: 2, activityFrom: now - LOW_RATING_DAYS * DAY },
    'stuck-with-unit': {
      open: true,
      awaitingUnit: false,
      activityTo: now - STUCK_DAYS * DAY,
      sort: { field: 'lastActivityAt', dir: 'asc' },
    },
  };
}

export interface QueueList {
  /** A queue list, or `unit:<name>` for a unit's open cases. */
  key: QueueKey | `unit:${string}`;
  count: number;
  /** Case ids, most urgent first (at most LIST_LIMIT). */
  ids: string[];
  /** A line per case where the list has more to say (the follow-up due, the push error). */
  notes?: Record<string, string>;
}

export const LIST_LIMIT = 500;
