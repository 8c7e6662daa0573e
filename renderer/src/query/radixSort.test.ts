// The radix sort of rows by Float64 keys: same order as a stable comparison sort, ties kept in input
// order, and a refusal (null) for keys it cannot order by bits.
import { describe, expect, it } from 'vitest';
import { radixSortRows } from './radixSort';
import { rng } from './synthCases';

describe('radixSortRows', () => {
  it('sorts stably like a comparison sort, over timestamps, zeros and fractions', () => {
    const rnd = rng(5);
    const keys = Float64Array.from({ length: 20_000 }, (_, i) =>
      i % 10 === 0 ? 0 : i % 10 === 1 ? Date.UTC(2024, 0, 1) : i % 10 === 2 ? rnd() : Date.UTC(2020, 0, 1) + Math.floor(rnd() * 1e11),
    );
    const rows = Uint32Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 20_000);
    const want = Array.from(rows).sort((a, b) => keys[a]! - keys[b]!); // Array#sort is stable
    expect(Array.from(radixSortRows(rows, keys)!)).toEqual(want);
  });

  it('refuses negative and NaN keys', () => {
    expect(radixSortRows(Uint32Array.of(0, 1), Float64Array.of(1, -1))).toBeNull();
    expect(radixSortRows(Uint32Array.of(0, 1), Float64Array.of(NaN, 1))).toBeNull();
  });
});
