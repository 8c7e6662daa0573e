// Reading and writing cases. The only module that touches the `cases` table.
import Dexie from 'dexie';
import type { KhetDb } from './db';
import {
  mergeRemote,
  newCaseFromRemote,
  newLocalCase,
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
 * Every case in primary-key order (as allCases), page by page, in one read transaction: a consistent
 * snapshot, like allCases, but the caller can work on a page while the next is read. `onPage` gets
 * each page with the snapshot's total and must not await (the transaction would end under it).
 * Resolves with the number of cases read.
 */
export async function readAllCasesInPages(
  db: KhetDb,
  pageSize: number,
  onPage: (rows: CaseRecord[], total: number) => void,
): Promise<number> {
  return db.transaction('r', db.cases, async () => {
    const totalRead = db.cases.count();
    let next = db.cases.orderBy(':id').limit(pageSize).toArray();
    const total = await totalRead;
    let read = 0;
    for (;;) {
      const rows = await next;
      const last = rows[rows.length - 1];
      // Ask for the next page before handing this one on, so IndexedDB reads while the caller works.
      if (last && rows.length === pageSize) next = db.cases.where(':id').above(last.id).limit(pageSize).toArray();
      read += rows.length;
      onPage(rows, total);
      if (!last || rows.length < pageSize) return read;
    }
  });
}

/**
 * Insert or update cases from the central service or an import: remote fields are replaced, local
 * fields kept. An older copy never overwrites a newer one (overlapping pulls and re-imports are safe).
 */
export async function upsertRemote(db: KhetDb, incoming: ReadonlyArray<{ id: string; remote: RemoteFields }>): Promise<UpsertOutcome> {
  const outcome: UpsertOutcome = { added: 0, updated: 0, unchanged: 0, changes: [] };
  if (incoming.length === 0) return outcome;
  // Per incoming position: the change it made (undefined = unchanged) and the record written, so
  // `changes` keeps the input order and the change feed can hand the records on.
  const change: Array<CaseChange | undefined> = new Array<CaseChange | undefined>(incoming.length);
  const written: Array<CaseRecord | undefined> = new Array<CaseRecord | undefined>(incoming.length);
  await db.transaction('rw', db.cases, async () => {
    const merge = async (positions: readonly number[]) => {
      const existing = await db.cases.bulkGet(positions.map((i) => incoming[i]!.id));
      const toPut: CaseRecord[] = [];
      positions.forEach((i, k) => {
        const { id, remote } = incoming[i]!;
        const before = existing[k];
        if (!before) {
          toPut.push((written[i] = newCaseFromRemote(id, remote)));
          change[i] = { caseId: id, kinds: ['new'] };
          return;
        }
        if (remote.lastActivityAt < before.lastActivityAt) return;
        const after = mergeRemote(before, remote);
        const kinds = diffCase(before, after);
        if (kinds.length === 0) return;
        toPut.push((written[i] = after));
        change[i] = { caseId: id, kinds };
      });
      await db.cases.bulkPut(toPut);
    };
    const all = incoming.map((_, i) => i);
    if (!(await looksNew(db, incoming))) return merge(all);
    // Mostly new cases (an import into a fresh register, a first pull): add them all without reading
    // first — a read per record costs about a third of the write. The adds that fail are cases already
    // stored (or repeated in this batch); they are read and merged as usual, in the same transaction.
    const fresh = incoming.map(({ id, remote }) => newCaseFromRemote(id, remote));
    const failed = await addAll(db, fresh);
    for (const i of all) {
      if (failed.has(i)) continue;
      change[i] = { caseId: incoming[i]!.id, kinds: ['new'] };
      written[i] = fresh[i];
    }
    if (failed.size > 0) await merge([...failed].sort((a, b) => a - b));
  });
  const records: CaseRecord[] = [];
  for (let i = 0; i < change.length; i++) {
    const c = change[i];
    if (!c) outcome.unchanged++;
    else {
      if (c.kinds[0] === 'new' && c.kinds.length === 1) outcome.added++;
      else outcome.updated++;
      outcome.changes.push(c);
      records.push(written[i]!);
    }
  }
  emitCasesChanged(
    outcome.changes.map((c) => c.caseId),
    records,
  );
  return outcome;
}

/** Sample size for looksNew: a handful of reads decide whether a large batch is all new. */
const PROBE = 8;

/** True when none of a few ids spread over the batch is stored yet (and the batch is large enough to gain). */
async function looksNew(db: KhetDb, incoming: ReadonlyArray<{ id: string }>): Promise<boolean> {
  if (incoming.length < PROBE * 4) return false;
  const step = incoming.length / PROBE;
  const sample = Array.from({ length: PROBE }, (_, k) => incoming[Math.floor(k * step)]!.id);
  return (await db.cases.bulkGet(sample)).every((c) => c === undefined);
}

/** bulkAdd, returning the positions whose key already existed; any other failure is thrown. */
async function addAll(db: KhetDb, records: CaseRecord[]): Promise<Set<number>> {
  try {
    await db.cases.bulkAdd(records);
    return new Set();
  } catch (e) {
    if (!(e instanceof Dexie.BulkError)) throw e;
    const failed = new Set<number>();
    for (const [pos, err] of Object.entries(e.failuresByPos)) {
      if (err.name !== 'ConstraintError') throw err;
      failed.add(Number(pos));
    }
    return failed;
  }
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
    ...newLocalCase({ ...input, subdistrict: input.subdistrict ?? '' }, now),
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
