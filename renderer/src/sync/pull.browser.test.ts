// Pull windows, gap warnings and detail fetching on real things: real IndexedDB in Chromium and the
// central simulator as a real HTTP server. The sync service's clock is fake where time must pass.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { KhetDb } from '#data/db';
import { readSyncMeta } from '#data/metaRepo';
import { createBrowserDesktop } from '#platform/browserDesktop';
import { createCentralClient } from './client';
import { createSyncService } from './syncService';

const USER = 'khet1030';
const HOUR = 3600_000;
let db: KhetDb;
let clock = Date.now();

async function connect(url: string) {
  const desktop = createBrowserDesktop();
  expect((await desktop.centralConfigure({ baseUrl: url, user: USER, password: 'demo' })).ok).toBe(true);
  return { sync: createSyncService(db, desktop.centralRequest, 'จตุจักร', () => clock), client: createCentralClient(desktop.centralRequest) };
}

beforeEach(async () => {
  clock = Date.now();
  db = new KhetDb(`pull-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
  await commands.simStop();
});

describe('pull windows', () => {
  it('chooses all, then today, 3days and all again as time passes, and warns of a gap after 3 days offline', async () => {
    const { sync } = await connect(await commands.simStart());
    const windows: string[] = [];
    for (const gap of [0, 2 * HOUR, 30 * HOUR, 80 * HOUR]) {
      clock += gap;
      const r = await sync.syncNow();
      windows.push(r.ok ? r.value.window : r.error.code);
    }
    expect(windows).toEqual(['all', 'today', '3days', 'all']);
    expect(await readSyncMeta(db)).toMatchObject({ gapPossible: true, gapReason: 'offline' });
  });

  it('warns of a possible gap when `all` comes back with the 5,000-row cap', async () => {
    const { sync } = await connect(await commands.simStartGenerated({ district: 'จตุจักร', rows: 5200 }));
    const r = await sync.syncNow();
    expect(r.ok && r.value).toMatchObject({ window: 'all', received: 5000, gapPossible: true, gapReason: 'cap' });
    expect(await db.cases.count()).toBe(5000);
    // The newest 5,000: the 200 oldest generated tickets are the ones that may be missing.
    expect(await db.cases.get('2026-G00199')).toBeUndefined();
    expect(await db.cases.get('2026-G05199')).toBeDefined();
  });
});

describe('details after a pull', () => {
  it('fetches the timeline only of a changed case that is open on screen', async () => {
    const { sync, client } = await connect(await commands.simStart());
    await sync.syncNow();
    const [open, other] = (await db.cases.toArray()).filter((c) => c.bucket === 'waiting');
    sync.setOpenCase(open!.id);
    for (const c of [open!, other!])
      expect((await client.updateIssue({ ticketId: c.id, issueStatusId: 2, note: 'รับเรื่องแล้ว', notifyReporter: false })).ok).toBe(true);

    clock += HOUR;
    const r = await sync.syncNow();
    expect(r.ok && r.value.changes.map((c) => c.caseId).sort()).toEqual([open!.id, other!.id].sort());
    const remote = (id: string) =>
      db.timeline
        .where('caseId')
        .equals(id)
        .filter((e) => e.kind === 'remote')
        .count();
    expect(await remote(open!.id)).toBeGreaterThan(0);
    expect(await remote(other!.id)).toBe(0);
  });
});
