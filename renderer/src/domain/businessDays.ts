// Bangkok calendar-day arithmetic under the business-day clock: instants → day numbers (days since
// 1970-01-01 in Bangkok, UTC+7, no DST), weekday and holiday tests, and counting business days over long
// spans without walking them day by day. Pure. deadline.ts builds the public clock on top of this.

export const DAY_MS = 86_400_000;
const BANGKOK_OFFSET_MS = 7 * 3600_000;

/** Bangkok calendar day number of an instant (0 = 1970-01-01 in Bangkok). */
export function dayNumber(t: number): number {
  return Math.floor((t + BANGKOK_OFFSET_MS) / DAY_MS);
}

/** 'YYYY-MM-DD' of a day number. */
export function dayText(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of 'YYYY-MM-DD'; null when the text is not a date. */
export function dayNumberOfText(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isFinite(t) && dayText(t / DAY_MS) === day ? t / DAY_MS : null;
}

/** Last millisecond (23:59:59.999 Bangkok) of a day number. */
export function endOfDay(n: number): number {
  return (n + 1) * DAY_MS - BANGKOK_OFFSET_MS - 1;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

const isWeekday = (n: number) => {
  const w = weekdayOf(n);
  return w >= 1 && w <= 5;
};

interface HolidayIndex {
  size: number;
  /** Holidays on Mon–Fri only (a Saturday holiday changes nothing), sorted. */
  sorted: number[];
  set: Set<number>;
}

// Cached per set (rebuilt when its size changes): treat holiday sets as immutable and build a new one after edits.
const indexCache = new WeakMap<ReadonlySet<string>, HolidayIndex>();

function holidayIndex(holidays: ReadonlySet<string>): HolidayIndex {
  const cached = indexCache.get(holidays);
  if (cached && cached.size === holidays.size) return cached;
  const set = new Set<number>();
  for (const day of holidays) {
    const n = dayNumberOfText(day);
    if (n !== null && isWeekday(n)) set.add(n);
  }
  const index = { size: holidays.size, sorted: [...set].sort((a, b) => a - b), set };
  indexCache.set(holidays, index);
  return index;
}

export function isBusinessDayNumber(n: number, holidays: ReadonlySet<string>): boolean {
  return isWeekday(n) && !holidayIndex(holidays).set.has(n);
}

/** Mon–Fri days in [from, to] (inclusive); 0 when to < from. */
function weekdaysIn(from: number, to: number): number {
  if (to < from) return 0;
  // Count from the Monday on or before `from`, whole weeks plus the tail.
  const monday = from - ((weekdayOf(from) + 6) % 7);
  const upTo = (end: number) => {
    const days = end - monday + 1;
    return Math.floor(days / 7) * 5 + Math.min(days % 7, 5);
  };
  return upTo(to) - upTo(from - 1);
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Business days in [from, to] (inclusive). */
export function businessDaysIn(from: number, to: number, holidays: ReadonlySet<string>): number {
  if (to < from) return 0;
  const { sorted } = holidayIndex(holidays);
  const holidayCount = lowerBound(sorted, to + 1) - lowerBound(sorted, from);
  return weekdaysIn(from, to) - holidayCount;
}

/** Half-open day ranges [from, to), sorted and not overlapping. */
export type DayRanges = readonly (readonly [number, number])[];

export function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Business days inside the ranges, clipped to [from, to]. */
export function businessDaysInRanges(ranges: DayRanges, from: number, to: number, holidays: ReadonlySet<string>): number {
  let total = 0;
  for (const [a, b] of ranges) total += businessDaysIn(Math.max(a, from), Math.min(b - 1, to), holidays);
  return total;
}

/**
 * The day on which the n-th counting business day after `startDay` falls, skipping days in `skip`
 * (pauses). n ≤ 0 gives startDay itself; a non-finite n throws (it would never end).
 */
export function nthBusinessDayAfter(startDay: number, n: number, holidays: ReadonlySet<string>, skip: DayRanges = []): number {
  if (!Number.isFinite(n) || !Number.isFinite(startDay)) throw new RangeError(`business days must be finite: ${n}`);
  const { set } = holidayIndex(holidays);
  let day = startDay;
  let counted = 0;
  let r = 0;
  while (counted < n) {
    day++;
    while (r < skip.length && skip[r]![1] <= day) r++;
    const range = skip[r];
    if (range && range[0] <= day) {
      day = range[1] - 1; // jump over the whole pause
      continue;
    }
    if (isWeekday(day) && !set.has(day)) counted++;
  }
  return day;
}
