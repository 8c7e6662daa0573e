// Every kind of push through the outbox, and conflicts, on real things: real IndexedDB in Chromium,
// the browser transport, and the central simulator as a real HTTP server with faults.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { KhetDb } from '#data/db';
import { createLocalCase } from '#data/caseRepo';
import { enqueuePush, enqueueStatusUpdate } from '#data/outboxRepo';
import { conflictEntries, resolveConflict } from '#data/outboxConflicts';
import { createBrowserDesktop } from '#platform/browserDesktop';
import { createCentralClient } from './client';
import { createSyncService, type SyncService } from './syncService';

const USER = 'khet1030'; // จตุจักร
let url: string;
let db: KhetDb;

async function connect(): Promise<SyncService> {
  const desktop = createBrowserDesktop();
  expect((await desktop.centralConfigure({ baseUrl: url, user: USER, password: 'demo' })).ok).toBe(true);
  const sync = createSyncService(db, desktop.centralRequest, 'จตุจักร');
  expect((await sync.syncNow()).ok).toBe(true);
  return sync;
}

/** Another officer, acting on the central service directly. */
async function otherOfficer() {
  const desktop = createBrowserDesktop();
  await desktop.centralConfigure({ baseUrl: url, user: USER, password: 'demo' });
  return createCentralClient(desktop.centralRequest);
}

const notes = async (ticketId: string, note: string) => (await commands.simTimeline(ticketId)).filter((e) => e.note === note).length;
const openCase = async () => (await db.cases.toArray()).find((c) => c.bucket === 'waiting' || c.bucket === 'inprogress')!;

beforeAll(async () => {
  url = await commands.simStart();
});
afterAll(async () => {
  await commands.simStop();
});
beforeEach(async () => {
  db = new KhetDb(`outbox-${crypto.randomUUID()}`);
  await db.open();
  await commands.simSetFaults({ dropRate: 0, errorRate5xx: 0, malformedRate: 0 });
});
afterEach(async () => {
  await db.delete();
});

describe('pushes of every kind', () => {
  it('a staff-only comment lands exactly once even when its reply is lost', async () => {
    const sync = await connect();
    const c = await openCase();
    const note = `ประสานฝ่ายโยธาแล้ว ${crypto.randomUUID()}`;
    await enqueuePush(
      db,
      c.id,
      { kind: 'comment', payload: { ticketId: c.id, note, commentType: 'chat_staff_only', notifyReporter: false } },
      Date.now(),
    );
    await commands.simSetFaults({ dropRate: 1 });
    expect((await sync.pushNow()).sent).toBe(0);
    await commands.simSetFaults({ dropRate: 0 });
    expect((await sync.pushNow()).verified).toBe(1);
    expect(await notes(c.id, note)).toBe(1);
  });

  it('an invitation to a unit lands once and the next pull shows the unit added', async () => {
    const sync = await connect();
    const c = await openCase();
    const note = `เชิญฝ่ายโยธาร่วมดำเนินการ ${crypto.randomUUID()}`;
    const payload = {
      ticketId: c.id,
      scenario: 1 as const,
      destinationOrgIds: ['103006'],
      destinationNames: ['ฝ่ายโยธา เขตจตุจักร'],
      note,
      notifyReporter: false,
    };
    await enqueuePush(db, c.id, { kind: 'join-forward', payload }, Date.now());
    expect((await sync.pushNow()).sent).toBe(1);
    expect(await notes(c.id, note)).toBe(1);
    const pulled = await sync.syncNow();
    expect(pulled.ok && pulled.value.changes.find((x) => x.caseId === c.id)?.kinds).toContain('org-added');
  });

  it('a status change with after-photos sends them (at most 3) and the simulator stores them', async () => {
    const sync = await connect();
    const c = await openCase();
    const note = `ซ่อมเสร็จ ${crypto.randomUUID()}`;
    const pixel = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    await enqueueStatusUpdate(
      db,
      c.id,
      { ticketId: c.id, issueStatusId: 4, statusLabel: 'เสร็จสิ้น', note, notifyReporter: false, photosBase64: [pixel] },
      Date.now(),
    );
    expect((await sync.pushNow()).sent).toBe(1);
    const detail = await sync.refreshCase(c.id, c.id);
    expect(detail.ok).toBe(true);
    const entry = (await db.timeline.where('caseId').equals(c.id).toArray()).find((e) => e.kind === 'remote' && e.note === note);
    expect(entry?.photo).toMatch(/sim-photo\/[0-9a-f]+\.jpg$/);
  });

  it('a local case becomes one central ticket even when the first reply is lost, and is re-keyed under its ticket id', async () => {
    const sync = await connect();
    const local = await createLocalCase(
      db,
      { description: 'ไฟส่องสว่างดับ ซอยพหลโยธิน 24', address: 'ซอยพหลโยธิน 24', lat: 13.8155, lon: 100.5621, categories: ['แสงสว่าง'] },
      Date.now(),
    );
    const clientTicketId = `KD-${crypto.randomUUID()}`;
    await enqueuePush(
      db,
      local.id,
      {
        kind: 'new-issue',
        payload: {
          clientTicketId,
          lat: 13.8155,
          lon: 100.5621,
          description: local.description,
          address: local.address,
          categoryName: 'แสงสว่าง',
          photosBase64: [],
        },
      },
      Date.now(),
    );
    await commands.simSetFaults({ dropRate: 1 });
    expect((await sync.pushNow()).sent).toBe(0);
    await commands.simSetFaults({ dropRate: 0 });
    expect((await sync.pushNow()).sent).toBe(1);
    const created = await commands.simTicketsWithClientId(clientTicketId);
    expect(created).toHaveLength(1);
    expect(await db.cases.get(local.id)).toBeUndefined();
    const rekeyed = await db.cases.get(created[0]!);
    expect(rekeyed?.ticketId).toBe(created[0]);
    expect((await db.outbox.toArray()).every((o) => o.caseId === created[0])).toBe(true);
  });
});

describe('conflicts', () => {
  it('a queued status change on a case changed centrally waits for the coordinator, then goes once', async () => {
    const sync = await connect();
    const c = await openCase();
    const mine = `ลงพื้นที่ตรวจสอบ ${crypto.randomUUID()}`;
    // Offline: the change stays queued.
    await commands.simSetFaults({ errorRate5xx: 1 });
    await enqueueStatusUpdate(
      db,
      c.id,
      { ticketId: c.id, issueStatusId: 6, statusLabel: 'ติดตามเรื่อง', note: mine, notifyReporter: false },
      Date.now(),
    );
    await sync.pushNow();
    await commands.simSetFaults({ errorRate5xx: 0 });
    // Meanwhile someone finishes the case centrally.
    expect(
      (await (await otherOfficer()).updateIssue({ ticketId: c.id, issueStatusId: 4, note: 'ปิดเรื่องโดยส่วนกลาง', notifyReporter: false })).ok,
    ).toBe(true);

    expect((await sync.syncNow()).ok).toBe(true);
    const conflicts = await conflictEntries(db);
    expect(conflicts.map((x) => x.caseId)).toEqual([c.id]);
    expect(conflicts[0]?.conflict?.remoteStatusLabel).toBe('เสร็จสิ้น');
    expect(await notes(c.id, mine)).toBe(0); // not pushed over the central change

    await resolveConflict(db, conflicts[0]!.seq!, 'send-mine', Date.now());
    expect((await sync.pushNow()).sent).toBe(1);
    expect(await notes(c.id, mine)).toBe(1);
  });

  it('a dropped edit is never sent', async () => {
    const sync = await connect();
    const c = await openCase();
    const mine = `จะยกเลิก ${crypto.randomUUID()}`;
    await commands.simSetFaults({ errorRate5xx: 1 });
    await enqueueStatusUpdate(
      db,
      c.id,
      { ticketId: c.id, issueStatusId: 2, statusLabel: 'กำลังดำเนินการ', note: mine, notifyReporter: false },
      Date.now(),
    );
    await sync.pushNow();
    await commands.simSetFaults({ errorRate5xx: 0 });
    await (await otherOfficer()).updateIssue({ ticketId: c.id, issueStatusId: 5, note: 'ไม่เกี่ยวข้อง (ส่วนกลาง)', notifyReporter: false });
    await sync.syncNow();
    const [conflict] = await conflictEntries(db);
    await resolveConflict(db, conflict!.seq!, 'discard-mine', Date.now());
    await sync.syncNow();
    await sync.pushNow();
    expect(await notes(c.id, mine)).toBe(0);
    expect((await db.outbox.get(conflict!.seq))?.state).toBe('discarded');
    expect((await db.cases.get(c.id))?.bucket).toBe('irrelevant');
  });
});
