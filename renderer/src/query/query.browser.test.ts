// The query worker on real IndexedDB (Chromium): loads a 5,000-case register through keyset pages,
// answers like an in-page engine over the same cases, follows notifyChanged (update and delete) and
// single-case writes broadcast by Dexie, and fails its calls cleanly once disposed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KhetDb } from '#data/db';
import type { CaseRecord } from '#domain/case';
import { QueryEngine } from './queryEngine';
import { createQueryClient, type QueryClient } from './queryClient';
import type { CaseQuery } from './queryTypes';
import { syntheticCases } from './synthCases';

const N = 5000;
let db: KhetDb;
let client: QueryClient;
let records: CaseRecord[];

beforeAll(async () => {
  db = new KhetDb(`query-test-${crypto.randomUUID()}`);
  await db.open();
  records = syntheticCases(N, 17);
  for (let i = 0; i < N; i += 1000) await db.cases.bulkPut(records.slice(i, i + 1000));
  client = createQueryClient(db.name, { chunkSize: 700 });
  await client.ready;
}, 60_000);

afterAll(async () => {
  client.dispose();
  await db.delete();
});

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error('timed out waiting for the query worker');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('query worker', () => {
  it('loads every case and answers like an in-page engine', async () => {
    const local = new QueryEngine();
    local.upsert(records);
    local.indexText();
    const queries: CaseQuery[] = [
      {},
      { open: true, sort: { field: 'createdAt', dir: 'asc' }, limit: 100 },
      { subdistricts: ['ลาดยาว', 'จอมพล'], units: ['ฝ่ายโยธา'], sort: { field: 'subdistrict', dir: 'desc' } },
      { buckets: ['finish'], hasAfterPhoto: false, offset: 200, sort: { field: 'ticketId', dir: 'asc' } },
      { text: 'ไฟฟ้าส่องสว่าง', sort: { field: 'star', dir: 'desc' } },
      { text: 'ผู้ร้องเรียน ถนน', open: false },
    ];
    for (const q of queries) expect(await client.query(q)).toEqual(local.query(q));
    const stats = await client.stats();
    expect(stats).toMatchObject({ cases: N, searchReady: true, searchPending: 0 });
  });

  it('picks up a change after notifyChanged, and a deletion', async () => {
    const target = records[123]!;
    await db.cases.put({
      ...target,
      bucket: 'irrelevant',
      statusLabel: 'ไม่เกี่ยวข้อง',
      description: 'ช้างเผือกเดินผ่านหน้าบ้าน',
      lastActivityAt: Date.UTC(2030, 0, 1),
    });
    client.notifyChanged([target.id]);
    expect(await client.query({ limit: 1 })).toMatchObject({ ids: [target.id] });
    expect((await client.query({ text: 'ช้างเผือก' })).ids).toEqual([target.id]);
    expect((await client.query({ buckets: ['irrelevant'], limit: 5000 })).ids).toContain(target.id);

    await db.cases.delete(target.id);
    client.notifyChanged([target.id]);
    expect((await client.query({ text: 'ช้างเผือก' })).total).toBe(0);
    expect((await client.stats()).cases).toBe(N - 1);
  });

  it('follows a single-case write from this page without notifyChanged (Dexie broadcast)', async () => {
    const target = records[7]!;
    await db.cases.update(target.id, { localNote: 'นัดตรวจพื้นที่วันจันทร์', units: ['ฝ่ายเทศกิจ'] });
    await until(async () => (await client.query({ text: 'นัดตรวจพื้นที่' })).ids.includes(target.id));
    expect((await client.query({ units: ['ฝ่ายเทศกิจ'], limit: 5000 })).ids).toContain(target.id);
  });

  it('reloads everything on request, e.g. after the register was cleared and refilled', async () => {
    await db.cases.clear();
    await db.cases.bulkPut(records.slice(0, 10));
    client.reload();
    expect((await client.query({ limit: 100 })).total).toBe(10);
    expect((await client.stats()).cases).toBe(10);
  });

  it('rejects calls after dispose, and reports an unreadable database', async () => {
    const other = createQueryClient(db.name);
    await other.ready;
    other.dispose();
    await expect(other.query({})).rejects.toThrow(/disposed/);
    // A database from a newer app version cannot be opened by this schema.
    const newer = `query-newer-${crypto.randomUUID()}`;
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(newer, 1000);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const broken = createQueryClient(newer);
    await expect(broken.ready).rejects.toThrow(/query worker/);
    broken.dispose();
    indexedDB.deleteDatabase(newer);
  });
});
