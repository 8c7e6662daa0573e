import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE, EMPTY_LEDGER, backgroundBlock, currentLedger, nextSlotAfter, pullDue, recordCall } from './syncSchedule';

// Bangkok wall-clock time as epoch ms (UTC+7, no DST).
const bkk = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h - 7, mi);
const MON = [2026, 12, 7] as const; // Monday 7 December 2026
const credits = { balance: 500, unlimited: false, exhausted: false };

describe('office-hours schedule', () => {
  it('has five pulls on a working day, at 08:30, 10:30, 12:30, 14:30 and 16:30 Bangkok time', () => {
    const slots: number[] = [];
    let t = bkk(...MON, 0);
    for (
      let next = nextSlotAfter(t, DEFAULT_SCHEDULE);
      next !== null && next < bkk(...MON, 23, 59);
      next = nextSlotAfter(t, DEFAULT_SCHEDULE)
    ) {
      slots.push(next);
      t = next;
    }
    expect(slots).toEqual([bkk(...MON, 8, 30), bkk(...MON, 10, 30), bkk(...MON, 12, 30), bkk(...MON, 14, 30), bkk(...MON, 16, 30)]);
  });

  it('is due once a slot has passed since the last attempt, and catches up missed slots with one pull', () => {
    expect(pullDue(bkk(...MON, 8, 31), bkk(...MON, 10, 29), DEFAULT_SCHEDULE)).toBe(false);
    expect(pullDue(bkk(...MON, 8, 31), bkk(...MON, 10, 30), DEFAULT_SCHEDULE)).toBe(true);
    // PC off from Friday evening to Monday 09:00: one pull, then nothing until 10:30.
    expect(pullDue(bkk(2026, 12, 4, 17), bkk(...MON, 9), DEFAULT_SCHEDULE)).toBe(true);
    expect(pullDue(bkk(...MON, 9), bkk(...MON, 10), DEFAULT_SCHEDULE)).toBe(false);
  });

  it('never runs on weekends or in manual mode', () => {
    const sat = bkk(2026, 12, 5, 11);
    expect(pullDue(bkk(2026, 12, 4, 17), sat, DEFAULT_SCHEDULE)).toBe(false);
    expect(nextSlotAfter(sat, DEFAULT_SCHEDULE)).toBe(bkk(...MON, 8, 30));
    expect(pullDue(null, bkk(...MON, 11), { ...DEFAULT_SCHEDULE, mode: 'manual' })).toBe(false);
  });
});

describe('call ledger and background budget', () => {
  it('counts calls per Bangkok day and month and starts again at midnight Bangkok time', () => {
    let l = recordCall(EMPTY_LEDGER, bkk(...MON, 23, 50), true);
    l = recordCall(l, bkk(...MON, 23, 55), false);
    expect(l).toMatchObject({ callsToday: 2, backgroundToday: 1, callsThisMonth: 2 });
    const tuesday = currentLedger(l, bkk(2026, 12, 8, 0, 5));
    expect(tuesday).toMatchObject({ callsToday: 0, backgroundToday: 0, callsThisMonth: 2 });
    expect(currentLedger(l, bkk(2027, 1, 1, 0, 5)).callsThisMonth).toBe(0);
  });

  it('stops background work under the credit threshold, at the daily budget, on an empty quota and in manual mode', () => {
    const now = bkk(...MON, 10);
    expect(backgroundBlock(DEFAULT_SCHEDULE, EMPTY_LEDGER, credits, now)).toBe(null);
    expect(backgroundBlock(DEFAULT_SCHEDULE, EMPTY_LEDGER, { ...credits, balance: 49 }, now)).toBe('threshold');
    expect(backgroundBlock(DEFAULT_SCHEDULE, EMPTY_LEDGER, { ...credits, balance: 0, unlimited: true }, now)).toBe(null);
    expect(backgroundBlock(DEFAULT_SCHEDULE, EMPTY_LEDGER, { ...credits, exhausted: true }, now)).toBe('quota-exhausted');
    expect(backgroundBlock({ ...DEFAULT_SCHEDULE, mode: 'manual' }, EMPTY_LEDGER, credits, now)).toBe('manual');
    let l = EMPTY_LEDGER;
    for (let i = 0; i < DEFAULT_SCHEDULE.dailyBudget; i++) l = recordCall(l, now, true);
    expect(backgroundBlock(DEFAULT_SCHEDULE, l, credits, now)).toBe('daily-budget');
    expect(backgroundBlock(DEFAULT_SCHEDULE, l, credits, bkk(2026, 12, 8, 10))).toBe(null);
  });
});
