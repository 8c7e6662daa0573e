// Bulk edits on real IndexedDB (Chromium): a unit assignment and its undo, a follow-up for each
// selected case, and saved views in the meta table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KhetDb } from '#data/db';
import { getCases, upsertRemote } from '#data/caseRepo';
import { assignUnits } from '#data/caseLocalRepo';
import { followUpsOf } from '#data/followUpRepo';
import { deleteSavedView, listSavedViews, saveView } from '#data/savedViewRepo';
import { remote } from '../../test/fixtures';
import { assignUnitsWithUndo, scheduleFollowUps, undoAssign } from './bulkEdits';
import { DEFAULT_VIEW, parseView, serializeView } from './registerView';

let db: KhetDb;
const now = Date.UTC(2026, 11, 4, 3);
beforeEach(async () => {
  db = new KhetDb(`test-${crypto.randomUUID()}`);
  await db.open();
  await upsertRemote(
    db,
    ['A', 'B', 'C'].map((id) => ({ id, remote: remote({ ticketId: id }) })),
  );
  await assignUnits(db, ['A'], ['ฝ่ายเทศกิจ'], 'set', now - 1);
});
afterEach(async () => {
  await db.delete();
});

const unitsOf = async (ids: string[]) => (await getCases(db, ids)).map((c) => c?.units);

describe('bulk edits', () => {
  it('adds a unit to every selected case and undo puts the previous units back', async () => {
    const { changed, before } = await assignUnitsWithUndo(db, ['A', 'B'], ['ฝ่ายโยธา'], now);
    expect(changed).toBe(2);
    expect(await unitsOf(['A', 'B', 'C'])).toEqual([['ฝ่ายเทศกิจ', 'ฝ่ายโยธา'], ['ฝ่ายโยธา'], []]);
    expect(await undoAssign(db, before, now + 1)).toBe(2);
    expect(await unitsOf(['A', 'B', 'C'])).toEqual([['ฝ่ายเทศกิจ'], [], []]);
  });

  it('schedules one follow-up per case, and none at all for a past due date', async () => {
    expect(await scheduleFollowUps(db, ['A', 'B'], { kind: 'check-site', dueAt: now - 3_600_000, note: 'x' }, now)).toEqual({
      ok: false,
      problem: 'due-in-past',
    });
    expect([...(await followUpsOf(db, 'A')), ...(await followUpsOf(db, 'B'))]).toEqual([]);
    expect(await scheduleFollowUps(db, ['A', 'B'], { kind: 'check-site', dueAt: now + 86_400_000, note: ' ดูหน้างาน ' }, now)).toEqual({
      ok: true,
      count: 2,
    });
    expect((await followUpsOf(db, 'B')).map((f) => [f.kind, f.note, f.state])).toEqual([['check-site', 'ดูหน้างาน', 'open']]);
  });
});

describe('saved views', () => {
  it('saves, replaces by name, lists in Thai order and deletes', async () => {
    const v = { ...DEFAULT_VIEW, categories: ['ถนน'], columns: ['units' as const] };
    await saveView(db, 'ถนน', serializeView(v), now);
    await saveView(db, 'ขยะ', serializeView(DEFAULT_VIEW), now);
    await saveView(db, ' ถนน ', serializeView({ ...v, subdistricts: ['บางซื่อ'] }), now + 1);
    const list = await listSavedViews(db);
    expect(list.map((s) => s.name)).toEqual(['ขยะ', 'ถนน']);
    expect(parseView(list[1]!.view)).toEqual({ ...v, subdistricts: ['บางซื่อ'] });
    expect((await deleteSavedView(db, 'ขยะ')).map((s) => s.name)).toEqual(['ถนน']);
  });
});
