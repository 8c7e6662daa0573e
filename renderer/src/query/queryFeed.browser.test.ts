// The query worker fed by the change feed on real IndexedDB (Chromium), wired as the Workspace wires
// it: an upsert's committed records reach the engine without a read-back, and a later ids-only notice
// for the same case (a write that passed no records) still wins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KhetDb } from '#data/db';
import { upsertRemote } from '#data/caseRepo';
import { onCasesChanged } from '#data/changeFeed';
import { createQueryClient, type QueryClient } from './queryClient';
import { syntheticCases } from './synthCases';

let db: KhetDb;
let client: QueryClient;
let stopFeed: () => void;

beforeAll(async () => {
  db = new KhetDb(`query-feed-${crypto.randomUUID()}`);
  await db.open();
  client = createQueryClient(db.name, { watchStorage: false });
  await client.ready;
  stopFeed = onCasesChanged((ids) => client.notifyChanged([...ids]));
}, 60_000);

afterAll(async () => {
  stopFeed();
  client.dispose();
  await db.delete();
});

const asRemote = ({ id, units: _u, localNote: _n, localUpdatedAt: _l, ...remote }: ReturnType<typeof syntheticCases>[number]) => ({ id, remote });

describe('query worker fed by the change feed', () => {
  it('follows an import-sized upsert and then an ids-only notice for a newer write', async () => {
    const records = syntheticCases(3000, 5);
    for (let i = 0; i < records.length; i += 1000) await upsertRemote(db, records.slice(i, i + 1000).map(asRemote));
    expect((await client.query({ limit: 0 })).total).toBe(3000);
    const newest = [...records].sort((x, y) => y.lastActivityAt - x.lastActivityAt || (x.id < y.id ? 1 : -1))[0]!;
    expect((await client.query({ limit: 1 })).ids).toEqual([newest.id]);

    const target = records[42]!;
    await db.cases.put({ ...target, description: 'ช้างเผือกเดินผ่านหน้าบ้าน', lastActivityAt: Date.UTC(2030, 0, 1) });
    client.notifyChanged([target.id]);
    expect((await client.query({ limit: 1 })).ids).toEqual([target.id]);
    expect((await client.query({ text: 'ช้างเผือก' })).ids).toEqual([target.id]);
  }, 60_000);

  it('starts loading only when startWhen settles; a query sent before waits and sees every case', async () => {
    let go: () => void = () => undefined;
    const later = createQueryClient(db.name, { startWhen: new Promise<void>((resolve) => (go = resolve)) });
    try {
      let answered = false;
      const early = later.query({ limit: 0 }).then((r) => {
        answered = true;
        return r;
      });
      await new Promise((r) => setTimeout(r, 200));
      expect(answered).toBe(false);
      go();
      expect((await early).total).toBe(3000);
    } finally {
      later.dispose();
    }
  });
});
