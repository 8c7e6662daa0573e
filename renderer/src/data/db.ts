// The Dexie database: schema versions and the one shared instance. Schema versions are append-only:
// never edit a published version, add a new one with an upgrade() and a test that opens the old one.
import Dexie, { type EntityTable } from 'dexie';
import type { CaseRecord } from '#domain/case';
import type { TimelineEvent } from '#domain/timeline';
import type { OutboxEntry } from '#domain/outbox';
import type { FollowUp } from '#domain/followUp';
import type { Meeting } from '#domain/meeting';

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface OrgRow {
  orgId: string;
  name: string;
  nameEn: string;
  /** true for the district office itself, false for its units (ฝ่าย). */
  isOffice: boolean;
}

export interface AuditRow {
  seq?: number;
  at: number;
  action: string;
  caseId: string | null;
  detail: string;
  /** For local edits: the value before and after (JSON-able), so the log says what changed. */
  before?: unknown;
  after?: unknown;
}

/** An after-photo's content hash and the case it closed: the same photo on two cases is a warning sign. */
export interface PhotoHashRow {
  hash: string;
  caseId: string;
  at: number;
}

/** A complaint photo kept for offline viewing (the newest viewed are kept; see photoCacheRepo). */
export interface PhotoCacheRow {
  url: string;
  blob: Blob;
  bytes: number;
  at: number;
}

export const DB_NAME = 'khet-desk';

export class KhetDb extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  timeline!: EntityTable<TimelineEvent, 'seq'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  orgs!: EntityTable<OrgRow, 'orgId'>;
  meta!: EntityTable<MetaRow, 'key'>;
  audit!: EntityTable<AuditRow, 'seq'>;
  followUps!: EntityTable<FollowUp, 'seq'>;
  photoHashes!: EntityTable<PhotoHashRow, 'hash'>;
  photoCache!: EntityTable<PhotoCacheRow, 'url'>;
  meetings!: EntityTable<Meeting, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    // Few indexes on cases on purpose: each index slows every write (DESIGN.md §4); queries beyond
    // "newest first" and "by ticket" are answered by the in-memory query engine, not by IndexedDB.
    this.version(1).stores({
      cases: 'id, lastActivityAt, ticketId',
      timeline: '++seq, caseId, [caseId+at]',
      outbox: '++seq, caseId, state',
      orgs: 'orgId',
      meta: 'key',
      audit: '++seq, at, caseId',
    });
    // v2: no `ticketId` index on cases. Nothing queries it (lookups go by the primary key, which is the
    // ticket id for Traffy cases; sorting by ticket is the query engine's), and every index costs every
    // write. Dexie drops the index in place; the records are untouched, so no upgrade() is needed.
    this.version(2).stores({
      cases: 'id, lastActivityAt',
    });
    // v3: follow-ups and after-photo hashes. New tables only, so
    // no upgrade() is needed; cases gain optional local fields (channel, refs, contact, pauses, closure).
    this.version(3).stores({
      followUps: '++seq, caseId, dueAt, state',
      photoHashes: 'hash, caseId',
    });
    // v4: photos kept for offline viewing. A new table only.
    this.version(4).stores({ photoCache: 'url, at' });
    // v5: citizen-meeting sessions (their items are cases). A new table only.
    this.version(5).stores({ meetings: 'id, startsAt, state' });
  }
}

let instance: KhetDb | null = null;

/** The app's database. Tests and the benchmark may open their own KhetDb with another name. */
export function getDb(): KhetDb {
  instance ??= new KhetDb();
  return instance;
}
