// Schema upgrades on real IndexedDB (Chromium): a register written by an earlier version opens with
// the current schema, every record kept.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { KhetDb } from './db';
import { newCaseFromRemote } from '#domain/case';
import { listNewest } from './caseRepo';
import { remote } from '../test/fixtures';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The register exactly as version 1 declared it (db.ts), for writing an old database. */
function openVersion1(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({
    cases: 'id, lastActivityAt, ticketId',
    timeline: '++seq, caseId, [caseId+at]',
    outbox: '++seq, caseId, state',
    orgs: 'orgId',
    meta: 'key',
    audit: '++seq, at, caseId',
  });
  return old;
}

describe('schema upgrades to the current version', () => {
  it('opens a version-1 register with data: cases, local fields and other tables kept, ticketId index gone (v2), follow-up, photo-hash and photo-cache tables added (v3, v4)', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const old = openVersion1(name);
    const cases = Array.from({ length: 30 }, (_, i) => ({
      ...newCaseFromRemote(
        `2023-T${String(i).padStart(4, '0')}`,
        remote({ ticketId: `2023-T${String(i).padStart(4, '0')}`, lastActivityAt: Date.UTC(2026, 9, 1 + i) }),
      ),
      units: i % 3 === 0 ? ['ฝ่ายโยธา'] : [],
      localNote: i === 7 ? 'โทรแล้ว' : '',
    }));
    await old.table('cases').bulkAdd(cases);
    await old.table('meta').put({ key: 'setup', value: { districtCode: '1030' } });
    await old.table('audit').add({ at: 1, action: 'import', caseId: null, detail: 'x' });
    expect(old.verno).toBe(1);
    old.close();

    const db = new KhetDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    const store = db.backendDB().transaction('cases', 'readonly').objectStore('cases');
    expect([...store.indexNames]).toEqual(['lastActivityAt']);
    expect(await db.cases.count()).toBe(30);
    expect(await db.cases.get('2023-T0007')).toEqual(cases[7]);
    expect((await db.cases.toArray()).filter((c) => c.units.length > 0)).toHaveLength(10);
    expect((await listNewest(db, 3)).map((c) => c.id)).toEqual(['2023-T0029', '2023-T0028', '2023-T0027']);
    expect(await db.meta.get('setup')).toEqual({ key: 'setup', value: { districtCode: '1030' } });
    expect(await db.audit.count()).toBe(1);
    // v3/v4 tables exist and work on the upgraded register; old cases read without the new local fields.
    expect(
      await db.followUps.add({
        caseId: '2023-T0001',
        kind: 'call-complainant',
        dueAt: 1,
        note: '',
        state: 'open',
        createdAt: 0,
        doneAt: null,
        outcome: '',
        remindedAt: null,
      }),
    ).toBe(1);
    await db.photoHashes.add({ hash: 'abc', caseId: '2023-T0001', at: 1 });
    await db.photoCache.put({ url: 'https://p.example/a.jpg', blob: new Blob(['x']), bytes: 1, at: 1 });
    expect(await db.followUps.where('state').equals('open').count()).toBe(1);
    expect((await db.cases.get('2023-T0001'))?.refs).toBeUndefined();
    db.close();
  });
});
