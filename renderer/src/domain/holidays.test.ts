import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAYS, holidaySet, holidaysInYear, holidaysOn, isDayText, mergeHolidays } from './holidays';

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

describe('DEFAULT_HOLIDAYS', () => {
  it('covers BE 2569 and BE 2570 with valid, distinct, sorted dates and both names', () => {
    const dates = DEFAULT_HOLIDAYS.map((h) => h.date);
    expect(dates.every(isDayText)).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    expect(DEFAULT_HOLIDAYS.every((h) => h.nameTh.length > 0 && h.nameEn.length > 0)).toBe(true);
    expect(holidaysInYear(2026, DEFAULT_HOLIDAYS)).toHaveLength(22);
    expect(holidaysInYear(2027, DEFAULT_HOLIDAYS)).toHaveLength(22);
  });

  it('has the fixed-date holidays and Songkran in both years', () => {
    for (const y of [2026, 2027]) {
      for (const md of [
        '01-01',
        '04-06',
        '04-13',
        '04-14',
        '04-15',
        '05-04',
        '06-03',
        '07-28',
        '08-12',
        '10-13',
        '10-23',
        '12-05',
        '12-10',
        '12-31',
      ]) {
        expect(holidaysOn(`${y}-${md}`, DEFAULT_HOLIDAYS), `${y}-${md}`).toHaveLength(1);
      }
    }
  });

  it('has the 2569 lunar holidays of an athikamat year and the 2569 special days', () => {
    const names = (day: string) => holidaysOn(day, DEFAULT_HOLIDAYS).map((h) => h.nameTh);
    expect(names('2026-03-03')).toEqual(['วันมาฆบูชา']);
    expect(names('2026-05-31')).toEqual(['วันวิสาขบูชา']);
    expect(names('2026-07-29')).toEqual(['วันอาสาฬหบูชา']);
    expect(names('2026-07-30')).toEqual(['วันเข้าพรรษา']);
    expect(names('2026-05-13')).toEqual(['วันพืชมงคล']);
    expect(names('2026-01-02')).toEqual(['วันหยุดราชการเพิ่มเป็นกรณีพิเศษ']);
  });

  it('puts every substitution day on a weekday right after a weekend holiday (or another holiday)', () => {
    const set = holidaySet(DEFAULT_HOLIDAYS);
    for (const h of DEFAULT_HOLIDAYS.filter((x) => x.substitute)) {
      expect([1, 2], h.date).toContain(weekday(h.date));
      const prev = new Date(Date.parse(`${h.date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(set.has(prev) || [0, 6].includes(weekday(prev)), h.date).toBe(true);
    }
    // Weekend holidays of 2569 have their substitute: Visakha Bucha (Sun 31 May), Father's Day (Sat 5 Dec).
    expect(set.has('2026-06-01')).toBe(true);
    expect(set.has('2026-12-07')).toBe(true);
  });

  it('marks only BE 2570 lunar dates (and their substitutes) as estimated', () => {
    const estimated = DEFAULT_HOLIDAYS.filter((h) => h.estimated).map((h) => h.date);
    expect(estimated).toEqual(['2027-02-21', '2027-02-22', '2027-05-20', '2027-07-18', '2027-07-19', '2027-07-20']);
  });
});

describe('holidaySet and helpers', () => {
  it('builds a lookup set and leaves malformed dates out', () => {
    const set = holidaySet([
      { date: '2026-04-13', nameTh: 'วันสงกรานต์', nameEn: 'Songkran' },
      { date: '2569-04-13', nameTh: 'ปีพุทธศักราช', nameEn: 'BE year: rejected' },
      { date: '2026-02-30', nameTh: 'ไม่มีวันนี้', nameEn: 'no such day' },
      { date: '13/04/2026', nameTh: 'รูปแบบผิด', nameEn: 'wrong format' },
    ]);
    expect([...set]).toEqual(['2026-04-13']);
  });

  it('merges user entries over the defaults by date', () => {
    const merged = mergeHolidays(DEFAULT_HOLIDAYS, [
      { date: '2027-02-22', nameTh: 'แก้ไขโดยผู้ใช้', nameEn: 'User edit' },
      { date: '2026-11-02', nameTh: 'วันหยุดพิเศษของเขต', nameEn: 'District closure' },
    ]);
    expect(merged).toHaveLength(DEFAULT_HOLIDAYS.length + 1);
    expect(holidaysOn('2027-02-22', merged)[0]!.nameEn).toBe('User edit');
    expect(holidaysOn('2026-11-02', merged)).toHaveLength(1);
  });
});
