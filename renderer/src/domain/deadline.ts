// The business-day deadline clock (DOMAIN.md §5, §9): Bangkok calendar days, Mon–Fri minus Thai public
// holidays, deadline rules per Traffy category, pauses while a case waits on budget, procurement or a
// legal process, and the 0–7 / 8–14 / 15–30 / >30 ageing buckets. Pure: clock, holidays and rules are passed in.
//
// Counting: the day a case is received is day 0; business days count from the next business day
// (received Friday evening with 1 business day → due Monday 23:59:59.999 Bangkok). Today counts as used
// once it has begun, so businessDaysLeft is 0 on the due day. A pause makes the business days it covers
// not count: the day a pause begins is paused, the day it ends counts again; an open pause runs through today.
import {
  businessDaysIn,
  businessDaysInRanges,
  dayNumber,
  dayNumberOfText,
  dayText,
  endOfDay,
  isBusinessDayNumber,
  mergeRanges,
  nthBusinessDayAfter,
  type DayRanges,
} from './businessDays';

/** 'YYYY-MM-DD' of the Bangkok calendar day an instant falls on. */
export function bangkokDay(t: number): string {
  return dayText(dayNumber(t));
}

/** Mon–Fri and not a holiday. Throws on text that is not a 'YYYY-MM-DD' date. */
export function isBusinessDay(day: string, holidays: ReadonlySet<string>): boolean {
  const n = dayNumberOfText(day);
  if (n === null) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return isBusinessDayNumber(n, holidays);
}

/** End (23:59:59.999 Bangkok) of the `days`-th business day after the day of `start`; days ≤ 0 → end of that day. */
export function addBusinessDays(start: number, days: number, holidays: ReadonlySet<string>): number {
  return endOfDay(nthBusinessDayAfter(dayNumber(start), Math.ceil(days), holidays));
}

/** A stretch when the case waits on budget/procurement/legal process; `to` null = still paused. Epoch ms. */
export interface Pause {
  from: number;
  to: number | null;
}

/** Pauses as half-open day ranges, cut off at `asOf` (an open pause covers through asOf's day). */
function pauseRanges(pauses: readonly Pause[], asOf: number): DayRanges {
  const asOfDay = dayNumber(asOf);
  const ranges: [number, number][] = [];
  for (const p of pauses) {
    if (!(p.from <= asOf)) continue;
    const end = p.to === null || p.to > asOf ? asOfDay + 1 : dayNumber(p.to);
    ranges.push([dayNumber(p.from), end]);
  }
  return mergeRanges(ranges);
}

/** Business days from the day after `start` through the day of `now`, less the paused ones. */
export function businessDaysElapsed(start: number, now: number, holidays: ReadonlySet<string>, pauses: readonly Pause[]): number {
  const from = dayNumber(start) + 1;
  const to = dayNumber(now);
  if (to < from) return 0;
  return businessDaysIn(from, to, holidays) - businessDaysInRanges(pauseRanges(pauses, now), from, to, holidays);
}

export interface DeadlineRule {
  /** A Traffy category (ถนน, น้ำท่วม …), or '*' for the default. */
  category: string;
  businessDays: number;
}

export const DEFAULT_DEADLINE_DAYS = 15;

/**
 * Working defaults, to be confirmed by each district (editable): hazards and health first, repairs that
 * need a work crew or contractor later. Not an official BMA service standard.
 */
export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [
  { category: 'น้ำท่วม', businessDays: 3 },
  { category: 'สายไฟ', businessDays: 5 },
  { category: 'ความสะอาด', businessDays: 5 },
  { category: 'คนจรจัด', businessDays: 5 },
  { category: 'แสงสว่าง', businessDays: 7 },
  { category: 'ท่อระบายน้ำ', businessDays: 7 },
  { category: 'ต้นไม้', businessDays: 7 },
  { category: 'กีดขวาง', businessDays: 7 },
  { category: 'จราจร', businessDays: 7 },
  { category: 'เสียงรบกวน', businessDays: 7 },
  { category: 'PM2.5', businessDays: 7 },
  { category: 'ทางเท้า', businessDays: 15 },
  { category: 'ถนน', businessDays: 15 },
  { category: 'ป้าย', businessDays: 15 },
  { category: 'สะพาน', businessDays: 30 },
  { category: '*', businessDays: DEFAULT_DEADLINE_DAYS },
];

const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();

interface RuleIndex {
  shortest: Map<string, number>;
  fallback: number | null;
}

// Rule lists are read for every row of the register and change rarely: indexed once per list, so treat
// a list as immutable (settings build a new array on edit).
const ruleCache = new WeakMap<readonly DeadlineRule[], RuleIndex>();

function ruleIndex(rules: readonly DeadlineRule[]): RuleIndex {
  const cached = ruleCache.get(rules);
  if (cached) return cached;
  const index: RuleIndex = { shortest: new Map(), fallback: null };
  for (const r of rules) {
    const key = norm(r.category);
    if (key === '*') index.fallback ??= r.businessDays;
    else index.shortest.set(key, Math.min(r.businessDays, index.shortest.get(key) ?? Infinity));
  }
  ruleCache.set(rules, index);
  return index;
}

/** The shortest rule matching any of the categories; else the '*' rule; else DEFAULT_DEADLINE_DAYS. */
export function deadlineDays(categories: readonly string[], rules: readonly DeadlineRule[]): number {
  const { shortest, fallback } = ruleIndex(rules);
  let best: number | null = null;
  for (const c of categories) {
    const days = shortest.get(norm(c));
    if (days !== undefined && (best === null || days < best)) best = days;
  }
  return best ?? fallback ?? DEFAULT_DEADLINE_DAYS;
}

export interface DeadlineInput {
  receivedAt: number;
  categories: string[];
  pauses: Pause[];
  now: number;
  /** When the case was finished (or otherwise closed): the clock stops there. */
  closedAt?: number | null;
}

export interface DeadlineState {
  /** Epoch ms, end of the due business day (Bangkok); later by the business days paused before it. */
  dueAt: number;
  businessDaysUsed: number;
  /** Negative once overdue (business days over). */
  businessDaysLeft: number;
  overdue: boolean;
  /** An open pause right now (never for a closed case). */
  paused: boolean;
}

export function deadlineState(input: DeadlineInput, rules: readonly DeadlineRule[], holidays: ReadonlySet<string>): DeadlineState {
  const closed = input.closedAt != null;
  const asOf = closed ? Math.min(input.now, input.closedAt!) : input.now;
  const days = deadlineDays(input.categories, rules);
  const ranges = pauseRanges(input.pauses, asOf);
  const used = businessDaysElapsed(input.receivedAt, asOf, holidays, input.pauses);
  const dueAt = endOfDay(nthBusinessDayAfter(dayNumber(input.receivedAt), days, holidays, ranges));
  const paused = !closed && input.pauses.some((p) => p.from <= asOf && (p.to === null || p.to > asOf));
  return { dueAt, businessDaysUsed: used, businessDaysLeft: days - used, overdue: asOf > dueAt, paused };
}

export const AGEING_BUCKETS = ['0-7', '8-14', '15-30', '>30'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

/** Bucket for an age in days (fractions round down; negatives count as 0). */
export function ageingBucket(days: number): AgeingBucket {
  const d = Math.floor(days);
  if (!(d > 7)) return '0-7';
  if (d <= 14) return '8-14';
  if (d <= 30) return '15-30';
  return '>30';
}

/** Whole Bangkok calendar days from the day of `start` to the day of `now` (the age used for ageing buckets). */
export function calendarDaysBetween(start: number, now: number): number {
  return Math.max(0, dayNumber(now) - dayNumber(start));
}

export { PAUSING_STATUS_LABELS, isPausingStatus, pausesFromStatusHistory } from './pausing';
