// When background sync may run and spend credits. Pure: the clock and the ledger are passed in.
// Default: a pull every 2 hours in office hours (08:30–16:30 Bangkok, Monday–Friday: 5 pulls a day),
// at most 12 background calls a day, and nothing in the background once the balance is under 50.
// Manual "sync now" is never blocked by the schedule or the daily budget, only by an empty quota.

const BANGKOK_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface SyncSchedule {
  mode: 'office-hours' | 'manual';
  everyMinutes: number;
  /** Minutes after Bangkok midnight. */
  startMinute: number;
  endMinute: number;
  /** 0 = Sunday … 6 = Saturday. */
  workdays: number[];
  /** Background calls a day (pulls, retries, details). */
  dailyBudget: number;
  /** Below this credit balance, background sync stops. */
  stopBelowCredits: number;
}

export const DEFAULT_SCHEDULE: SyncSchedule = {
  mode: 'office-hours',
  everyMinutes: 120,
  startMinute: 8 * 60 + 30,
  endMinute: 16 * 60 + 30,
  workdays: [1, 2, 3, 4, 5],
  dailyBudget: 12,
  stopBelowCredits: 50,
};

/** Calls made, by Bangkok day and month (every attempt counts: the central service charges failed calls too). */
export interface CallLedger {
  day: string;
  callsToday: number;
  month: string;
  callsThisMonth: number;
  backgroundToday: number;
}

export const EMPTY_LEDGER: CallLedger = { day: '', callsToday: 0, month: '', callsThisMonth: 0, backgroundToday: 0 };

const bangkokIso = (t: number) => new Date(t + BANGKOK_OFFSET_MS).toISOString();

/** The ledger as of `now`: counters start again on a new Bangkok day or month. */
export function currentLedger(ledger: CallLedger, now: number): CallLedger {
  const iso = bangkokIso(now);
  const day = iso.slice(0, 10);
  const month = iso.slice(0, 7);
  const sameMonth = ledger.month === month;
  const sameDay = ledger.day === day;
  return {
    day,
    month,
    callsToday: sameDay ? ledger.callsToday : 0,
    backgroundToday: sameDay ? ledger.backgroundToday : 0,
    callsThisMonth: sameMonth ? ledger.callsThisMonth : 0,
  };
}

export function recordCall(ledger: CallLedger, now: number, background: boolean): CallLedger {
  const l = currentLedger(ledger, now);
  return {
    ...l,
    callsToday: l.callsToday + 1,
    callsThisMonth: l.callsThisMonth + 1,
    backgroundToday: l.backgroundToday + (background ? 1 : 0),
  };
}

/** The office-hours slots of the Bangkok day containing `t`, as epoch ms (none on a day off). */
function slotsOfDay(t: number, s: SyncSchedule): number[] {
  const local = t + BANGKOK_OFFSET_MS;
  const midnight = local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - BANGKOK_OFFSET_MS;
  const weekday = new Date(midnight + BANGKOK_OFFSET_MS).getUTCDay();
  if (!s.workdays.includes(weekday) || s.everyMinutes <= 0) return [];
  const slots: number[] = [];
  for (let m = s.startMinute; m <= s.endMinute; m += s.everyMinutes) slots.push(midnight + m * MINUTE_MS);
  return slots;
}

/** The latest slot at or before `now` (looking back up to a week), or null. */
function lastSlotAtOrBefore(now: number, s: SyncSchedule): number | null {
  for (let d = 0; d < 8; d++) {
    const slots = slotsOfDay(now - d * DAY_MS, s).filter((x) => x <= now);
    if (slots.length > 0) return slots[slots.length - 1]!;
  }
  return null;
}

/** The next slot strictly after `t` (looking ahead up to a week), or null when the schedule has none. */
export function nextSlotAfter(t: number, s: SyncSchedule): number | null {
  if (s.mode === 'manual') return null;
  for (let d = 0; d < 8; d++) {
    const next = slotsOfDay(t + d * DAY_MS, s).find((x) => x > t);
    if (next !== undefined) return next;
  }
  return null;
}

/**
 * A background pull is due when a slot has passed since the last pull attempt. Slots missed while the
 * PC was off are caught up with one pull, not one per slot.
 */
export function pullDue(lastAttemptAt: number | null, now: number, s: SyncSchedule): boolean {
  if (s.mode === 'manual') return false;
  const slot = lastSlotAtOrBefore(now, s);
  return slot !== null && (lastAttemptAt === null || lastAttemptAt < slot);
}

export type BackgroundBlock = 'manual' | 'quota-exhausted' | 'threshold' | 'daily-budget';

/** Why background calls may not run now (null: they may). */
export function backgroundBlock(
  s: SyncSchedule,
  ledger: CallLedger,
  credits: { balance: number | null; unlimited: boolean; exhausted: boolean },
  now: number,
): BackgroundBlock | null {
  if (s.mode === 'manual') return 'manual';
  if (credits.exhausted) return 'quota-exhausted';
  if (!credits.unlimited && credits.balance !== null && credits.balance < s.stopBelowCredits) return 'threshold';
  if (currentLedger(ledger, now).backgroundToday >= s.dailyBudget) return 'daily-budget';
  return null;
}

/** Background calls still allowed today. */
export function backgroundCallsLeft(s: SyncSchedule, ledger: CallLedger, now: number): number {
  return Math.max(0, s.dailyBudget - currentLedger(ledger, now).backgroundToday);
}
