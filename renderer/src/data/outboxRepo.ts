// The outbox table: queued pushes and their state. A status change is written together with its
// local timeline entry and the case's local stamp in ONE transaction (nothing half-recorded).
import type { KhetDb } from './db';
import type { OutboxEntry, StatusUpdatePayload } from '#domain/outbox';
import { bucketOf } from '#domain/status';
import { emitCasesChanged } from './changeFeed';

export async function enqueueStatusUpdate(db: KhetDb, caseId: string, payload: StatusUpdatePayload, now: number): Promise<number> {
  const seq = await db.transaction('rw', [db.cases, db.outbox, db.timeline, db.audit], async () => {
    const current = await db.cases.get(caseId);
    if (!current) throw new Error(`case ${caseId} not found`);
    const seq = (await db.outbox.add({
      caseId,
      kind: 'update-status',
      payload,
      state: 'pending',
      attempts: 0,
      createdAt: now,
      lastAttemptAt: null,
      uncertain: false,
      lastError: null,
      sentAt: null,
      basedOnActivityAt: current.lastActivityAt,
    })) as number;
    await db.timeline.add({ caseId, kind: 'local', at: now, statusLabel: payload.statusLabel, org: '', note: payload.note, photo: null, outboxSeq: seq });
    await db.cases.update(caseId, { localUpdatedAt: now });
    await db.audit.add({ at: now, action: 'status-change-queued', caseId, detail: `${payload.statusLabel} (outbox ${seq})` });
    return seq;
  });
  emitCasesChanged([caseId]);
  return seq;
}

/** Entries not yet sent, oldest first (failed ones too: they hold back later pushes of their ticket). */
export function unsentEntries(db: KhetDb): Promise<OutboxEntry[]> {
  return db.outbox.where('state').anyOf('pending', 'sending', 'failed').sortBy('seq');
}

export function outboxOf(db: KhetDb, caseId: string): Promise<OutboxEntry[]> {
  return db.outbox.where('caseId').equals(caseId).sortBy('seq');
}

export function allOutbox(db: KhetDb): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('seq').reverse().toArray();
}

export async function updateEntry(db: KhetDb, seq: number, patch: Partial<OutboxEntry>): Promise<void> {
  await db.outbox.update(seq, patch);
}

export async function retryFailed(db: KhetDb, seq: number): Promise<void> {
  await db.outbox.update(seq, { state: 'pending', attempts: 0, lastError: null });
}

/**
 * The central service accepted the push. Its reply does not echo the new status, so the case shows
 * the status we sent until the next pull brings the authoritative copy (lastActivityAt is left alone
 * on purpose: the pulled copy will be newer and replace ours).
 */
export async function markSent(db: KhetDb, entry: OutboxEntry, now: number): Promise<void> {
  const bucket = bucketOf(entry.payload.statusLabel);
  await db.transaction('rw', [db.outbox, db.cases, db.audit], async () => {
    await db.outbox.update(entry.seq ?? 0, { state: 'sent', sentAt: now, uncertain: false, lastError: null });
    if (bucket) await db.cases.update(entry.caseId, { statusLabel: entry.payload.statusLabel, bucket });
    await db.audit.add({ at: now, action: 'status-change-sent', caseId: entry.caseId, detail: `outbox ${entry.seq}` });
  });
  emitCasesChanged([entry.caseId]);
}
