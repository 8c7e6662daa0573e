import { describe, expect, it } from 'vitest';
import { newCaseFromRemote } from './case';
import { meetingStats, resolvedShare } from './meetingStats';
import { remote } from '../test/fixtures';

const item = (id: string, bucket: 'waiting' | 'inprogress' | 'finish', units: string[] = []) => ({
  ...newCaseFromRemote(id, remote({ ticketId: id, bucket, statusLabel: bucket })),
  units,
});

describe('meetingStats', () => {
  it('counts buckets, resolved, overdue and open items per unit', () => {
    const items = [
      item('a', 'waiting'),
      item('b', 'inprogress', ['ฝ่ายโยธา']),
      item('c', 'finish', ['ฝ่ายโยธา']),
      item('d', 'inprogress', ['ฝ่ายโยธา', 'ฝ่ายเทศกิจ']),
    ];
    const s = meetingStats(items, (c) => c.id === 'b');
    expect(s).toMatchObject({ items: 4, resolved: 1, overdue: 1, openByUnit: { '': 1, ฝ่ายโยธา: 2, ฝ่ายเทศกิจ: 1 } });
    expect(s.byBucket).toMatchObject({ waiting: 1, inprogress: 2, finish: 1 });
    expect(resolvedShare(s)).toBe(0.25);
    expect(resolvedShare(meetingStats([], () => false))).toBe(0);
  });
});
