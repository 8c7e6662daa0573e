import { describe, expect, it } from 'vitest';
import { ALL_CAP, choosePullWindow, gapPossible } from './pullWindow';

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

describe('gapPossible', () => {
  it('warns only when the all window hit its cap', () => {
    expect(gapPossible('all', ALL_CAP)).toBe(true);
    expect(gapPossible('all', ALL_CAP - 1)).toBe(false);
    expect(gapPossible('today', ALL_CAP)).toBe(false);
  });
});
