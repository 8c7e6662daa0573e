// The full-text index: token → rows posting lists, so "every query word matches" is a few array scans
// instead of a pass over 100k descriptions. Layout: a compacted base (one Uint32Array of postings
// with per-token offsets) and a small delta log of rows changed since, merged into the base once it
// grows. Row numbers are the case index's rows; the vocabulary lives in TokenDict.
// Owns postings only: never keeps the text itself, never touches Dexie, DOM or workers.
import { grown } from './columns';
import { resolveTerms, type Term } from './queryTerms';
import { TokenDict } from './tokenDict';

/** What one case contributes to search. */
export interface SearchDoc {
  /** Long or unique text (ticket, description, address, local note): segmented every time. */
  free: readonly string[];
  /** Short repeated values (subdistrict, categories, organizations, units): segmented once each. */
  fixed: readonly string[];
}

/** Row r matches the text when counts[r] === need. `counts` is scratch: read it before the next match(). */
export interface TextMatch {
  counts: Uint8Array;
  need: number;
}

const MAX_WORDS = 255;

export class TextIndex {
  readonly tokens = new TokenDict();
  // Base: postings of tokens [0, baseTokens) for rows not marked stale.
  private baseTokens = 0;
  private offsets: Uint32Array = new Uint32Array(1);
  private postings: Uint32Array = new Uint32Array(0);
  private stale = new Uint8Array(0);
  // Delta: the latest token list of each row changed since the last compaction.
  private log = new Uint32Array(1024);
  private logUsed = 0;
  private entRow: number[] = [];
  private entStart: number[] = [];
  private latest = new Int32Array(0);
  private pendingRows = 0;
  private rowLimit = 0;
  // Scratch, reused across queries.
  private counts = new Uint8Array(0);
  private mark = new Uint8Array(0);

  /** Index (or re-index) a row; null removes it from search. */
  setRow(row: number, doc: SearchDoc | null): void {
    this.ensureRows(row + 1);
    const start = this.logUsed;
    if (doc) {
      const ids = this.tokens.collect(doc.free, doc.fixed);
      this.log = grown(this.log, start + ids.length);
      for (const id of ids) this.log[this.logUsed++] = id;
    }
    this.entRow.push(row);
    this.entStart.push(start);
    if (this.latest[row] === -1) this.pendingRows++;
    this.latest[row] = this.entRow.length - 1;
    this.stale[row] = 1;
  }

  /** The terms a query resolves to against this index's vocabulary. */
  terms(query: string): Term[] {
    return resolveTerms(query, this.tokens).slice(0, MAX_WORDS);
  }

  /** Rows matching every term; null when the query has no words (no text constraint). */
  match(query: string, rowCount: number): TextMatch | null {
    const terms = this.terms(query);
    if (terms.length === 0) return null;
    if (this.counts.length < rowCount) this.counts = new Uint8Array(Math.max(rowCount, this.counts.length * 2));
    const counts = this.counts;
    counts.fill(0, 0, rowCount);
    const mark = (this.mark = grown(this.mark, this.tokens.size));
    for (let wi = 0; wi < terms.length; wi++) {
      const { word, prefix } = terms[wi]!;
      const exactId = prefix ? undefined : this.tokens.id(word);
      const ids = exactId !== undefined ? [exactId] : prefix ? this.tokens.prefixIds(word) : [];
      if (ids.length === 0) return { counts, need: terms.length };
      for (const id of ids) mark[id] = 1;
      this.markBase(ids, counts, wi);
      this.markDelta(mark, counts, wi);
      for (const id of ids) mark[id] = 0;
    }
    return { counts, need: terms.length };
  }

  /** Fold the delta into the base when it has grown enough to slow queries down. */
  maybeCompact(): boolean {
    // Superseded entries (a row re-indexed again) also count: they lengthen every delta scan.
    const small = this.pendingRows <= Math.max(2048, this.rowLimit >>> 4) && this.entRow.length <= Math.max(8192, this.rowLimit >>> 2);
    if (small) return false;
    this.compact();
    return true;
  }

  compact(): void {
    const nTok = this.tokens.size;
    const { offsets, postings, stale, log } = this;
    const off = new Uint32Array(nTok + 1);
    for (let t = 0; t < this.baseTokens; t++)
      for (let i = offsets[t]!; i < offsets[t + 1]!; i++) if (stale[postings[i]!] === 0) off[t + 1]!++;
    this.forEachLatest((s, e) => {
      for (let i = s; i < e; i++) off[log[i]! + 1]!++;
    });
    for (let t = 0; t < nTok; t++) off[t + 1]! += off[t]!;
    const next = new Uint32Array(off[nTok]!);
    const at = off.slice(0, nTok);
    for (let t = 0; t < this.baseTokens; t++) {
      for (let i = offsets[t]!; i < offsets[t + 1]!; i++) {
        const r = postings[i]!;
        if (stale[r] === 0) next[at[t]!++] = r;
      }
    }
    this.forEachLatest((s, e, row) => {
      for (let i = s; i < e; i++) next[at[log[i]!]!++] = row;
    });
    this.tokens.seal();
    this.offsets = off;
    this.postings = next;
    this.baseTokens = nTok;
    for (const row of this.entRow) this.latest[row] = -1;
    this.stale.fill(0);
    this.entRow = [];
    this.entStart = [];
    this.log = new Uint32Array(1024);
    this.logUsed = 0;
    this.pendingRows = 0;
  }

  stats(): { tokens: number; postings: number; pendingRows: number } {
    return { tokens: this.tokens.size, postings: this.postings.length + this.logUsed, pendingRows: this.pendingRows };
  }

  private ensureRows(n: number): void {
    if (n <= this.rowLimit) return;
    this.stale = grown(this.stale, n);
    this.latest = grown(this.latest, n, -1);
    this.rowLimit = n;
  }

  /** Calls back for each row's latest delta entry: its log slice [start, end). */
  private forEachLatest(fn: (start: number, end: number, row: number) => void): void {
    const last = this.entRow.length - 1;
    for (let e = 0; e <= last; e++) {
      const row = this.entRow[e]!;
      if (this.latest[row] === e) fn(this.entStart[e]!, e === last ? this.logUsed : this.entStart[e + 1]!, row);
    }
  }

  private markBase(ids: readonly number[], counts: Uint8Array, wi: number): void {
    const { offsets, postings, stale } = this;
    for (const id of ids) {
      if (id >= this.baseTokens) continue;
      for (let i = offsets[id]!, end = offsets[id + 1]!; i < end; i++) {
        const r = postings[i]!;
        if (counts[r] === wi && stale[r] === 0) counts[r] = wi + 1;
      }
    }
  }

  private markDelta(mark: Uint8Array, counts: Uint8Array, wi: number): void {
    const log = this.log;
    this.forEachLatest((s, e, row) => {
      if (counts[row] !== wi) return;
      for (let i = s; i < e; i++) {
        if (mark[log[i]!] === 1) {
          counts[row] = wi + 1;
          return;
        }
      }
    });
  }
}
