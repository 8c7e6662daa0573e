// The credit budget on real things: the sync service's own schedule and ledger, real IndexedDB in
// Chromium, and the central simulator charging credits as a real HTTP server. The service's clock is
// fake (a whole office day in a second); credits are read from the simulator's own replies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { KhetDb } from '#data/db';
import { readSyncMeta } from '#data/metaRepo';
import { readLedger } from '#data/syncSettingsRepo';
import { currentLedger } from '#domain/syncSchedule';
import { createBrowserDesktop } from '#platform/browserDesktop';
import { createSyncService, type SyncService } from './syncService';

const USER = 'khet1030';
const MINUTE = 60_000;
// Bangkok wall-clock time as epoch ms (UTC+7).
const bkk = (d: number, h: number, mi = 0) => Date.UTC(2026, 11, d, h - 7, mi);

let db: KhetDb;
let clock = 0;

async function start(quotaPerMonth: number): Promise<SyncService> {
  const url = await commands.simStart({ quotaPerMonth });
  const desktop = createBrowserDesktop();
  expect((await desktop.centralConfigure({ baseUrl: url, user: USER, password: 'demo' })).ok).toBe(true);
  return createSyncService(db, desktop.centralRequest, 'จตุจักร', () => clock);
}

/** Let the background timer look every 5 minutes from `from` to `to`. */
async function runDay(sync: SyncService, from: number, to: number) {
  for (clock = from; clock < to; clock += 5 * MINUTE) await sync.tick();
}

const credits = async () => (await readSyncMeta(db)).creditBalance ?? NaN;

beforeEach(async () => {
  db = new KhetDb(`budget-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
  await commands.simStop();
});

describe('credit budget', () => {
  it('the default schedule spends at most 12 calls on a normal office day (Monday 7 December 2026)', async () => {
    const sync = await start(1000);
    clock = bkk(7, 7, 45);
    expect((await sync.syncNow()).ok).toBe(true); // the coordinator's first pull of the morning, by hand
    const before = await credits();

    await runDay(sync, bkk(7, 7, 50), bkk(8, 7, 0));

    const spent = before - (await credits());
    const ledger = currentLedger(await readLedger(db), bkk(7, 20));
    expect(spent).toBeGreaterThanOrEqual(4); // it really pulled during the day…
    expect(spent).toBeLessThanOrEqual(12); // …within the budget
    expect(ledger.backgroundToday).toBe(spent);
    expect((await readSyncMeta(db)).lastPullAt).toBe(bkk(7, 16, 30));
  });

  it('stops background sync below the threshold and says why; "sync now" still works', async () => {
    const sync = await start(60); // a district almost out of credits: threshold is 50
    clock = bkk(7, 7, 45);
    await sync.syncNow();
    await runDay(sync, bkk(7, 7, 50), bkk(10, 7, 0)); // Monday to Wednesday night
    const stopped = await credits();
    expect(stopped).toBeLessThan(50);
    expect(stopped).toBeGreaterThanOrEqual(48); // it stopped right at the threshold, not later
    expect(sync.getSnapshot().backgroundBlockedBy).toBe('threshold');

    await runDay(sync, bkk(10, 7, 0), bkk(11, 18, 0)); // two more office days: no call at all
    expect(await credits()).toBe(stopped);

    expect((await sync.syncNow()).ok).toBe(true);
    expect(await credits()).toBe(stopped - 1);
  });
});
