import { describe, expect, it } from 'vitest';
import { toggled } from './useSelection';

const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('row selection', () => {
  it('flips one row without a range', () => {
    expect([...toggled(new Set(), rows, 1, null, false)]).toEqual(['b']);
    expect([...toggled(new Set(['b']), rows, 1, 'b', false)]).toEqual([]);
  });

  it('shift-click selects from the anchor to the row, either direction, and keeps others', () => {
    expect([...toggled(new Set(['b', 'x']), rows, 3, 'b', true)].sort()).toEqual(['b', 'c', 'd', 'x']);
    expect([...toggled(new Set(['d']), rows, 0, 'd', true)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shift-click after unticking the anchor clears the range; without an anchor it flips one row', () => {
    expect([...toggled(new Set(['a', 'c', 'd']), rows, 3, 'b', true)]).toEqual(['a']);
    expect([...toggled(new Set(), rows, 2, null, true)]).toEqual(['c']);
    expect([...toggled(new Set(), rows, 2, 'gone', true)]).toEqual(['c']);
  });
});
