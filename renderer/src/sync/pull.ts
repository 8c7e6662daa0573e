// One pull of the district's cases: learn the district's org ids once (office + its units), choose
// the window, fetch once for all org ids (one credit), validate each record, upsert, remember what
// changed. A failure leaves the register as it was.
import type { KhetDb } from '#data/db';
import { upsertRemote } from '#data/caseRepo';
import { markConflicts } from '#data/outboxConflicts';
import { patchSyncMeta, readSyncMeta, writeMeta } from '#data/metaRepo';
import { fail, ok, type Result } from '#contract/result';
import type { CaseChange } from '#domain/changes';
import type { RemoteFields } from '#domain/case';
import type { CentralClient, PullWindow } from './client';
import { issueSchema } from './schemas';
import { mapIssue } from './mapIssue';
import { choosePullWindow, gapReason, type GapReason } from './pullWindow';
import { districtOrgs } from './districtOrgs';

export interface Quarantined {
  ticketId: string;
  reason: string;
}

export interface PullReport {
  window: PullWindow;
  received: number;
  added: number;
  updated: number;
  unchanged: number;
  quarantined: Quarantined[];
  changes: CaseChange[];
  gapPossible: boolean;
  gapReason: GapReason | null;
}

const CHUNK = 1000;

/** The counts a person reads after a pull. */
export function pullCounts(r: PullReport): { received: number; added: number; updated: number; unchanged: number } {
  return { received: r.received, added: r.added, updated: r.updated, unchanged: r.unchanged };
}

async function ensureOrgIds(db: KhetDb, client: CentralClient, districtNameTh: string): Promise<Result<string[]>> {
  const meta = await readSyncMeta(db);
  if (meta.orgIds.length > 0) return ok(meta.orgIds);
  const orgs = await client.getOrgList();
  if (!orgs.ok) return orgs;
  const mine = districtOrgs(orgs.value, districtNameTh);
  if (mine.length === 0) return fail('central-error', `no organisation found for เขต${districtNameTh}`);
  await db.transaction('rw', db.orgs, db.meta, async () => {
    await db.orgs.bulkPut(mine);
    await patchSyncMeta(db, { orgIds: mine.map((o) => o.orgId) });
  });
  return ok(mine.map((o) => o.orgId));
}

export async function pullDistrict(db: KhetDb, client: CentralClient, districtNameTh: string, now: number): Promise<Result<PullReport>> {
  const orgIds = await ensureOrgIds(db, client, districtNameTh);
  if (!orgIds.ok) return orgIds;
  const meta = await readSyncMeta(db);
  const window = choosePullWindow(meta.lastPullAt, now);
  await patchSyncMeta(db, { lastPullAttemptAt: now });
  const raw = await client.getIssues(orgIds.value, window);
  if (!raw.ok) return raw;

  const quarantined: Quarantined[] = [];
  const good: { id: string; remote: RemoteFields }[] = [];
  for (const item of raw.value) {
    const parsed = issueSchema.safeParse(item);
    if (!parsed.success) {
      const id = typeof item === 'object' && item && 'ticket_id' in item ? String(item.ticket_id) : '?';
      quarantined.push({ ticketId: id, reason: `invalid: ${parsed.error.issues[0]?.path.join('.') ?? ''}` });
      continue;
    }
    const mapped = mapIssue(parsed.data);
    if (mapped.ok) good.push({ id: mapped.id, remote: mapped.remote });
    else quarantined.push({ ticketId: mapped.ticketId, reason: mapped.reason });
  }

  const report: PullReport = {
    window,
    received: raw.value.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    quarantined,
    changes: [],
    gapPossible: false,
    gapReason: null,
  };
  for (let i = 0; i < good.length; i += CHUNK) {
    const out = await upsertRemote(db, good.slice(i, i + CHUNK));
    report.added += out.added;
    report.updated += out.updated;
    report.unchanged += out.unchanged;
    report.changes.push(...out.changes);
  }
  report.gapReason = gapReason(window, raw.value.length, meta.lastPullAt, now);
  report.gapPossible = report.gapReason !== null;
  // A queued status change whose case moved centrally becomes a conflict now, before anything is pushed.
  const moved = report.changes.filter((c) => c.kinds.includes('status')).map((c) => c.caseId);
  if (moved.length > 0) await markConflicts(db, now, moved);
  await writeMeta(db, 'lastPull', { at: now, ...report });
  await patchSyncMeta(db, {
    lastPullAt: now,
    lastPullWindow: window,
    lastPullCount: raw.value.length,
    lastError: null,
    gapPossible: report.gapPossible,
    gapReason: report.gapReason,
  });
  return ok(report);
}
