// The central reference lists a laptop needs with no network (categories and statuses; the district's
// organisations are kept by every pull), with when they were fetched.
import type { KhetDb } from './db';
import { readMeta, writeMeta } from './metaRepo';

export interface ReferenceLists {
  categories: { id: number; name: string }[];
  statuses: { id: number; name: string; statusType: string }[];
  fetchedAt: number;
}

export const readReferenceLists = (db: KhetDb) => readMeta<ReferenceLists>(db, 'referenceLists');
export const writeReferenceLists = (db: KhetDb, lists: ReferenceLists) => writeMeta(db, 'referenceLists', lists);

/** Older than this, the app says the lists may be stale. */
export const REFERENCE_STALE_MS = 30 * 86_400_000;
