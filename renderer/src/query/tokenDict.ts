// The search vocabulary: token string ↔ id, ids sorted by string for prefix search, and the memos
// that turn a case's text into its distinct token ids quickly (Thai runs and short field values
// repeat across cases). Owns no postings and no case data; never touches Dexie, DOM or workers.
import { grown } from './columns';
import type { Vocabulary } from './queryTerms';
import { forEachRun, segmentThaiOnce, tokens } from './thaiTokens';

const MEMO_MAX = 60_000;

export class TokenDict implements Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly str: string[] = [];
  /** Ids [0, sealed) in string order; newer ids are scanned linearly until the next seal(). */
  private sorted: Uint32Array = new Uint32Array(0);
  private sealed = 0;
  private readonly runMemo = new Map<string, Uint32Array>();
  private readonly valueMemo = new Map<string, Uint32Array>();
  // Distinct ids of the text being collected, deduplicated by a generation stamp per id.
  private seen = new Uint32Array(0);
  private gen = 0;
  private out: number[] = [];

  get size(): number {
    return this.str.length;
  }

  id(token: string): number | undefined {
    return this.ids.get(token);
  }

  has(token: string): boolean {
    return this.ids.has(token);
  }

  hasPrefix(prefix: string): boolean {
    return this.prefixIds(prefix, 1).length > 0;
  }

  /** Distinct token ids of free texts (segmented) and short values (memoised whole). */
  collect(free: readonly string[], values: readonly string[]): number[] {
    if (++this.gen === 0xffffffff) {
      this.seen.fill(0);
      this.gen = 1;
    }
    this.out = [];
    for (const text of free) forEachRun(text, this.addRun);
    for (const value of values) for (const id of this.memoised(this.valueMemo, value, () => tokens(value))) this.push(id);
    return this.out;
  }

  /** Token ids starting with `p`: binary search in the sealed part, then a scan of newer ids. */
  prefixIds(p: string, max = Infinity): number[] {
    const { sorted, str } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (str[sorted[mid]!]! < p) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < sorted.length && out.length < max && str[sorted[i]!]!.startsWith(p); i++) out.push(sorted[i]!);
    for (let id = this.sealed; id < str.length && out.length < max; id++) if (str[id]!.startsWith(p)) out.push(id);
    return out;
  }

  /** Merge the ids added since the last seal into the sorted list. */
  seal(): void {
    const s = this.str;
    const fresh = Array.from({ length: s.length - this.sealed }, (_, i) => this.sealed + i).sort((a, b) => (s[a]! < s[b]! ? -1 : 1));
    const old = this.sorted;
    const out = new Uint32Array(old.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length || j < fresh.length) {
      if (j >= fresh.length || (i < old.length && s[old[i]!]! < s[fresh[j]!]!)) out[k++] = old[i++]!;
      else out[k++] = fresh[j++]!;
    }
    this.sorted = out;
    this.sealed = s.length;
  }

  private readonly addRun = (run: string, thai: boolean): void => {
    if (!thai) return this.push(this.idOf(run));
    for (const id of this.memoised(this.runMemo, run, () => segmentThaiOnce(run))) this.push(id);
  };

  private memoised(memo: Map<string, Uint32Array>, key: string, words: () => readonly string[]): Uint32Array {
    let ids = memo.get(key);
    if (!ids) {
      ids = Uint32Array.from(words(), (t) => this.idOf(t));
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(key, ids);
    }
    return ids;
  }

  private push(id: number): void {
    if (this.seen[id] === this.gen) return;
    this.seen[id] = this.gen;
    this.out.push(id);
  }

  private idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.str.length;
      this.ids.set(token, id);
      this.str.push(token);
      this.seen = grown(this.seen, id + 1);
    }
    return id;
  }
}
