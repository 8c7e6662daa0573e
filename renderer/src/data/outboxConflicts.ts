// Conflicts between queued status changes and the central copy of their case: found after every
// pull and before every push, resolved only by the coordinator (never a silent overwrite).
import type { KhetDb } from './db';
import { findsConflict, isUnsent, type OutboxEntry } from '#domain/outbox';
import { emitCasesChanged } from './changeFeed';

/** Status labels our own pushes for a case may have produced (sent, or attempted with unknown outcome). */
function ownLabels(entries: readonly OutboxEntry[]): Set<string> {
  const labels = new Set<string>();
  for (const e of entries) if (e.kind === 'update-status' && (e.state === 'sent' || e.attempts > 0)) labels.add(e.payload.statusLabel);
  return labels;
}

/** Check the given cases' queued changes (all unsent ones when omitted); returns how many became conflicts. */
export async function markConflicts(db: KhetDb, now: number, caseIds?: readonly string[]): Promise<number> {
  let found = 0;
  const touched: string[] = [];
  await db.transaction('rw', [db.outbox, db.cases, db.audit], async () => {
    const unsent = caseIds
      ? await db.outbox
          .where('caseId')
          .anyOf([...caseIds])
          .toArray()
      : await db.outbox.where('state').anyOf('pending', 'failed').toArray();
    const byCase = new Map<string, OutboxEntry[]>();
    for (const e of unsent) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
    for (const [caseId, entries] of byCase) {
      const current = await db.cases.get(caseId);
      if (!current) continue;
      const all = caseIds ? entries : await db.outbox.where('caseId').equals(caseId).toArray();
      const own = ownLabels(all);
      for (const e of entries) {
        // An entry mid-send is left alone: it may already have landed.
        if (!isUnsent(e) || e.state === 'sending' || !findsConflict(e, current, own)) continue;
        await db.outbox.update(e.seq, {
          state: 'conflict',
          conflict: { remoteStatusLabel: current.statusLabel, remoteActivityAt: current.lastActivityAt, foundAt: now },
        });
        await db.audit.add({ at: now, action: 'conflict-found', caseId, detail: `outbox ${e.seq}: central ${current.statusLabel}` });
        found++;
        touched.push(caseId);
      }
    }
  });
  emitCasesChanged(touched);
  return found;
}

export type ConflictChoice = 'send-mine' | 'discard-mine';

/**
 * send-mine: the edit is re-based on the central copy as it is now and queued again;
 * discard-mine: the edit is dropped (kept, marked discarded, for the audit trail).
 */
export async function resolveConflict(db: KhetDb, seq: number, choice: ConflictChoice, now: number): Promise<void> {
  let caseId = '';
  await db.transaction('rw', [db.outbox, db.cases, db.audit], async () => {
    const entry = await db.outbox.get(seq);
    if (!entry || entry.state !== 'conflict') return;
    caseId = entry.caseId;
    const current = await db.cases.get(entry.caseId);
    if (choice === 'send-mine') {
      await db.outbox.update(seq, {
        state: 'pending',
        conflict: null,
        basedOnActivityAt: current?.lastActivityAt ?? entry.basedOnActivityAt,
        basedOnStatusLabel: current?.statusLabel ?? entry.basedOnStatusLabel,
      });
    } else {
      await db.outbox.update(seq, { state: 'discarded' });
    }
    await db.audit.add({ at: now, action: `conflict-${choice}`, caseId: entry.caseId, detail: `outbox ${seq}` });
  });
  if (caseId) emitCasesChanged([caseId]);
}

export function conflictEntries(db: KhetDb): Promise<OutboxEntry[]> {
  return db.outbox.where('state').equals('conflict').sortBy('seq');
}
