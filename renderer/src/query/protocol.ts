// Messages between the query client (UI thread) and the query worker. Owns only their shapes;
// structured-clone friendly (plain data, no functions, no class instances).
import type { CaseRecord } from '#domain/case';
import type { CaseQuery, QueryResult, QueryStats } from './queryTypes';

export interface InitOptions {
  /** Cases read per IndexedDB request while loading (keyset paging on the primary key). */
  chunkSize?: number;
  /** Also pick up single-case writes from other contexts via Dexie's storagemutated broadcast. */
  watchStorage?: boolean;
}

export type ToWorker =
  | ({ type: 'init'; dbName: string } & InitOptions)
  | { type: 'query'; id: number; query: CaseQuery }
  | { type: 'changed'; ids: string[] }
  /** Cases just committed, with their content: folded in without reading them back. */
  | { type: 'upserted'; records: CaseRecord[] }
  | { type: 'reload' }
  | { type: 'stats'; id: number };

export type FromWorker =
  | { type: 'ready'; cases: number; loadMs: number }
  | { type: 'searchReady'; ms: number }
  | { type: 'result'; id: number; result: QueryResult }
  | { type: 'stats'; id: number; stats: QueryStats }
  | { type: 'error'; id: number | null; message: string };
