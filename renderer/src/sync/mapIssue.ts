// Central issue (get-issues/v2) → the register's remote fields. A record that can't be mapped is
// quarantined with a reason by the caller, never dropped silently. Pure.
import { bucketOf } from '#domain/status';
import { parseTraffyTime } from '#domain/time';
import { orderLatLon, parseCategories, type RemoteFields } from '#domain/case';
import type { ApiIssue } from './schemas';

export type MapResult = { ok: true; id: string; remote: RemoteFields } | { ok: false; ticketId: string; reason: string };

const nfc = (s: string) => s.normalize('NFC').trim();

export function mapIssue(issue: ApiIssue): MapResult {
  const createdAt = parseTraffyTime(issue.timestamp);
  const lastActivityAt = parseTraffyTime(issue.last_activity);
  if (createdAt == null || lastActivityAt == null) return { ok: false, ticketId: issue.ticket_id, reason: 'bad-timestamp' };
  const label = nfc(issue.status || issue.state || '');
  const bucket = bucketOf(label);
  if (!bucket) return { ok: false, ticketId: issue.ticket_id, reason: `unknown-status:${label}` };
  const coords = issue.latitude != null && issue.longitude != null ? orderLatLon(issue.latitude, issue.longitude) : null;
  return {
    ok: true,
    id: issue.ticket_id,
    remote: {
      ticketId: issue.ticket_id,
      source: 'traffy',
      categories: parseCategories(issue.type),
      description: nfc(issue.description),
      organizations: issue.organization.split(',').map(nfc).filter(Boolean),
      photos: issue.photo,
      photosAfter: issue.photo_after,
      lat: coords?.lat ?? null,
      lon: coords?.lon ?? null,
      address: nfc(issue.address),
      subdistrict: nfc(issue.subdistrict),
      district: nfc(issue.district),
      province: nfc(issue.province).replace(/^จังหวัด/, ''),
      createdAt,
      lastActivityAt,
      statusLabel: label,
      bucket,
      star: issue.star,
      countReopen: issue.count_reopen ?? 0,
    },
  };
}
