// Sort orders over the case index: the comparator for each sort field, and per field a permutation
// of the live rows in ascending order, built on first use and then kept current by merging the
// changed rows in (O(n) instead of a re-sort). Pure; never reads Dexie or holds case records.
// The comparator here is THE definition of register order: ties break by case id (code-unit order)
// in the sort direction, an unrated case (star) sorts last either way, text fields sort in Thai
// collation. Ids are compared through a rank array, so the hot comparisons are numeric.
import type { CaseIndex } from './caseIndex';
import type { SortDir, SortField } from './queryTypes';
import { radixSortRows } from './radixSort';

export type RowCmp = (a: number, b: number) => number;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ascending comparator (id rank as tie-break), and whether a row has no value (star only). */
function sortKey(ix: CaseIndex, field: SortField, idRank: Uint32Array): { base: RowCmp; isNull: ((r: number) => boolean) | null } {
  const numeric =
    (k: Float64Array | Uint32Array): RowCmp =>
    (a, b) =>
      k[a]! - k[b]! || idRank[a]! - idRank[b]!;
  const coded =
    (rank: Uint32Array, c: Uint16Array | Uint32Array): RowCmp =>
    (a, b) =>
      rank[c[a]!]! - rank[c[b]!]! || idRank[a]! - idRank[b]!;
  switch (field) {
    case 'lastActivityAt':
      return { base: numeric(ix.lastActivityAt), isNull: null };
    case 'createdAt':
      return { base: numeric(ix.createdAt), isNull: null };
    case 'countReopen':
      return { base: numeric(ix.countReopen), isNull: null };
    case 'star':
      return { base: numeric(ix.star), isNull: (r) => Number.isNaN(ix.star[r]) };
    case 'ticketId': {
      const t = ix.ticketKeys;
      return { base: (a, b) => byCode(t[a]!, t[b]!) || idRank[a]! - idRank[b]!, isNull: null };
    }
    case 'subdistrict':
      return { base: coded(ix.dicts.subdistrict.ranks(), ix.subdistrict.data), isNull: null };
    case 'statusLabel':
      return { base: coded(ix.dicts.statusLabel.ranks(), ix.statusLabel.data), isNull: null };
    case 'channel':
      return { base: coded(ix.dicts.channel.ranks(), ix.channel.data), isNull: null };
  }
}

/** Small integer keys (null → -1) for a counting sort, or null when the field needs comparisons. */
function smallKeys(ix: CaseIndex, field: SortField): ((r: number) => number) | null {
  const small = (k: Float64Array | Uint32Array) => {
    for (let r = 0; r < ix.size; r++) if (!Number.isNaN(k[r]) && (!Number.isInteger(k[r]) || k[r]! < 0 || k[r]! > 0xffff)) return null;
    return (r: number) => (Number.isNaN(k[r]) ? -1 : k[r]!);
  };
  switch (field) {
    case 'star':
      return small(ix.star);
    case 'countReopen':
      return small(ix.countReopen);
    case 'subdistrict':
    case 'statusLabel':
    case 'channel': {
      const rank = ix.dicts[field].ranks();
      const codes = ix[field].data;
      return (r) => rank[codes[r]!]!;
    }
    default:
      return null;
  }
}

export interface SortOrder {
  /** Live rows, ascending (non-null values first, then the null ones). */
  perm: Uint32Array;
  /** Where the null rows start; walking [0, nullStart) backwards then [nullStart, end) backwards is descending order. */
  nullStart: number;
}

interface Kept extends SortOrder {
  changed: Set<number>;
  rebuild: boolean;
}

export class SortOrders {
  private readonly orders = new Map<SortField, Kept>();
  /** The live rows in id order, and each row's position in it. */
  private byId: Kept = { perm: new Uint32Array(0), nullStart: 0, changed: new Set(), rebuild: true };
  private idRank = new Uint32Array(0);
  private inById = new Uint8Array(0);

  constructor(private readonly ix: CaseIndex) {}

  /** Rows added, updated or removed since the last call; cheap, the work happens on the next get(). */
  markChanged(rows: readonly number[]): void {
    const cap = Math.max(4096, this.ix.size >>> 3);
    const note = (o: Kept, r: number) => {
      if (o.rebuild) return;
      o.changed.add(r);
      // Past ~1/8 of the rows a fresh sort is cheaper than the merge bookkeeping.
      if (o.changed.size > cap) {
        o.rebuild = true;
        o.changed.clear();
      }
    };
    for (const r of rows) {
      if (this.ix.isAlive(r) !== (this.inById[r] === 1)) note(this.byId, r); // only new and dead rows move in id order
      for (const o of this.orders.values()) note(o, r);
    }
  }

  /** The total order of rows for a sort: nulls last in both directions. */
  comparator(field: SortField, dir: SortDir): RowCmp {
    const { base, isNull } = sortKey(this.ix, field, this.ranks());
    const sign = dir === 'asc' ? 1 : -1;
    if (!isNull) return sign === 1 ? base : (a, b) => base(b, a);
    return (a, b) => {
      const na = isNull(a);
      if (na !== isNull(b)) return na ? 1 : -1;
      return sign * base(a, b);
    };
  }

  get(field: SortField): SortOrder {
    const cmp = this.comparator(field, 'asc');
    const o = this.orders.get(field);
    if (!o || o.rebuild) {
      const built: Kept = { ...this.build(field, cmp), changed: new Set(), rebuild: false };
      this.orders.set(field, built);
      return built;
    }
    if (o.changed.size > 0) Object.assign(o, this.nulls(field, merge(o, cmp, this.ix)));
    return o;
  }

  private ranks(): Uint32Array {
    const o = this.byId;
    if (!o.rebuild && o.changed.size === 0) return this.idRank;
    const ids = this.ix.ids;
    const cmp: RowCmp = (a, b) => byCode(ids[a]!, ids[b]!);
    o.perm = o.rebuild ? Uint32Array.from(liveRows(this.ix).sort(cmp)) : merge(o, cmp, this.ix);
    o.rebuild = false;
    this.idRank = new Uint32Array(this.ix.size);
    this.inById = new Uint8Array(this.ix.size);
    o.perm.forEach((r, i) => {
      this.idRank[r] = i;
      this.inById[r] = 1;
    });
    return this.idRank;
  }

  private build(field: SortField, cmp: RowCmp): SortOrder {
    const byId = this.byId.perm;
    // Radix and counting sorts run over the id order and are stable: equal keys stay in id order.
    if ((field === 'lastActivityAt' || field === 'createdAt') && byId.length >= 4096) {
      const sorted = radixSortRows(byId, this.ix[field]);
      if (sorted) return this.nulls(field, sorted);
    }
    const key = smallKeys(this.ix, field);
    // From the id order: ticket ids mostly equal case ids, so the adaptive sort finds it nearly sorted.
    if (!key) return this.nulls(field, Uint32Array.from(Array.from(byId).sort(cmp)));
    const n = byId.length;
    const keys = new Int32Array(n);
    let max = 0;
    for (let i = 0; i < n; i++) {
      const k = key(byId[i]!);
      keys[i] = k < 0 ? -1 : k;
      if (k > max) max = k;
    }
    const nullSlot = max + 2; // slot 0 stays empty, key k counts at k + 1, nulls (-1) last
    const start = new Uint32Array(max + 3);
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      start[k < 0 ? nullSlot : k + 1]!++;
    }
    let sum = 0;
    for (let i = 0; i < start.length; i++) {
      const count = start[i]!;
      start[i] = sum;
      sum += count;
    }
    const perm = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      perm[start[k < 0 ? nullSlot : k + 1]!++] = byId[i]!;
    }
    return this.nulls(field, perm);
  }

  private nulls(field: SortField, perm: Uint32Array): SortOrder {
    const { isNull } = sortKey(this.ix, field, this.idRank);
    let nullStart = perm.length;
    if (isNull) while (nullStart > 0 && isNull(perm[nullStart - 1]!)) nullStart--;
    return { perm, nullStart };
  }
}

function liveRows(ix: CaseIndex): number[] {
  const rows: number[] = [];
  for (let r = 0; r < ix.size; r++) if (ix.isAlive(r)) rows.push(r);
  return rows;
}

/**
 * The kept order without its changed rows, plus the live changed rows sorted and placed by binary
 * search: O(m log n) comparisons and block copies, so a 200-case update costs little even at 500k.
 */
function merge(o: Kept, cmp: RowCmp, ix: CaseIndex): Uint32Array {
  const skip = new Uint8Array(ix.size);
  const fresh: number[] = [];
  for (const r of o.changed) {
    skip[r] = 1;
    if (ix.isAlive(r)) fresh.push(r);
  }
  o.changed.clear();
  fresh.sort(cmp);
  const old = o.perm;
  const kept = new Uint32Array(old.length);
  let n = 0;
  for (let i = 0; i < old.length; i++) if (skip[old[i]!] === 0) kept[n++] = old[i]!;
  const out = new Uint32Array(n + fresh.length);
  let from = 0;
  let k = 0;
  for (const f of fresh) {
    let lo = from;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(kept[mid]!, f) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.set(kept.subarray(from, lo), k);
    k += lo - from;
    out[k++] = f;
    from = lo;
  }
  out.set(kept.subarray(from, n), k);
  return out;
}
