// Thai public holidays as the business-day clock sees them: the Holiday shape, the shipped default list
// (data in holidays.th.ts) and the day-set the clock looks dates up in. Pure.
// Days are Bangkok calendar days written 'YYYY-MM-DD'. A coordinator's own additions (a special day
// announced by the Cabinet, a district closure) are merged with mergeHolidays.
import { HOLIDAYS_TH } from './holidays.th';

export interface Holiday {
  /** Bangkok calendar day, 'YYYY-MM-DD' (CE year). */
  date: string;
  nameTh: string;
  nameEn: string;
  /** A substitution day (วันหยุดชดเชย) for a holiday falling on a weekend. */
  substitute?: boolean;
  /** Best estimate (lunar date not yet announced); confirm against the Cabinet's list. */
  estimated?: boolean;
}

export const DEFAULT_HOLIDAYS: readonly Holiday[] = HOLIDAYS_TH;

const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written 'YYYY-MM-DD' (rejects 2026-02-30 and BE years). */
export function isDayText(day: string): boolean {
  const m = DAY_TEXT.exec(day);
  if (!m) return false;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  if (y < 1900 || y > 2400) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The set of holiday days for lookups; malformed dates are left out. */
export function holidaySet(holidays: readonly Holiday[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const h of holidays) if (isDayText(h.date)) set.add(h.date);
  return set;
}

/** Holidays on one day (a day can carry two names, e.g. a user entry beside the default). */
export function holidaysOn(day: string, holidays: readonly Holiday[]): Holiday[] {
  return holidays.filter((h) => h.date === day);
}

/** Holidays of a CE year, in date order. */
export function holidaysInYear(yearCE: number, holidays: readonly Holiday[]): Holiday[] {
  const prefix = `${yearCE}-`;
  return holidays.filter((h) => h.date.startsWith(prefix)).sort((a, b) => a.date.localeCompare(b.date));
}

/** Defaults plus user entries; a user entry replaces a default with the same date. Sorted by date. */
export function mergeHolidays(defaults: readonly Holiday[], extra: readonly Holiday[]): Holiday[] {
  const byDate = new Map<string, Holiday>();
  for (const h of defaults) byDate.set(h.date, h);
  for (const h of extra) byDate.set(h.date, h);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
