// What a bulk action does to the selected cases, through the data layer only: assign units (with the
// previous units kept for undo), add a note, schedule a follow-up for each (refused as a whole when
// the due date has passed: nothing is saved), and export the selection through io's public export.
// Never touches Dexie tables directly, never builds the workbook on the UI thread.
import type { TFunction } from 'i18next';
import { getCases } from '#data/caseRepo';
import { addLocalNoteToCases, assignUnits } from '#data/caseLocalRepo';
import type { KhetDb } from '#data/db';
import { addFollowUp } from '#data/followUpRepo';
import type { CaseRecord } from '#domain/case';
import type { District } from '#domain/districts';
import { checkNewFollowUp, type FollowUpKind, type FollowUpProblem } from '#domain/followUp';
import { REGISTER_COLUMNS, type RegisterColumn } from '#domain/registerRow';
import { BUCKETS, type StatusBucket } from '#domain/status';
import { exportRegisterInWorker } from '#io/exportInWorker';
import { desktop } from '#platform/index';

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

/** Export the selected cases the way the register's export does (same worker, same save path). */
export async function exportSelection(
  db: KhetDb,
  ids: readonly string[],
  ctx: { t: TFunction<['register', 'common']>; lang: 'th' | 'en'; district: District },
  onProgress: (percent: number) => void,
): Promise<{ saved: boolean; name: string; count: number }> {
  const { t, lang, district } = ctx;
  const rows = (await getCases(db, [...ids])).filter((c): c is CaseRecord => c != null);
  const headers = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, t(`columns.${c}`)])) as Record<RegisterColumn, string>;
  const bucketLabels = Object.fromEntries(BUCKETS.map((b) => [b, t(`common:bucket.${b}`)])) as Record<StatusBucket, string>;
  const districtName = lang === 'en' ? `${district.nameEn} District` : `สำนักงานเขต${district.nameTh}`;
  const bytes = await exportRegisterInWorker(rows, { lang, title: t('export.title'), districtName, generatedAt: Date.now(), headers, bucketLabels }, (done, total) =>
    onProgress(Math.round((done / Math.max(1, total)) * 100)),
  );
  const name = t('export.fileName', { district: lang === 'en' ? district.nameEn : district.nameTh, date: new Date().toISOString().slice(0, 10) });
  const saved = await desktop.saveFile({ suggestedName: name, data: bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
  if (!saved.ok) throw new Error(saved.error.message);
  return { saved: saved.value.saved, name, count: rows.length };
}
