// upsertRemote's large-batch path on real IndexedDB (Chromium): a batch that looks new is added
// without reading first; the cases that turn out to exist are merged exactly as in the small path.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KhetDb } from './db';
import { upsertRemote } from './caseRepo';
import { remote } from '../test/fixtures';

let db: KhetDb;
beforeEach(async () => {
  db = new KhetDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const id = (i: number) => `2023-B${String(i).padStart(4, '0')}`;
const batch = (n: number, at = Date.UTC(2026, 10, 2)) =>
  Array.from({ length: n }, (_, i) => ({ id: id(i), remote: remote({ ticketId: id(i), lastActivityAt: at }) }));

describe('upsertRemote on a large batch', () => {
  it('adds a new batch, then merges the few already stored ones (local fields kept, older never wins)', async () => {
    // Positions 3 and 4 are not among the probed ones (every 5th of 40): stored before, newer and older.
    const newer = remote({ ticketId: id(3), statusLabel: 'เสร็จสิ้น', bucket: 'finish', lastActivityAt: Date.UTC(2026, 10, 9) });
    const older = remote({ ticketId: id(4), lastActivityAt: Date.UTC(2026, 9, 1) });
    await upsertRemote(db, [{ id: id(3), remote: newer }, { id: id(4), remote: older }]);
    await db.cases.update(id(4), { units: ['ฝ่ายโยธา'], localNote: 'โทรแล้ว' });

    const incoming = batch(40).map((r, i) => (i === 4 ? { ...r, remote: { ...r.remote, statusLabel: 'กำลังดำเนินการ', bucket: 'inprogress' as const } } : r));
    const out = await upsertRemote(db, incoming);
    expect(out).toMatchObject({ added: 38, updated: 1, unchanged: 1 });
    expect(out.changes.map((c) => c.caseId)).toEqual(incoming.map((r) => r.id).filter((x) => x !== id(3)));
    expect(out.changes[3]).toEqual({ caseId: id(4), kinds: ['status'] });
    expect(await db.cases.count()).toBe(40);
    expect(await db.cases.get(id(3))).toMatchObject({ bucket: 'finish', lastActivityAt: Date.UTC(2026, 10, 9) });
    expect(await db.cases.get(id(4))).toMatchObject({ units: ['ฝ่ายโยธา'], localNote: 'โทรแล้ว', bucket: 'inprogress' });
  });

  it('is idempotent and counts a case repeated in one batch once as new', async () => {
    const incoming = batch(40);
    incoming.push({ id: id(5), remote: remote({ ticketId: id(5), lastActivityAt: Date.UTC(2026, 10, 3) }) });
    const first = await upsertRemote(db, incoming);
    expect(first).toMatchObject({ added: 40, updated: 1, unchanged: 0 });
    expect((await db.cases.get(id(5)))?.lastActivityAt).toBe(Date.UTC(2026, 10, 3));
    const again = await upsertRemote(db, batch(40));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 40 });
    expect(await db.cases.count()).toBe(40);
  });
});
