// The Dexie database: schema versions and the one shared instance. Schema versions are append-only:
// never edit a published version, add a new one with an upgrade() and a test that opens the old one.
import Dexie, { type EntityTable } from 'dexie';
import type { CaseRecord } from '#domain/case';
import type { TimelineEvent } from '#domain/timeline';
import type { OutboxEntry } from '#domain/outbox';

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
}

export const DB_NAME = 'khet-desk';

export class KhetDb extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  timeline!: EntityTable<TimelineEvent, 'seq'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  orgs!: EntityTable<OrgRow, 'orgId'>;
  meta!: EntityTable<MetaRow, 'key'>;
  audit!: EntityTable<AuditRow, 'seq'>;

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
  }
}

let instance: KhetDb | null = null;

/** The app's database. Tests and the benchmark may open their own KhetDb with another name. */
export function getDb(): KhetDb {
  instance ??= new KhetDb();
  return instance;
}
