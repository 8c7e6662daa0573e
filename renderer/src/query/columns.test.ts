// Column building blocks: multi-valued rows survive growth, shrinking and pool compaction; the 16-bit
// code column widens past 65,535; Thai collation ranks tie equal strings.
import { describe, expect, it } from 'vitest';
import { CodeColumn, MultiColumn, StringDict } from './columns';
import { rng } from './synthCases';

describe('MultiColumn', () => {
  it('keeps every row right through thousands of rewrites and compactions', () => {
    const rnd = rng(8);
    const rows = 3000;
    const col = new MultiColumn();
    col.ensure(rows);
    const want: number[][] = [];
    for (let round = 0; round < 8; round++) {
      for (let r = 0; r < rows; r++) {
        const codes = [...new Set(Array.from({ length: Math.floor(rnd() * (round + 2)) }, () => Math.floor(rnd() * 500)))];
        col.set(r, codes, rows);
        want[r] = codes;
      }
    }
    for (let r = 0; r < rows; r++) expect(col.codesOf(r)).toEqual(want[r]);
    const sel = new Uint8Array(500);
    sel[7] = 1;
    for (let r = 0; r < rows; r++) expect(col.anyIn(r, sel)).toBe(want[r]!.includes(7));
  });
});

describe('CodeColumn and StringDict', () => {
  it('widens to 32 bits when a dictionary outgrows 16', () => {
    const col = new CodeColumn();
    col.ensure(4);
    col.set(0, 5);
    col.set(1, 70_000);
    expect(Array.from(col.data.subarray(0, 2))).toEqual([5, 70_000]);
  });

  it('ranks values in Thai order and selects known values only', () => {
    const d = new StringDict();
    for (const v of ['ลาดยาว', 'จตุจักร', 'จอมพล', 'ลาดยาว']) d.code(v);
    expect(d.size).toBe(3);
    const ranks = d.ranks();
    const order = [...d.values].sort((a, b) => ranks[d.lookup(a)!]! - ranks[d.lookup(b)!]!);
    expect(order).toEqual([...d.values].sort(new Intl.Collator('th').compare));
    expect(Array.from(d.selection(['จอมพล', 'ไม่มี'])!)).toEqual([0, 0, 1]);
    expect(d.selection([])).toBeNull();
  });
});
