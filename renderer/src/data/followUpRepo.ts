// Follow-ups of cases: scheduled, completed (with outcome and maybe a next step), cancelled. Each
// change is written with its audit entry in one transaction.
import type { KhetDb } from './db';
import { checkNewFollowUp, type FollowUp, type FollowUpKind } from '#domain/followUp';
import { fail, ok, type Result } from '#contract/result';

export interface NewFollowUp {
  caseId: string;
  kind: FollowUpKind;
  dueAt: number;
  note: string;
}

export async function addFollowUp(db: KhetDb, input: NewFollowUp, now: number): Promise<Result<number>> {
  const problem = checkNewFollowUp(input.dueAt, now);
  if (problem) return fail('invalid-input', problem);
  const seq = await db.transaction('rw', [db.followUps, db.audit], async () => {
    const seq = (await db.followUps.add({
      ...input,
      note: input.note.trim(),
      state: 'open',
      createdAt: now,
      doneAt: null,
      outcome: '',
      remindedAt: null,
    })) as number;
    await db.audit.add({
      at: now,
      action: 'follow-up-scheduled',
      caseId: input.caseId,
      detail: `${input.kind} ${new Date(input.dueAt).toISOString()}`,
      after: input,
    });
    return seq;
  });
  return ok(seq);
}

/** Complete a follow-up with its outcome; `next` schedules the next step in the same transaction. */
export async function completeFollowUp(
  db: KhetDb,
  seq: number,
  outcome: string,
  now: number,
  next?: Omit<NewFollowUp, 'caseId'>,
): Promise<Result<void>> {
  if (next) {
    const problem = checkNewFollowUp(next.dueAt, now);
    if (problem) return fail('invalid-input', problem);
  }
  await db.transaction('rw', [db.followUps, db.audit], async () => {
    const f = await db.followUps.get(seq);
    if (!f || f.state !== 'open') return;
    await db.followUps.update(seq, { state: 'done', doneAt: now, outcome: outcome.trim() });
    await db.audit.add({
      at: now,
      action: 'follow-up-done',
      caseId: f.caseId,
      detail: outcome.trim(),
      before: { state: 'open' },
      after: { state: 'done', outcome },
    });
    if (next) {
      await db.followUps.add({
        ...next,
        caseId: f.caseId,
        note: next.note.trim(),
        state: 'open',
        createdAt: now,
        doneAt: null,
        outcome: '',
        remindedAt: null,
      });
      await db.audit.add({
        at: now,
        action: 'follow-up-scheduled',
        caseId: f.caseId,
        detail: `${next.kind} ${new Date(next.dueAt).toISOString()}`,
        after: next,
      });
    }
  });
  return ok(undefined);
}

export async function cancelFollowUp(db: KhetDb, seq: number, now: number): Promise<void> {
  await db.transaction('rw', [db.followUps, db.audit], async () => {
    const f = await db.followUps.get(seq);
    if (!f || f.state !== 'open') return;
    await db.followUps.update(seq, { state: 'cancelled', doneAt: now });
    await db.audit.add({ at: now, action: 'follow-up-cancelled', caseId: f.caseId, detail: f.kind });
  });
}

export function followUpsOf(db: KhetDb, caseId: string): Promise<FollowUp[]> {
  return db.followUps.where('caseId').equals(caseId).sortBy('dueAt');
}

/** Every open follow-up, soonest first (a district has hundreds, not hundreds of thousands). */
export function openFollowUps(db: KhetDb): Promise<FollowUp[]> {
  return db.followUps.where('state').equals('open').sortBy('dueAt');
}

export async function markReminded(db: KhetDb, seqs: readonly number[], now: number): Promise<void> {
  await db.transaction('rw', db.followUps, async () => {
    for (const seq of seqs) await db.followUps.update(seq, { remindedAt: now });
  });
}
