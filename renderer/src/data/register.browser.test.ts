// The register on real IndexedDB (Chromium): upserts keep local fields, never go backwards in time,
// page by keyset, and a status change lands with its outbox entry atomically.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KhetDb } from './db';
import { listNewest, upsertRemote } from './caseRepo';
import { enqueueStatusUpdate, unsentEntries } from './outboxRepo';
import { timelineOf } from './timelineRepo';
import { remote } from '../test/fixtures';

let db: KhetDb;
beforeEach(async () => {
  db = new KhetDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('upsertRemote', () => {
  it('adds new cases and reports them as new', async () => {
    const out = await upsertRemote(db, [{ id: 'A', remote: remote({ ticketId: 'A' }) }]);
    expect(out).toMatchObject({ added: 1, updated: 0 });
    expect(out.changes).toEqual([{ caseId: 'A', kinds: ['new'] }]);
  });

  it('keeps local fields and reports a status change', async () => {
    await upsertRemote(db, [{ id: 'A', remote: remote() }]);
    await db.cases.update('A', { units: ['ฝ่ายโยธา'], localNote: 'โทรแล้ว' });
    const later = remote({ statusLabel: 'กำลังดำเนินการ', bucket: 'inprogress', lastActivityAt: Date.UTC(2026, 10, 3) });
    const out = await upsertRemote(db, [{ id: 'A', remote: later }]);
    expect(out.changes[0]?.kinds).toContain('status');
    const stored = await db.cases.get('A');
    expect(stored).toMatchObject({ units: ['ฝ่ายโยธา'], localNote: 'โทรแล้ว', bucket: 'inprogress' });
  });

  it('never lets an older copy overwrite a newer one, and is idempotent', async () => {
    const newer = remote({ statusLabel: 'เสร็จสิ้น', bucket: 'finish', lastActivityAt: Date.UTC(2026, 10, 5) });
    await upsertRemote(db, [{ id: 'A', remote: newer }]);
    const out = await upsertRemote(db, [{ id: 'A', remote: remote() }]);
    expect(out).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect((await db.cases.get('A'))?.bucket).toBe('finish');
    const again = await upsertRemote(db, [{ id: 'A', remote: newer }]);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(await db.cases.count()).toBe(1);
  });
});

describe('listNewest', () => {
  it('pages newest first with keyset continuation, ties included', async () => {
    const same = Date.UTC(2026, 10, 10);
    const items = Array.from({ length: 25 }, (_, i) => ({
      id: `T${String(i).padStart(2, '0')}`,
      remote: remote({ ticketId: `T${i}`, lastActivityAt: i < 10 ? same : Date.UTC(2026, 9, 1 + i) }),
    }));
    await upsertRemote(db, items);
    const seen: string[] = [];
    let page = await listNewest(db, 7);
    while (page.length > 0) {
      seen.push(...page.map((c) => c.id));
      const last = page[page.length - 1]!;
      page = await listNewest(db, 7, { lastActivityAt: last.lastActivityAt, id: last.id });
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const times = await Promise.all(seen.map(async (id) => (await db.cases.get(id))!.lastActivityAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('enqueueStatusUpdate', () => {
  it('writes the outbox entry, the local timeline event and the case stamp together', async () => {
    await upsertRemote(db, [{ id: 'A', remote: remote() }]);
    const payload = { ticketId: '2023-AAAAAA', issueStatusId: 4, statusLabel: 'เสร็จสิ้น', note: 'ซ่อมแล้ว', notifyReporter: false };
    const seq = await enqueueStatusUpdate(db, 'A', payload, 1000);
    const [entry] = await unsentEntries(db);
    expect(entry).toMatchObject({ seq, state: 'pending', basedOnActivityAt: Date.UTC(2026, 10, 2) });
    expect((await timelineOf(db, 'A'))[0]).toMatchObject({ kind: 'local', note: 'ซ่อมแล้ว', outboxSeq: seq });
    expect((await db.cases.get('A'))?.localUpdatedAt).toBe(1000);
  });

  it('writes nothing when the case does not exist', async () => {
    const payload = { ticketId: 'X', issueStatusId: 4, statusLabel: 'เสร็จสิ้น', note: 'n', notifyReporter: false };
    await expect(enqueueStatusUpdate(db, 'missing', payload, 1)).rejects.toThrow();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.timeline.count()).toBe(0);
  });
});
