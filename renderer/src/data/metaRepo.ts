// Small typed key/value settings and state (setup, sync state) in the `meta` table.
import type { KhetDb } from './db';

export interface SetupSettings {
  districtCode: string;
  mode: 'demo' | 'central';
  /** Central service URL for display; the password never touches the register. */
  baseUrl: string | null;
  user: string | null;
}

export interface SyncMeta {
  lastPullAt: number | null;
  lastPullWindow: 'today' | '3days' | 'all' | null;
  lastPullCount: number;
  creditBalance: number | null;
  unlimitedCredits: boolean;
  lastError: string | null;
  /** Org ids of the district office and its units, learnt from get-org-list. */
  orgIds: string[];
  gapPossible: boolean;
  /** Why a gap is possible: the 5,000-row cap was hit, or the register was offline over 3 days. */
  gapReason: 'cap' | 'offline' | null;
  /** When the last pull was attempted, good or not (the schedule counts attempts, not successes). */
  lastPullAttemptAt: number | null;
  /** Bangkok month ('2026-12') in which the central service said the quota ran out. */
  quotaExhaustedMonth: string | null;
}

export const EMPTY_SYNC_META: SyncMeta = {
  lastPullAt: null,
  lastPullWindow: null,
  lastPullCount: 0,
  creditBalance: null,
  unlimitedCredits: false,
  lastError: null,
  orgIds: [],
  gapPossible: false,
  gapReason: null,
  lastPullAttemptAt: null,
  quotaExhaustedMonth: null,
};

export async function readMeta<T>(db: KhetDb, key: string): Promise<T | null> {
  const row = await db.meta.get(key);
  return row ? (row.value as T) : null;
}

export async function writeMeta<T>(db: KhetDb, key: string, value: T): Promise<void> {
  await db.meta.put({ key, value });
}

export const readSetup = (db: KhetDb) => readMeta<SetupSettings>(db, 'setup');
export const writeSetup = (db: KhetDb, s: SetupSettings) => writeMeta(db, 'setup', s);

export async function readSyncMeta(db: KhetDb): Promise<SyncMeta> {
  return { ...EMPTY_SYNC_META, ...((await readMeta<Partial<SyncMeta>>(db, 'sync')) ?? {}) };
}

export async function patchSyncMeta(db: KhetDb, patch: Partial<SyncMeta>): Promise<SyncMeta> {
  return db.transaction('rw', db.meta, async () => {
    const next = { ...(await readSyncMeta(db)), ...patch };
    await writeMeta(db, 'sync', next);
    return next;
  });
}
