// The outbox table: queued pushes and their state. A local change is written together with its
// outbox entry, its local timeline entry and the case's local stamp in ONE transaction (nothing
// half-recorded). Conflict handling lives in outboxConflicts.ts, the effects of a sent push here.
import type { KhetDb } from './db';
import { UNSENT_STATES, summaryOf, type OutboxEntry, type OutboxPush } from '#domain/outbox';
import type { StatusUpdatePayload } from '#domain/outbox';
import { bucketOf } from '#domain/status';
import { emitCasesChanged } from './changeFeed';

const AUDIT_ACTION: Record<OutboxPush['kind'], string> = {
  'update-status': 'status-change',
  comment: 'comment',
  'join-forward': 'forward',
  'new-issue': 'new-ticket',
};

/** Queue any push for a case; returns the outbox seq. */
export async function enqueuePush(db: KhetDb, caseId: string, push: OutboxPush, now: number): Promise<number> {
  const seq = await db.transaction('rw', [db.cases, db.outbox, db.timeline, db.audit], async () => {
    const current = await db.cases.get(caseId);
    if (!current) throw new Error(`case ${caseId} not found`);
    const seq = (await db.outbox.add({
      ...push,
      caseId,
      state: 'pending',
      attempts: 0,
      createdAt: now,
      lastAttemptAt: null,
      uncertain: false,
      lastError: null,
      sentAt: null,
      basedOnActivityAt: current.lastActivityAt,
      basedOnStatusLabel: current.statusLabel,
      conflict: null,
    })) as number;
    const { label, note } = summaryOf(push);
    await db.timeline.add({ caseId, kind: 'local', at: now, statusLabel: label, org: '', note, photo: null, outboxSeq: seq });
    await db.cases.update(caseId, { localUpdatedAt: now });
    await db.audit.add({ at: now, action: `${AUDIT_ACTION[push.kind]}-queued`, caseId, detail: `${label} (outbox ${seq})` });
    return seq;
  });
  emitCasesChanged([caseId]);
  return seq;
}

export function enqueueStatusUpdate(db: KhetDb, caseId: string, payload: StatusUpdatePayload, now: number): Promise<number> {
  return enqueuePush(db, caseId, { kind: 'update-status', payload }, now);
}

/** Entries not yet sent, oldest first (failed and conflicting ones too: they hold back later pushes of their case). */
export function unsentEntries(db: KhetDb): Promise<OutboxEntry[]> {
  return db.outbox
    .where('state')
    .anyOf([...UNSENT_STATES])
    .sortBy('seq');
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
  await db.transaction('rw', [db.outbox, db.cases, db.audit], async () => {
    await db.outbox.update(entry.seq ?? 0, { state: 'sent', sentAt: now, uncertain: false, lastError: null });
    if (entry.kind === 'update-status') {
      const bucket = bucketOf(entry.payload.statusLabel);
      if (bucket) await db.cases.update(entry.caseId, { statusLabel: entry.payload.statusLabel, bucket });
    }
    await db.audit.add({ at: now, action: `${AUDIT_ACTION[entry.kind]}-sent`, caseId: entry.caseId, detail: `outbox ${entry.seq}` });
  });
  emitCasesChanged([entry.caseId]);
}

/**
 * A local case became a central ticket: re-key it under the ticket id (the register's one key space,
 * so the next pull updates it instead of adding a copy) and move its history and outbox with it.
 * Returns the case's new id.
 */
export async function markTicketCreated(db: KhetDb, entry: OutboxEntry, ticketId: string, now: number): Promise<string> {
  const newId = await db.transaction('rw', [db.outbox, db.cases, db.timeline, db.audit, db.meetings], async () => {
    await db.outbox.update(entry.seq ?? 0, { state: 'sent', sentAt: now, uncertain: false, lastError: null });
    const local = await db.cases.get(entry.caseId);
    const existing = await db.cases.get(ticketId);
    if (local && entry.caseId !== ticketId) {
      // A pull may already have brought the ticket: keep its central fields, carry our local ones over.
      const { units, localNote, channel, refs, contact, pauses, closure, meeting } = local;
      const localFields = { units, localNote, channel, refs, contact, pauses, closure, meeting };
      const merged = existing
        ? { ...existing, ...localFields, localUpdatedAt: now }
        : { ...local, id: ticketId, ticketId, source: 'traffy' as const };
      await db.cases.put(merged);
      await db.cases.delete(entry.caseId);
      await db.timeline.where('caseId').equals(entry.caseId).modify({ caseId: ticketId });
      // A meeting item keeps its place in its session.
      const m = meeting ? await db.meetings.get(meeting.meetingId) : undefined;
      if (m) await db.meetings.update(m.id, { itemIds: m.itemIds.map((x) => (x === entry.caseId ? ticketId : x)) });
      await db.outbox
        .where('caseId')
        .equals(entry.caseId)
        .modify((o: OutboxEntry) => {
          o.caseId = ticketId;
          if (o.kind !== 'new-issue') o.payload.ticketId = ticketId;
        });
    }
    await db.audit.add({
      at: now,
      action: 'new-ticket-sent',
      caseId: ticketId,
      detail: `${entry.caseId} → ${ticketId} (outbox ${entry.seq})`,
    });
    return ticketId;
  });
  emitCasesChanged([entry.caseId, newId]);
  return newId;
}

/** The case an entry belongs to now (a new ticket's case is re-keyed when the ticket is created). */
export async function entryCaseId(db: KhetDb, seq: number): Promise<string | null> {
  return (await db.outbox.get(seq))?.caseId ?? null;
}
