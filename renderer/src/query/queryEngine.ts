// The query engine: the case index, its sort orders and the search index kept in step, behind
// upsert/remove/query. Search text is queued and indexed in budgeted slices (indexText), so the
// filter index is usable at once and the slow Thai segmentation runs in the background.
// Pure and synchronous: no Dexie, DOM or worker APIs (the worker and Node benchmarks drive it).
// Never keeps CaseRecords beyond the text queue (which holds only the strings still to index).
import type { CaseRecord } from '#domain/case';
import { CaseIndex } from './caseIndex';
import type { CaseQuery, QueryResult } from './queryTypes';
import { runQuery } from './runQuery';
import { SortOrders } from './sortOrders';
import { TextIndex, type SearchDoc } from './thaiSearch';

/** What of a case is searchable: free text segmented per case, short repeated values memoised. */
export function searchDocOf(c: CaseRecord): SearchDoc {
  return {
    // References (1555 ids, letter receipt numbers…) are free text so a search by any of them finds the case.
    free: [c.ticketId || c.id, c.description, c.address, c.localNote, ...(c.refs ?? []).map((r) => r.value)],
    fixed: [c.subdistrict, ...c.categories, ...c.organizations, ...c.units],
  };
}

type Pending = [row: number, doc: SearchDoc | null] | null;

export class QueryEngine {
  readonly cases = new CaseIndex();
  readonly orders = new SortOrders(this.cases);
  readonly text = new TextIndex();
  private queue: Pending[] = [];
  private head = 0;

  /** Add or replace cases. Filters see them at once; search after indexText() has caught up. */
  upsert(records: readonly CaseRecord[]): void {
    const rows = this.cases.upsert(records);
    this.orders.markChanged(rows);
    rows.forEach((row, i) => this.queue.push([row, searchDocOf(records[i]!)]));
  }

  remove(ids: readonly string[]): void {
    const rows = this.cases.remove(ids);
    this.orders.markChanged(rows);
    for (const row of rows) this.queue.push([row, null]);
  }

  /** Case texts not yet in the search index. */
  get searchPending(): number {
    return this.queue.length - this.head;
  }

  get searchReady(): boolean {
    return this.searchPending === 0;
  }

  /** Index queued texts for about `budgetMs`; true when none are left. */
  indexText(budgetMs = Infinity): boolean {
    const t0 = performance.now();
    while (this.head < this.queue.length) {
      const item = this.queue[this.head];
      this.queue[this.head++] = null; // let the strings go as soon as they are indexed
      if (item) this.text.setRow(item[0], item[1]);
      if ((this.head & 63) === 0 && performance.now() - t0 >= budgetMs) break;
    }
    if (this.head < this.queue.length) {
      if (this.head > 65536) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      return false;
    }
    this.queue = [];
    this.head = 0;
    this.text.maybeCompact();
    return true;
  }

  /** Answer a query. Text queries before indexText() has caught up answer with searchReady: false. */
  query(q: CaseQuery): QueryResult {
    // A search of only spaces is no search (not an empty match).
    const text = q.text?.trim() ? this.text.match(q.text, this.cases.size) : null;
    return runQuery(this.cases, this.orders, text, q, text === null || this.searchReady);
  }

  get size(): number {
    return this.cases.live;
  }
}
