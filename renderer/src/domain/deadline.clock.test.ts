// The business-day clock: Bangkok days, weekends, Thai holidays, pauses (deadline.ts over businessDays.ts).
import { describe, expect, it } from 'vitest';
import { addBusinessDays, bangkokDay, businessDaysElapsed, isBusinessDay } from './deadline';
import { businessDaysIn, dayNumberOfText, isBusinessDayNumber } from './businessDays';
import { DEFAULT_HOLIDAYS, holidaySet } from './holidays';
import { formatThaiDate } from './thaiDate';

// Bangkok wall-clock time as epoch ms (UTC+7, no DST).
const bkk = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, mo - 1, d, h - 7, mi, s, ms);
const endOf = (y: number, mo: number, d: number) => bkk(y, mo, d, 23, 59, 59, 999);
const H = holidaySet(DEFAULT_HOLIDAYS);
const NONE: ReadonlySet<string> = new Set();

describe('Bangkok days', () => {
  it('names the Bangkok calendar day, not the UTC one', () => {
    expect(bangkokDay(Date.UTC(2026, 0, 1, 16, 59, 59, 999))).toBe('2026-01-01');
    expect(bangkokDay(Date.UTC(2026, 0, 1, 17, 0))).toBe('2026-01-02'); // 00:00 on 2 Jan in Bangkok
    expect(bangkokDay(bkk(2026, 12, 31, 23, 59))).toBe('2026-12-31');
  });

  it('knows weekends and holidays', () => {
    expect(isBusinessDay('2026-04-10', H)).toBe(true); // Friday
    expect(isBusinessDay('2026-04-11', H)).toBe(false); // Saturday
    expect(isBusinessDay('2026-04-13', H)).toBe(false); // Songkran
    expect(isBusinessDay('2026-04-13', NONE)).toBe(true);
    expect(isBusinessDay('2026-04-16', H)).toBe(true);
    expect(() => isBusinessDay('2026-13-01', H)).toThrow(RangeError);
  });
});

describe('addBusinessDays', () => {
  it('counts from the next business day: Friday evening + 1 is Monday, end of day', () => {
    expect(addBusinessDays(bkk(2026, 3, 6, 19, 30), 1, H)).toBe(endOf(2026, 3, 9));
    expect(addBusinessDays(bkk(2026, 3, 9, 9), 1, H)).toBe(endOf(2026, 3, 10));
    expect(addBusinessDays(bkk(2026, 3, 9, 9), 5, H)).toBe(endOf(2026, 3, 16));
    expect(addBusinessDays(bkk(2026, 3, 9, 9), 0, H)).toBe(endOf(2026, 3, 9));
    expect(() => addBusinessDays(bkk(2026, 3, 9, 9), Infinity, H)).toThrow(RangeError);
  });

  it('skips Songkran (13–15 April) and Chakri Day', () => {
    expect(addBusinessDays(bkk(2026, 4, 10, 10), 3, H)).toBe(endOf(2026, 4, 20));
    expect(addBusinessDays(bkk(2026, 4, 10, 10), 3, NONE)).toBe(endOf(2026, 4, 15));
    expect(addBusinessDays(bkk(2026, 4, 3, 10), 1, H)).toBe(endOf(2026, 4, 7)); // Mon 6 Apr is Chakri Day
  });

  it("skips a substitution day: Father's Day falls on Saturday 5 Dec 2569, Monday 7 Dec is off", () => {
    expect(addBusinessDays(bkk(2026, 12, 4, 15), 1, H)).toBe(endOf(2026, 12, 8));
  });

  it('sees later edits to a holiday set', () => {
    const set = new Set<string>();
    expect(addBusinessDays(bkk(2026, 11, 2, 9), 1, set)).toBe(endOf(2026, 11, 3));
    set.add('2026-11-03'); // a district closure added in settings
    expect(addBusinessDays(bkk(2026, 11, 2, 9), 1, set)).toBe(endOf(2026, 11, 4));
  });

  it('crosses the BE year boundary: 30 Dec 2569 + 3 → 6 Jan 2570 (31 Dec, 1 Jan and the weekend skipped)', () => {
    const due = addBusinessDays(bkk(2026, 12, 30, 10), 3, H);
    expect(due).toBe(endOf(2027, 1, 6));
    expect(formatThaiDate(due, { style: 'formal' })).toBe('6 มกราคม 2570');
  });

  it('uses the Bangkok day at midnight edges: 17:30 UTC Thursday is already Friday in Bangkok', () => {
    const received = Date.UTC(2026, 2, 5, 17, 30); // Thu 5 Mar UTC = Fri 6 Mar 00:30 Bangkok
    expect(addBusinessDays(received, 1, H)).toBe(endOf(2026, 3, 9));
    expect(addBusinessDays(Date.UTC(2026, 2, 5, 16, 59), 1, H)).toBe(endOf(2026, 3, 6)); // still Thursday 23:59
    expect(endOf(2026, 3, 9)).toBe(Date.UTC(2026, 2, 9, 16, 59, 59, 999));
  });
});

describe('businessDaysElapsed', () => {
  const mon = bkk(2026, 6, 8, 9); // Monday 8 June 2026
  it('counts business days after the receipt day through today', () => {
    expect(businessDaysElapsed(mon, bkk(2026, 6, 8, 17), H, [])).toBe(0);
    expect(businessDaysElapsed(mon, bkk(2026, 6, 9, 8), H, [])).toBe(1);
    expect(businessDaysElapsed(mon, bkk(2026, 6, 15, 8), H, [])).toBe(5);
    expect(businessDaysElapsed(mon, bkk(2026, 6, 1), H, [])).toBe(0); // now before start
  });

  it('leaves out paused business days, closed and open', () => {
    const closed = { from: bkk(2026, 6, 9, 10), to: bkk(2026, 6, 11, 9) }; // Tue and Wed paused
    expect(businessDaysElapsed(mon, bkk(2026, 6, 15, 8), H, [closed])).toBe(3);
    const open = { from: bkk(2026, 6, 10, 14), to: null }; // Wed, Thu, Fri, Mon paused
    expect(businessDaysElapsed(mon, bkk(2026, 6, 15, 8), H, [open])).toBe(1);
    // Overlapping pauses are not counted twice; a pause begun and ended on one day pauses nothing.
    expect(businessDaysElapsed(mon, bkk(2026, 6, 15, 8), H, [closed, { from: bkk(2026, 6, 10, 9), to: bkk(2026, 6, 11, 8) }])).toBe(3);
    expect(businessDaysElapsed(mon, bkk(2026, 6, 15, 8), H, [{ from: bkk(2026, 6, 9, 9), to: bkk(2026, 6, 9, 15) }])).toBe(5);
  });

  it('agrees with a day-by-day count over long spans', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const start = dayNumberOfText('2025-11-01')!;
    for (let i = 0; i < 200; i++) {
      const a = start + Math.floor(rand() * 500);
      const b = a + Math.floor(rand() * 400) - 20;
      let naive = 0;
      for (let d = a; d <= b; d++) if (isBusinessDayNumber(d, H)) naive++;
      expect(businessDaysIn(a, b, H)).toBe(naive);
    }
  });
});
