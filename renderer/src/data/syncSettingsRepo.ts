// The sync schedule settings and the call ledger (calls used today / this month), kept in `meta`.
import type { KhetDb } from './db';
import { readMeta, writeMeta } from './metaRepo';
import { DEFAULT_SCHEDULE, EMPTY_LEDGER, recordCall, type CallLedger, type SyncSchedule } from '#domain/syncSchedule';

export async function readSchedule(db: KhetDb): Promise<SyncSchedule> {
  return { ...DEFAULT_SCHEDULE, ...((await readMeta<Partial<SyncSchedule>>(db, 'syncSchedule')) ?? {}) };
}

export async function writeSchedule(db: KhetDb, patch: Partial<SyncSchedule>): Promise<SyncSchedule> {
  return db.transaction('rw', db.meta, async () => {
    const next = { ...(await readSchedule(db)), ...patch };
    await writeMeta(db, 'syncSchedule', next);
    return next;
  });
}

export async function readLedger(db: KhetDb): Promise<CallLedger> {
  return { ...EMPTY_LEDGER, ...((await readMeta<Partial<CallLedger>>(db, 'callLedger')) ?? {}) };
}

/** Count one call to the central service (read-modify-write in one transaction: no lost counts). */
export async function countCall(db: KhetDb, now: number, background: boolean): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await writeMeta(db, 'callLedger', recordCall(await readLedger(db), now, background));
  });
}
