// Building blocks of the columnar case index: growable typed arrays, string dictionaries and
// dictionary-coded columns (single- and multi-valued). Pure data structures, no I/O; they never
// hold a CaseRecord, only numbers and the distinct strings of a column.

type NumArray = Float64Array | Uint32Array | Uint16Array | Uint8Array | Int32Array;

/** A typed array with room for at least `min` items (doubling, so appends stay amortised O(1)). */
export function grown<T extends NumArray>(arr: T, min: number, fill = 0): T {
  if (arr.length >= min) return arr;
  const Ctor = arr.constructor as new (n: number) => T;
  const next = new Ctor(Math.max(min, arr.length * 2, 16));
  next.set(arr);
  if (fill !== 0) next.fill(fill, arr.length);
  return next;
}

const collator = new Intl.Collator('th');

/** Distinct strings of one column, coded 0…n-1 in first-seen order. */
export class StringDict {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [];
  private rankCache: Uint32Array | null = null;

  code(value: string): number {
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.codes.set(value, c);
      this.values.push(value);
      this.rankCache = null;
    }
    return c;
  }

  lookup(value: string): number | undefined {
    return this.codes.get(value);
  }

  get size(): number {
    return this.values.length;
  }

  /** Thai collation rank per code; strings the collator calls equal share a rank. */
  ranks(): Uint32Array {
    if (this.rankCache) return this.rankCache;
    const order = this.values.map((_, i) => i).sort((a, b) => collator.compare(this.values[a]!, this.values[b]!));
    const ranks = new Uint32Array(this.values.length);
    let rank = 0;
    order.forEach((code, i) => {
      if (i > 0 && collator.compare(this.values[order[i - 1]!]!, this.values[code]!) !== 0) rank++;
      ranks[code] = rank;
    });
    this.rankCache = ranks;
    return ranks;
  }

  /** A lookup table over codes: 1 for each listed value that exists (unknown values match nothing). */
  selection(values: readonly string[] | undefined): Uint8Array | null {
    if (!values || values.length === 0) return null;
    const sel = new Uint8Array(Math.max(1, this.values.length));
    for (const v of values) {
      const c = this.codes.get(v);
      if (c !== undefined) sel[c] = 1;
    }
    return sel;
  }
}

/** One code per row; 16-bit until a dictionary outgrows it. */
export class CodeColumn {
  data: Uint16Array | Uint32Array = new Uint16Array(0);

  ensure(capacity: number): void {
    this.data = grown(this.data, capacity);
  }

  set(row: number, code: number): void {
    if (code > 0xffff && this.data instanceof Uint16Array) this.data = Uint32Array.from(this.data);
    this.data[row] = code;
  }
}

/**
 * Several codes per row (categories, organizations, units), packed in one pool. A row that grows
 * is moved to the end of the pool; the holes are compacted away once they outweigh the live codes.
 */
export class MultiColumn {
  start = new Uint32Array(0);
  len = new Uint8Array(0);
  pool = new Uint32Array(256);
  private used = 0;
  private waste = 0;

  ensure(capacity: number): void {
    this.start = grown(this.start, capacity);
    this.len = grown(this.len, capacity);
  }

  /** `codes` must be distinct; at most 255 are kept per row. */
  set(row: number, codes: readonly number[], rowCount: number): void {
    const n = Math.min(codes.length, 255);
    const old = this.len[row]!;
    let at = this.start[row]!;
    if (n > old) {
      this.waste += old;
      this.pool = grown(this.pool, this.used + n);
      at = this.used;
      this.used += n;
    } else {
      this.waste += old - n;
    }
    for (let i = 0; i < n; i++) this.pool[at + i] = codes[i]!;
    this.start[row] = at;
    this.len[row] = n;
    if (this.waste > 4096 && this.waste > this.used / 2) this.compact(rowCount);
  }

  /** True when the row carries at least one selected code. */
  anyIn(row: number, sel: Uint8Array): boolean {
    const s = this.start[row]!;
    const e = s + this.len[row]!;
    for (let i = s; i < e; i++) if (sel[this.pool[i]!] === 1) return true;
    return false;
  }

  /** Add one to `counts[code]` for each code of the row (facet counting). */
  countInto(row: number, counts: Uint32Array): void {
    const s = this.start[row]!;
    const e = s + this.len[row]!;
    for (let i = s; i < e; i++) counts[this.pool[i]!]!++;
  }

  codesOf(row: number): number[] {
    const s = this.start[row]!;
    return Array.from(this.pool.subarray(s, s + this.len[row]!));
  }

  private compact(rowCount: number): void {
    const next = new Uint32Array(Math.max(256, this.used - this.waste));
    let at = 0;
    for (let r = 0; r < rowCount; r++) {
      const s = this.start[r]!;
      const n = this.len[r]!;
      next.set(this.pool.subarray(s, s + n), at);
      this.start[r] = at;
      at += n;
    }
    this.pool = next;
    this.used = at;
    this.waste = 0;
  }
}
