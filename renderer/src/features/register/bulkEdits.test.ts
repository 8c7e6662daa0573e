import { describe, expect, it } from 'vitest';
import type { KhetDb } from '#data/db';
import { scheduleFollowUps } from './bulkEdits';

/** A register that fails the test if anything reads or writes it. */
const untouchable = new Proxy({} as KhetDb, {
  get(_t, prop) {
    throw new Error(`register touched: ${String(prop)}`);
  },
});

describe('bulk follow-ups', () => {
  const now = Date.UTC(2026, 11, 4, 3);

  it('refuses a due date in the past for the whole selection, before any write', async () => {
    const r = await scheduleFollowUps(untouchable, ['A', 'B', 'C'], { kind: 'call-complainant', dueAt: now - 86_400_000, note: '' }, now);
    expect(r).toEqual({ ok: false, problem: 'due-in-past' });
  });

  it('refuses a missing date the same way', async () => {
    const r = await scheduleFollowUps(untouchable, ['A'], { kind: 'check-site', dueAt: NaN, note: '' }, now);
    expect(r).toEqual({ ok: false, problem: 'bad-date' });
  });
});
