// Follow-ups: what the coordinator must do next about a case, by when (call the complainant, check the
// site, chase the unit, reply to a letter), and what came of it. Pure types and rules.

export const FOLLOW_UP_KINDS = ['call-complainant', 'check-site', 'chase-unit', 'reply-letter', 'other'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export type FollowUpState = 'open' | 'done' | 'cancelled';

export interface FollowUp {
  seq?: number;
  caseId: string;
  kind: FollowUpKind;
  /** Epoch ms. */
  dueAt: number;
  note: string;
  state: FollowUpState;
  createdAt: number;
  doneAt: number | null;
  outcome: string;
  /** When a reminder for it was shown (so it is shown once). */
  remindedAt: number | null;
}

export type FollowUpProblem = 'due-in-past' | 'bad-date';

/** A new follow-up must be due in the future (a minute's grace for slow typing). */
export function checkNewFollowUp(dueAt: number, now: number): FollowUpProblem | null {
  if (!Number.isFinite(dueAt)) return 'bad-date';
  return dueAt < now - 60_000 ? 'due-in-past' : null;
}

const BANGKOK = 7 * 3600_000;
const DAY = 86_400_000;
const dayOf = (t: number) => Math.floor((t + BANGKOK) / DAY);

/** Where an open follow-up stands today: overdue (a past day, or earlier today), due today, or later. */
export function followUpTiming(f: Pick<FollowUp, 'dueAt' | 'state'>, now: number): 'overdue' | 'today' | 'later' | 'closed' {
  if (f.state !== 'open') return 'closed';
  if (f.dueAt <= now) return 'overdue';
  return dayOf(f.dueAt) === dayOf(now) ? 'today' : 'later';
}

/** Open follow-ups whose time has come and that were not yet reminded. */
export function dueForReminder(list: readonly FollowUp[], now: number): FollowUp[] {
  return list.filter((f) => f.state === 'open' && f.dueAt <= now && f.remindedAt === null);
}
