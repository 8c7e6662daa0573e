// Fetching one ticket's detail (orgs and timeline): one credit each, so only on demand for the case
// the coordinator is looking at.
import type { KhetDb } from '#data/db';
import { replaceRemoteTimeline } from '#data/timelineRepo';
import { ok, type Result } from '#contract/result';
import { parseTraffyTime } from '#domain/time';
import type { CentralClient } from './client';

export interface OrgView {
  orgId: number;
  name: string;
  status: string;
  statusType: string;
}

export async function refreshDetail(db: KhetDb, client: CentralClient, caseId: string, ticketId: string): Promise<Result<OrgView[]>> {
  const detail = await client.getIssue(ticketId);
  if (!detail.ok) return detail;
  const events = detail.value.timeline.map((t) => ({
    caseId,
    kind: 'remote' as const,
    at: parseTraffyTime(t.timestamp) ?? 0,
    statusLabel: t.status,
    org: t.name || t.org || '',
    note: t.note,
    photo: t.photo,
    outboxSeq: null,
  }));
  await replaceRemoteTimeline(db, caseId, events);
  const orgs = detail.value.orgs.map((o) => ({ orgId: o.org_id, name: o.name || o.org || '', status: o.status, statusType: o.status_type }));
  await db.meta.put({ key: `orgs:${caseId}`, value: orgs });
  return ok(orgs);
}
