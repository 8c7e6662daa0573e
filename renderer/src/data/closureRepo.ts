// A status change that may close the case: queued with its outbox entry and, for a finish, the
// after-photo hashes and the closure-quality note, all in ONE transaction.
import type { KhetDb } from './db';
import type { ClosureNote } from '#domain/case';
import type { StatusUpdatePayload } from '#domain/outbox';
import { enqueueStatusUpdate } from './outboxRepo';

export async function enqueueClosingUpdate(
  db: KhetDb,
  caseId: string,
  payload: StatusUpdatePayload,
  closing: { hashes: readonly string[]; closure: ClosureNote } | null,
  now: number,
): Promise<number> {
  return db.transaction('rw', [db.cases, db.outbox, db.timeline, db.audit, db.photoHashes], async () => {
    const seq = await enqueueStatusUpdate(db, caseId, payload, now);
    if (closing) {
      for (const hash of closing.hashes) if (!(await db.photoHashes.get(hash))) await db.photoHashes.add({ hash, caseId, at: now });
      await db.cases.update(caseId, { closure: closing.closure });
      if (closing.closure.flags.length > 0)
        await db.audit.add({
          at: now,
          action: 'closure-warnings-overridden',
          caseId,
          detail: closing.closure.reason,
          after: closing.closure,
        });
    }
    return seq;
  });
}
