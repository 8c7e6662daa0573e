// Sync end to end on real things: real IndexedDB in Chromium, the browser transport with its
// credential session, and the central simulator as a real HTTP server (started through commands).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { KhetDb } from '#data/db';
import { enqueueStatusUpdate } from '#data/outboxRepo';
import { readSyncMeta } from '#data/metaRepo';
import { createBrowserDesktop } from '#platform/browserDesktop';
import { createSyncService } from './syncService';

const USER = 'khet1030'; // จตุจักร
let url: string;
let db: KhetDb;

async function connect(password = 'demo') {
  const desktop = createBrowserDesktop();
  const configured = await desktop.centralConfigure({ baseUrl: url, user: USER, password });
  expect(configured.ok).toBe(true);
  return createSyncService(db, desktop.centralRequest, 'จตุจักร');
}

beforeAll(async () => {
  url = await commands.simStart();
});
afterAll(async () => {
  await commands.simStop();
});
beforeEach(async () => {
  db = new KhetDb(`sync-${crypto.randomUUID()}`);
  await db.open();
  await commands.simSetFaults({ dropRate: 0, errorRate5xx: 0, malformedRate: 0 });
});
afterEach(async () => {
  await db.delete();
});

describe('pull', () => {
  it("brings exactly the district's tickets, and a second pull duplicates nothing", async () => {
    const sync = await connect();
    const first = await sync.syncNow();
    expect(first.ok && first.value.window).toBe('all');
    const expected = await commands.simDistrictTicketIds(USER);
    const ids = (await db.cases.toArray()).map((c) => c.id).sort();
    expect(ids).toEqual([...expected].sort());

    const second = await sync.syncNow();
    expect(second.ok && second.value.window).toBe('today');
    expect(await db.cases.count()).toBe(expected.length);
    expect((await readSyncMeta(db)).orgIds.length).toBeGreaterThan(1);
  });

  it('a wrong password gives auth-failed and leaves the register empty', async () => {
    const desktop = createBrowserDesktop();
    await desktop.centralConfigure({ baseUrl: url, user: USER, password: 'wrong' });
    const r = await createSyncService(db, desktop.centralRequest, 'จตุจักร').syncNow();
    expect(!r.ok && r.error.code).toBe('auth-failed');
    expect(await db.cases.count()).toBe(0);
  });

  it('a malformed reply changes nothing in the register', async () => {
    const sync = await connect();
    await sync.syncNow();
    const before = await db.cases.toArray();
    await commands.simSetFaults({ malformedRate: 1 });
    const r = await sync.syncNow();
    expect(r.ok).toBe(false);
    expect(await db.cases.toArray()).toEqual(before);
  });
});

describe('push', () => {
  it('a status change reaches the central timeline exactly once, even when the reply is lost', async () => {
    const sync = await connect();
    await sync.syncNow();
    const target = (await db.cases.toArray()).find((c) => c.bucket === 'waiting')!;
    const note = `ตรวจสอบแล้ว ${crypto.randomUUID()}`;
    await enqueueStatusUpdate(db, target.id, { ticketId: target.id, issueStatusId: 2, statusLabel: 'กำลังดำเนินการ', note, notifyReporter: false }, Date.now());

    // The central service applies the update but the connection drops before the reply.
    await commands.simSetFaults({ dropRate: 1 });
    const lost = await sync.pushNow();
    expect(lost.sent).toBe(0);
    expect((await db.outbox.toArray())[0]).toMatchObject({ state: 'pending', uncertain: true });

    // Next attempt looks in the timeline first, finds its own entry and does not send again.
    await commands.simSetFaults({ dropRate: 0 });
    const again = await sync.pushNow();
    expect(again.verified).toBe(1);
    const timeline = await commands.simTimeline(target.id);
    expect(timeline.filter((e) => e.note === note)).toHaveLength(1);
    expect((await db.outbox.toArray())[0]?.state).toBe('sent');
    expect((await db.cases.get(target.id))?.bucket).toBe('inprogress');
  });

  it('a 5xx keeps the change queued and sends it once the service is back', async () => {
    const sync = await connect();
    await sync.syncNow();
    const target = (await db.cases.toArray())[0]!;
    const note = `โทรแจ้งผู้ร้องแล้ว ${crypto.randomUUID()}`;
    await enqueueStatusUpdate(db, target.id, { ticketId: target.id, issueStatusId: 6, statusLabel: 'ติดตามเรื่อง', note, notifyReporter: false }, Date.now());
    await commands.simSetFaults({ errorRate5xx: 1 });
    await sync.pushNow();
    expect((await db.outbox.toArray())[0]?.state).toBe('pending');
    expect((await commands.simTimeline(target.id)).some((e) => e.note === note)).toBe(false);
    await commands.simSetFaults({ errorRate5xx: 0 });
    await sync.pushNow();
    expect((await commands.simTimeline(target.id)).filter((e) => e.note === note)).toHaveLength(1);
  });
});
