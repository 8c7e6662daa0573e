// What a bulk edit does to the selected cases, through the data layer only: assign units (with the
// previous units kept for undo), add a note, schedule a follow-up for each (refused as a whole when
// the due date has passed: nothing is saved). Never touches Dexie tables directly.
import { getCases } from '#data/caseRepo';
import { addLocalNoteToCases, assignUnits } from '#data/caseLocalRepo';
import type { KhetDb } from '#data/db';
import { addFollowUp } from '#data/followUpRepo';
import { checkNewFollowUp, type FollowUpKind, type FollowUpProblem } from '#domain/followUp';

/** The units each case had before an assignment, grouped so undo is one write per distinct set. */
export type UnitsBefore = Map<string, string[]>;

export async function assignUnitsWithUndo(db: KhetDb, ids: readonly string[], units: readonly string[], now: number) {
  const before: UnitsBefore = new Map();
  for (const c of await getCases(db, [...ids])) if (c) before.set(c.id, [...c.units]);
  const changed = await assignUnits(db, ids, units, 'add', now);
  return { changed, before };
}

/** Put back the units the cases had before the assignment. */
export async function undoAssign(db: KhetDb, before: UnitsBefore, now: number): Promise<number> {
  const groups = new Map<string, { units: string[]; ids: string[] }>();
  for (const [id, units] of before) {
    const key = JSON.stringify(units);
    const g = groups.get(key) ?? { units, ids: [] };
    g.ids.push(id);
    groups.set(key, g);
  }
  let n = 0;
  for (const g of groups.values()) n += await assignUnits(db, g.ids, g.units, 'set', now);
  return n;
}

export function addNote(db: KhetDb, ids: readonly string[], note: string, now: number): Promise<number> {
  return addLocalNoteToCases(db, ids, note, now);
}

/** A follow-up for every case, or none when the due date is refused (checked before any write). */
export async function scheduleFollowUps(
  db: KhetDb,
  ids: readonly string[],
  input: { kind: FollowUpKind; dueAt: number; note: string },
  now: number,
): Promise<{ ok: true; count: number } | { ok: false; problem: FollowUpProblem }> {
  const problem = checkNewFollowUp(input.dueAt, now);
  if (problem) return { ok: false, problem };
  let count = 0;
  for (const caseId of ids) {
    const r = await addFollowUp(db, { caseId, ...input }, now);
    if (r.ok) count++;
  }
  return { ok: true, count };
}
