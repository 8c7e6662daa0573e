// Deadline rules, deadline state with pauses, ageing buckets and pausing statuses.
import { describe, expect, it } from 'vitest';
import {
  AGEING_BUCKETS,
  DEFAULT_DEADLINE_RULES,
  PAUSING_STATUS_LABELS,
  ageingBucket,
  calendarDaysBetween,
  deadlineDays,
  deadlineState,
  isPausingStatus,
  pausesFromStatusHistory,
} from './deadline';
import { DEFAULT_HOLIDAYS, holidaySet } from './holidays';

// Bangkok wall-clock time as epoch ms (UTC+7, no DST).
const bkk = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, mo - 1, d, h - 7, mi, s, ms);
const endOf = (y: number, mo: number, d: number) => bkk(y, mo, d, 23, 59, 59, 999);
const H = holidaySet(DEFAULT_HOLIDAYS);

describe('deadline rules', () => {
  it('takes the shortest matching rule, else the default of 15', () => {
    expect(deadlineDays(['ถนน', 'น้ำท่วม'], DEFAULT_DEADLINE_RULES)).toBe(3);
    expect(deadlineDays(['ถนน'], DEFAULT_DEADLINE_RULES)).toBe(15);
    expect(deadlineDays(['pm2.5'], DEFAULT_DEADLINE_RULES)).toBe(7);
    expect(deadlineDays([' ทางเท้า '], DEFAULT_DEADLINE_RULES)).toBe(15);
    expect(deadlineDays([], DEFAULT_DEADLINE_RULES)).toBe(15);
    expect(deadlineDays(['ร้องเรียนอื่น'], [])).toBe(15);
    expect(deadlineDays(['ร้องเรียนอื่น'], [{ category: '*', businessDays: 20 }])).toBe(20);
  });

  it('has a rule for each common Traffy category', () => {
    const cats = DEFAULT_DEADLINE_RULES.map((r) => r.category);
    for (const c of [
      'ถนน',
      'ทางเท้า',
      'ท่อระบายน้ำ',
      'น้ำท่วม',
      'แสงสว่าง',
      'ความสะอาด',
      'ต้นไม้',
      'กีดขวาง',
      'จราจร',
      'เสียงรบกวน',
      'คนจรจัด',
      'สายไฟ',
      '*',
    ]) {
      expect(cats).toContain(c);
    }
  });
});

describe('deadlineState', () => {
  const base = { receivedAt: bkk(2026, 6, 8, 9), categories: ['น้ำท่วม'] }; // 3 business days: due Thu 11 June
  const rules = DEFAULT_DEADLINE_RULES;

  it('runs and goes overdue without pauses', () => {
    expect(deadlineState({ ...base, pauses: [], now: bkk(2026, 6, 10, 12) }, rules, H)).toEqual({
      dueAt: endOf(2026, 6, 11),
      businessDaysUsed: 2,
      businessDaysLeft: 1,
      overdue: false,
      paused: false,
    });
    const late = deadlineState({ ...base, pauses: [], now: bkk(2026, 6, 12, 9) }, rules, H);
    expect(late).toMatchObject({ businessDaysUsed: 4, businessDaysLeft: -1, overdue: true });
  });

  it('moves the due date later by the business days paused (closed pause)', () => {
    const pauses = [{ from: bkk(2026, 6, 9, 10), to: bkk(2026, 6, 11, 10) }];
    expect(deadlineState({ ...base, pauses, now: bkk(2026, 6, 12, 12) }, rules, H)).toEqual({
      dueAt: endOf(2026, 6, 15),
      businessDaysUsed: 2,
      businessDaysLeft: 1,
      overdue: false,
      paused: false,
    });
  });

  it('keeps moving while a pause is open', () => {
    const pauses = [{ from: bkk(2026, 6, 9, 10), to: null }];
    const s = deadlineState({ ...base, pauses, now: bkk(2026, 6, 12, 12) }, rules, H);
    expect(s).toEqual({ dueAt: endOf(2026, 6, 17), businessDaysUsed: 0, businessDaysLeft: 3, overdue: false, paused: true });
    const later = deadlineState({ ...base, pauses, now: bkk(2026, 6, 16, 12) }, rules, H);
    expect(later.dueAt).toBe(endOf(2026, 6, 19));
  });

  it('does not forgive lateness with a pause begun after the due date', () => {
    const pauses = [{ from: bkk(2026, 6, 15, 9), to: null }];
    const s = deadlineState({ ...base, pauses, now: bkk(2026, 6, 17, 9) }, rules, H);
    expect(s.dueAt).toBe(endOf(2026, 6, 11));
    expect(s).toMatchObject({ overdue: true, paused: true, businessDaysUsed: 4, businessDaysLeft: -1 });
  });

  it('stops the clock at closedAt', () => {
    const s = deadlineState(
      { ...base, pauses: [{ from: bkk(2026, 6, 9, 10), to: null }], now: bkk(2026, 7, 1), closedAt: bkk(2026, 6, 10, 15) },
      rules,
      H,
    );
    expect(s).toMatchObject({ businessDaysUsed: 0, overdue: false, paused: false });
    const late = deadlineState({ ...base, pauses: [], now: bkk(2026, 7, 1), closedAt: bkk(2026, 6, 12, 9) }, rules, H);
    expect(late).toMatchObject({ businessDaysUsed: 4, overdue: true });
  });

  it('counts across Songkran and the new BE year', () => {
    const songkran = deadlineState(
      { receivedAt: bkk(2026, 4, 10, 16), categories: ['น้ำท่วม'], pauses: [], now: bkk(2026, 4, 15, 12) },
      rules,
      H,
    );
    expect(songkran).toMatchObject({ dueAt: endOf(2026, 4, 20), businessDaysUsed: 0, businessDaysLeft: 3 });
    const newYear = deadlineState(
      { receivedAt: bkk(2026, 12, 29, 10), categories: ['แสงสว่าง'], pauses: [], now: bkk(2027, 1, 4, 9) },
      rules,
      H,
    );
    // 7 days: 30 Dec, then 4–8 Jan, then Mon 11 Jan.
    expect(newYear).toMatchObject({ dueAt: endOf(2027, 1, 11), businessDaysUsed: 2, businessDaysLeft: 5 });
  });
});

describe('ageing and pausing statuses', () => {
  it('buckets ages 0–7, 8–14, 15–30, >30', () => {
    expect(AGEING_BUCKETS).toEqual(['0-7', '8-14', '15-30', '>30']);
    const cases: [number, string][] = [
      [-1, '0-7'],
      [0, '0-7'],
      [7, '0-7'],
      [7.9, '0-7'],
      [8, '8-14'],
      [14, '8-14'],
      [15, '15-30'],
      [30, '15-30'],
      [31, '>30'],
      [400, '>30'],
    ];
    for (const [d, b] of cases) expect(ageingBucket(d), String(d)).toBe(b);
    expect(calendarDaysBetween(bkk(2026, 6, 8, 23), bkk(2026, 6, 9, 1))).toBe(1);
  });

  it('knows the pausing labels and turns a status history into pauses', () => {
    expect(PAUSING_STATUS_LABELS).toEqual(['ของบประมาณ', 'จัดซื้อจัดจ้าง', 'ขั้นตอนทางกฎหมาย']);
    expect(isPausingStatus(' ของบ ประมาณ ')).toBe(true);
    expect(isPausingStatus('กำลังดำเนินการ')).toBe(false);
    const history = [
      { at: 5, statusLabel: 'จัดซื้อจัดจ้าง' },
      { at: 1, statusLabel: 'รอรับเรื่อง' },
      { at: 3, statusLabel: 'ของบประมาณ' },
      { at: 4, statusLabel: 'จัดซื้อจัดจ้าง' },
      { at: 6, statusLabel: 'กำลังดำเนินการ' },
      { at: 8, statusLabel: 'ขั้นตอนทางกฎหมาย' },
    ];
    expect(pausesFromStatusHistory(history)).toEqual([
      { from: 3, to: 6 },
      { from: 8, to: null },
    ]);
  });
});
