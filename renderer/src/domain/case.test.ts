import { describe, expect, it } from 'vitest';
import { mergeRemote, newCaseFromRemote, trackPauses } from './case';
import { remote } from '../test/fixtures';

describe('mergeRemote', () => {
  it('keeps every local field, even against a whole imported record with empty local fields', () => {
    const local = {
      ...newCaseFromRemote('A', remote()),
      units: ['ฝ่ายโยธา'],
      localNote: 'โทรแล้ว',
      localUpdatedAt: 5,
      refs: [{ kind: 'hotline-1555' as const, value: 'AB12CD', addedAt: 1 }],
      channel: 'phone' as const,
    };
    const imported = { ...newCaseFromRemote('A', remote({ statusLabel: 'กำลังดำเนินการ', bucket: 'inprogress' })) };
    const merged = mergeRemote(local, imported);
    expect(merged).toMatchObject({ units: ['ฝ่ายโยธา'], localNote: 'โทรแล้ว', localUpdatedAt: 5, channel: 'phone', bucket: 'inprogress' });
    expect(merged.refs).toEqual(local.refs);
  });

  it('opens a pause when the case starts waiting on budget and closes it when it moves on', () => {
    const waiting = newCaseFromRemote('A', remote({ statusLabel: 'กำลังดำเนินการ', bucket: 'inprogress', lastActivityAt: 100 }));
    const budget = mergeRemote(waiting, remote({ statusLabel: 'ของบประมาณ', bucket: 'inprogress', lastActivityAt: 200 }));
    expect(budget.pauses).toEqual([{ from: 200, to: null, label: 'ของบประมาณ' }]);
    const done = mergeRemote(budget, remote({ statusLabel: 'เสร็จสิ้น', bucket: 'finish', lastActivityAt: 900 }));
    expect(done.pauses).toEqual([{ from: 200, to: 900, label: 'ของบประมาณ' }]);
  });

  it('moving between two pausing labels closes one pause and opens the next', () => {
    expect(trackPauses([{ from: 1, to: null, label: 'ของบประมาณ' }], 'ของบประมาณ', 'จัดซื้อจัดจ้าง', 5)).toEqual([
      { from: 1, to: 5, label: 'ของบประมาณ' },
      { from: 5, to: null, label: 'จัดซื้อจัดจ้าง' },
    ]);
    expect(trackPauses(undefined, 'รอรับเรื่อง', 'กำลังดำเนินการ', 5)).toBeUndefined();
  });
});
