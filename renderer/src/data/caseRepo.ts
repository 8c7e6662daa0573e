// Reading and writing cases. The only module that touches the `cases` table.
import type { KhetDb } from './db';
import {
  mergeRemote,
  newCaseFromRemote,
  type CaseContact,
  type CaseChannel,
  type CaseRecord,
  type CaseRef,
  type RemoteFields,
} from '#domain/case';
import { diffCase, type CaseChange } from '#domain/changes';
import { emitCasesChanged } from './changeFeed';

export interface UpsertOutcome {
  added: number;
  updated: number;
  unchanged: number;
  changes: CaseChange[];
}

/** A page of the register, newest activity first; pass the last row's key to continue (keyset paging). */
export async function listNewest(db: KhetDb, limit: number, after?: { lastActivityAt: number; id: string }): Promise<CaseRecord[]> {
  if (!after) return db.cases.orderBy('lastActivityAt').reverse().limit(limit).toArray();
  // Keyset: strictly older rows, plus same-time rows with a smaller id (ties are rare but real).
  return db.cases
    .where('lastActivityAt')
    .belowOrEqual(after.lastActivityAt)
    .reverse()
    .filter((c) => c.lastActivityAt < after.lastActivityAt || c.id < after.id)
    .limit(limit)
    .toArray();
}

export function getCase(db: KhetDb, id: string): Promise<CaseRecord | undefined> {
  return db.cases.get(id);
}

/** Cases by id, in the order asked (undefined where a case is gone). */
export function getCases(db: KhetDb, ids: readonly string[]): Promise<(CaseRecord | undefined)[]> {
  return db.cases.bulkGet([...ids]);
}

export function countCases(db: KhetDb): Promise<number> {
  return db.cases.count();
}

export function allCases(db: KhetDb): Promise<CaseRecord[]> {
  return db.cases.toArray();
}

/**
 * Insert or update cases from the central service or an import: remote fields are replaced, local
 * fields kept. An older copy never overwrites a newer one (overlapping pulls and re-imports are safe).
 */
export async function upsertRemote(db: KhetDb, incoming: ReadonlyArray<{ id: string; remote: RemoteFields }>): Promise<UpsertOutcome> {
  const outcome: UpsertOutcome = { added: 0, updated: 0, unchanged: 0, changes: [] };
  if (incoming.length === 0) return outcome;
  await db.transaction('rw', db.cases, async () => {
    const existing = await db.cases.bulkGet(incoming.map((r) => r.id));
    const toPut: CaseRecord[] = [];
    incoming.forEach(({ id, remote }, i) => {
      const before = existing[i];
      if (!before) {
        toPut.push(newCaseFromRemote(id, remote));
        outcome.added++;
        outcome.changes.push({ caseId: id, kinds: ['new'] });
        return;
      }
      if (remote.lastActivityAt < before.lastActivityAt) {
        outcome.unchanged++;
        return;
      }
      const after = mergeRemote(before, remote);
      const kinds = diffCase(before, after);
      if (kinds.length === 0) {
        outcome.unchanged++;
        return;
      }
      toPut.push(after);
      outcome.updated++;
      outcome.changes.push({ caseId: id, kinds });
    });
    await db.cases.bulkPut(toPut);
  });
  emitCasesChanged(outcome.changes.map((c) => c.caseId));
  return outcome;
}

export interface LocalCaseInput {
  description: string;
  address: string;
  lat: number | null;
  lon: number | null;
  categories: string[];
  subdistrict?: string;
  channel?: CaseChannel;
  refs?: Array<Pick<CaseRef, 'kind' | 'value'>>;
  contact?: CaseContact | null;
}

/** A case that did not come from the central service (walk-in, phone, letter, memo, meeting item): key `L-…`. */
export async function createLocalCase(db: KhetDb, input: LocalCaseInput, now: number): Promise<CaseRecord> {
  const record: CaseRecord = {
    ...newCaseFromRemote(`L-${crypto.randomUUID()}`, {
      ticketId: null,
      source: 'local',
      categories: input.categories,
      description: input.description.normalize('NFC').trim(),
      organizations: [],
      photos: [],
      photosAfter: [],
      lat: input.lat,
      lon: input.lon,
      address: input.address.normalize('NFC').trim(),
      subdistrict: input.subdistrict ?? '',
      district: '',
      province: 'กรุงเทพมหานคร',
      createdAt: now,
      lastActivityAt: now,
      statusLabel: 'รอรับเรื่อง',
      bucket: 'waiting',
      star: null,
      countReopen: 0,
    }),
    localUpdatedAt: now,
    channel: input.channel ?? 'walk-in',
    refs: (input.refs ?? []).filter((r) => r.value.trim()).map((r) => ({ kind: r.kind, value: r.value.trim(), addedAt: now })),
    contact: input.contact ?? null,
  };
  await db.transaction('rw', [db.cases, db.audit], async () => {
    await db.cases.add(record);
    await db.audit.add({
      at: now,
      action: 'local-case-created',
      caseId: record.id,
      detail: record.channel ?? '',
      after: { channel: record.channel, refs: record.refs },
    });
  });
  emitCasesChanged([record.id]);
  return record;
}
