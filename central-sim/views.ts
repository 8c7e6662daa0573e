// How tickets leave the simulator: the get-issues list item, the get-issue v1/v2 detail (orgs[] and
// timeline[]), and the download-issues CSV. Shapes follow the Exchange API contract.
import Papa from 'papaparse';
import { centralStatus, orgStatus, splitTypes } from './catalog';
import type { OrgDirectory } from './orgs';
import { formatUtc } from './time';
import type { Category, Ticket, TimelineEntry } from './types';

const utcOrNull = (ms: number | null): string | null => (ms === null ? null : formatUtc(ms));

export function organizationText(t: Ticket, dir: OrgDirectory): string {
  return t.orgs.map((o) => dir.get(o.org_id)?.name ?? o.org_id).join(',');
}

export function issueListItem(t: Ticket, dir: OrgDirectory): Record<string, unknown> {
  return {
    ticket_id: t.ticket_id,
    type: t.type,
    organization: organizationText(t, dir),
    description: t.description,
    photo: t.photo,
    latitude: t.latitude,
    longitude: t.longitude,
    address: t.address,
    subdistrict: t.subdistrict,
    district: t.district,
    province: t.province,
    timestamp: formatUtc(t.timestamp),
    photo_after: t.photo_after,
    timestamp_inprogress: utcOrNull(t.timestamp_inprogress),
    timestamp_finished: utcOrNull(t.timestamp_finished),
    org_finished: t.org_finished,
    status: centralStatus(t.status_id)?.status ?? 'รอรับเรื่อง',
    confirmed: t.confirmed,
    star: t.star,
    count_reopen: t.count_reopen,
    last_activity: formatUtc(t.last_activity),
  };
}

function timelineItem(e: TimelineEntry): Record<string, unknown> {
  return {
    timestamp: formatUtc(e.timestamp),
    status_id: e.status_id,
    status: e.status,
    org_id: e.org_id === null ? null : Number(e.org_id),
    org: e.org,
    note: e.note,
    photo: e.photos[0] ?? null,
    photos: e.photos,
  };
}

export function issueDetail(
  t: Ticket,
  timeline: TimelineEntry[],
  dir: OrgDirectory,
  categories: Category[],
  version: 1 | 2,
): Record<string, unknown> {
  const firstType = splitTypes(t.type)[0];
  const category = categories.find((c) => c.type === firstType);
  const current = centralStatus(t.status_id);
  const orgs = t.orgs.map((o) => {
    const central = centralStatus(o.issue_status_id);
    const custom = o.org_status_id === null ? undefined : orgStatus(o.org_status_id);
    const shown = custom ?? central;
    const name = dir.get(o.org_id)?.name ?? o.org_id;
    return {
      timestamp: formatUtc(o.timestamp),
      org_id: Number(o.org_id),
      // v1 calls the org name `org`, v2 `name`.
      ...(version === 2 ? { name } : { org: name }),
      type_id: category?.issue_category_id ?? null,
      type: firstType ?? '',
      type_en: category?.type_en ?? '',
      issue_category_id: category?.issue_category_id ?? null,
      org_category_id: null,
      status: shown?.status ?? '',
      status_en: shown?.status_en ?? '',
      status_type: shown?.status_type ?? 'waiting',
      is_follow: o.is_follow,
      is_forward: o.is_forward,
      issue_status_id: o.issue_status_id,
      org_status_id: o.org_status_id,
    };
  });
  return {
    ticket_id: t.ticket_id,
    type: t.type,
    organization: organizationText(t, dir),
    description: t.description,
    photo: t.photo[0] ?? '',
    photo_after: t.photo_after,
    latitude: t.latitude,
    longitude: t.longitude,
    address: t.address,
    subdistrict: t.subdistrict,
    district: t.district,
    province: t.province,
    timestamp: formatUtc(t.timestamp),
    status_th_latest: current?.status ?? '',
    status_type: current?.status_type ?? 'waiting',
    confirmed: t.confirmed,
    star: t.star,
    count_reopen: t.count_reopen,
    last_activity: formatUtc(t.last_activity),
    orgs,
    timeline: timeline.map(timelineItem),
  };
}

export const DOWNLOAD_COLUMNS = [
  'ticket_id',
  'type',
  'organization',
  'description',
  'photo',
  'photo_after',
  'latitude',
  'longitude',
  'address',
  'subdistrict',
  'district',
  'province',
  'timestamp',
  'timestamp_inprogress',
  'timestamp_finished',
  'org_finished',
  'state',
  'confirmed',
  'star',
  'count_reopen',
  'last_activity',
] as const;

function csvCell(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The download-issues/v2 body: CSV with a UTF-8 BOM, arrays joined with commas. */
export function issuesCsv(tickets: readonly Ticket[], dir: OrgDirectory): string {
  const rows = tickets.map((t) => {
    const item = issueListItem(t, dir);
    return DOWNLOAD_COLUMNS.map((c) => csvCell(c === 'state' ? item.status : item[c]));
  });
  return `\ufeff${Papa.unparse({ fields: [...DOWNLOAD_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}
