import { describe, expect, it } from 'vitest';
import { ALL_CAP, choosePullWindow, gapReason } from './pullWindow';

const H = 3600_000;
const now = Date.UTC(2026, 10, 22, 3);

describe('choosePullWindow', () => {
  it('pulls everything the first time and after a long absence', () => {
    expect(choosePullWindow(null, now)).toBe('all');
    expect(choosePullWindow(now - 80 * H, now)).toBe('all');
  });
  it('uses the cheapest window that still covers the gap, with a margin', () => {
    expect(choosePullWindow(now - 2 * H, now)).toBe('today');
    expect(choosePullWindow(now - 23 * H, now)).toBe('today');
    expect(choosePullWindow(now - 24 * H, now)).toBe('3days');
    expect(choosePullWindow(now - 71 * H, now)).toBe('3days');
    expect(choosePullWindow(now - 72 * H, now)).toBe('all');
  });
  it('distrusts a clock that went backwards', () => {
    expect(choosePullWindow(now + H, now)).toBe('all');
  });
});

describe('gapReason', () => {
  const now = Date.UTC(2026, 11, 4, 3);
  it('warns at the 5,000 cap of `all`, and after more than 3 days offline', () => {
    expect(gapReason('all', ALL_CAP, null, now)).toBe('cap');
    expect(gapReason('all', ALL_CAP - 1, null, now)).toBe(null);
    expect(gapReason('today', ALL_CAP, now - 3600_000, now)).toBe(null);
    expect(gapReason('all', 120, now - 73 * 3600_000, now)).toBe('offline');
    expect(gapReason('3days', 120, now - 70 * 3600_000, now)).toBe(null);
  });
});
