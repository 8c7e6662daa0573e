// Recognising a Traffy export from its header row (DOMAIN.md §6): which known variant it is and which
// header carries each of our fields. Owns the header aliases and the "is this Traffy at all" rule.
// Never: looks at data rows, guesses a column from its values, or lets a non-Traffy file through —
// a file without a status column, a time column and an id or description is refused, not imported.
import type { ColumnMap, TraffyField } from '#domain/traffyRow';

export type { ColumnMap, TraffyField };

export type TraffyFormat = 'open-dataset' | 'download-issues' | 'citydata' | 'analysis-export' | 'traffy-other';

export interface NotTraffyError {
  code: 'not-traffy';
  /** Required fields with no matching header (ticketId/description are listed together when both lack). */
  missing: TraffyField[];
  headers: string[];
}

export type ColumnDetection =
  | { ok: true; format: TraffyFormat; columns: ColumnMap; ignored: string[] }
  | { ok: false; error: NotTraffyError };

// Normalised header spellings per field, best first. Headers are compared after normalizeHeader().
const ALIASES: Record<TraffyField, readonly string[]> = {
  ticketId: ['ticket_id', 'ticketid', 'ticket', 'ticket_no', 'เลขที่เรื่อง', 'รหัสเรื่อง'],
  categories: ['type', 'problem_type_fondue', 'problem_type', 'types', 'category', 'categories', 'ประเภท'],
  organizations: ['organization', 'organizations', 'org', 'org_name', 'หน่วยงาน'],
  description: ['comment', 'description', 'detail', 'details', 'รายละเอียด'],
  photos: ['photo', 'photo_url', 'photos', 'photo_before', 'image', 'รูปภาพ'],
  photosAfter: ['photo_after', 'after_photo', 'photos_after', 'รูปหลังดำเนินการ'],
  coords: ['coords', 'coordinates', 'coordinate', 'latlon', 'lon_lat', 'พิกัด'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng', 'long'],
  address: ['address', 'ที่อยู่'],
  subdistrict: ['subdistrict', 'sub_district', 'แขวง', 'ตำบล'],
  district: ['district', 'เขต', 'อำเภอ'],
  province: ['province', 'จังหวัด'],
  createdAt: ['timestamp', 'created_at', 'create_time', 'created', 'timestamp_created', 'วันที่แจ้ง'],
  inprogressAt: ['timestamp_inprogress'],
  finishedAt: ['timestamp_finished'],
  lastActivity: ['last_activity', 'last_activity_at', 'updated_at', 'last_update'],
  state: ['state', 'status', 'state_name', 'status_name', 'สถานะ'],
  stateType: ['state_type', 'state_type_latest', 'status_type'],
  star: ['star', 'rating', 'stars'],
  countReopen: ['count_reopen', 'reopen_count', 'reopen'],
};

/** Lower-case, trimmed, BOM-free, spaces/dashes/dots as `_`: `Ticket ID` → `ticket_id`. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s.-]+/g, '_');
}

/** Header texts usable as row keys: BOM stripped, trimmed, repeats suffixed `_2`, `_3`, blanks `column_N`. */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.replace(/^\uFEFF/, '').trim() || `column_${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

function formatOf(keys: ReadonlySet<string>): TraffyFormat {
  const has = (k: string) => keys.has(k);
  if ([...keys].some((k) => k.startsWith('duration_minutes'))) return 'analysis-export';
  if (has('org_response') || has('hashtag')) return 'citydata';
  const downloadMarks = ['timestamp_inprogress', 'timestamp_finished', 'org_finished', 'confirmed'];
  if ((has('latitude') && has('longitude')) || downloadMarks.some(has)) return 'download-issues';
  if (has('ticket_id') && has('coords') && has('state')) return 'open-dataset';
  return 'traffy-other';
}

/** Map a header row to our fields; refuse headers that are not a Traffy export. */
export function detectColumns(headers: readonly string[]): ColumnDetection {
  const names = uniqueHeaders(headers);
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = normalizeHeader(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  const columns: ColumnMap = {};
  const used = new Set<string>();
  for (const field of Object.keys(ALIASES) as TraffyField[]) {
    for (const alias of ALIASES[field]) {
      const header = byKey.get(alias);
      if (header !== undefined && !used.has(header)) {
        columns[field] = header;
        used.add(header);
        break;
      }
    }
  }
  const missing: TraffyField[] = [];
  if (!columns.state && !columns.stateType) missing.push('state');
  if (!columns.createdAt) missing.push('createdAt');
  if (!columns.ticketId && !columns.description) missing.push('ticketId', 'description');
  if (missing.length > 0) return { ok: false, error: { code: 'not-traffy', missing, headers: names } };
  return {
    ok: true,
    format: formatOf(new Set(byKey.keys())),
    columns,
    ignored: names.filter((n) => !used.has(n)),
  };
}
