// One raw Traffy export row → the register's remote shape (DOMAIN.md §5, §6).
// Owns: cleaning Thai text (NFC, zero-width removal, trim), ticket ids, categories, organizations, photos,
// coordinates (decided by value range), province spelling, timestamps as instants, and the status bucket.
// Never: reads files, knows a file layout beyond the ColumnMap, guesses an unknown status, or silently
// mis-dates a row — such rows are rejected with a code and the offending value so the UI can translate it.
import { DEFAULT_STATUS_CHOICES, bucketOf } from './status';
import { parseTraffyTime } from './time';
import { orderLatLon, parseCategories, type RemoteFields } from './case';

/** Our fields a Traffy file can carry; io/columns.ts maps each to the file's header text. */
export const TRAFFY_FIELDS = [
  'ticketId', 'categories', 'organizations', 'description', 'photos', 'photosAfter',
  'coords', 'latitude', 'longitude', 'address', 'subdistrict', 'district', 'province',
  'createdAt', 'inprogressAt', 'finishedAt', 'lastActivity', 'state', 'stateType', 'star', 'countReopen',
] as const;
export type TraffyField = (typeof TRAFFY_FIELDS)[number];
/** Our field → the header name used as key in the row objects. */
export type ColumnMap = Partial<Record<TraffyField, string>>;

/**
 * Why a row was not imported. `malformed-row` comes from the readers (io/): its value is the CSV parser's
 * error code (`InvalidQuotes`, `MissingQuotes`) or `fields/headerFields` when a row carries extra values.
 */
export type RejectCode =
  | 'missing-state' | 'unknown-state' | 'missing-timestamp' | 'bad-timestamp' | 'bad-ticket-id' | 'malformed-row';
export interface RejectReason {
  code: RejectCode;
  /** The offending text as found in the file (may be empty for missing-* codes). */
  value: string;
  /** Header of the offending column, when one column is to blame. */
  column?: string;
}

export type NormalizedRow =
  | { ok: true; record: RemoteFields & { ticketId: string | null } }
  | { ok: false; reason: RejectReason };

const INVISIBLE = /[\u200B-\u200D\u200E\u200F\u2060\uFEFF\u00AD]/g;
// NFC is costly and almost never changes Thai text: it can only when a character lies outside printable
// ASCII, Latin-1 and the Thai block (or is a soft hyphen or control character), or when Thai marks are out of canonical order
// (tone mark before a below-vowel or phinthu, below-vowel before phinthu). Everything else is NFC already.
const OUTSIDE_THAI_LATIN1 = /[^\t\n\r -\u00AC\u00AE-\u00FF\u0E00-\u0E7F]/;
const THAI_MISORDERED = /[\u0E48-\u0E4B][\u0E38-\u0E3A]|[\u0E38\u0E39]\u0E3A/;

// Traffy stores some text HTML-escaped (`ชื่อ &quot;มี ซาวน์น่า&quot;` in the open data); SheetJS already
// unescapes such text when reading XLSX, so CSV and XLSX agree only if we decode it too (one pass).
const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", '#39': "'", '#34': '"' };
const ENTITY = /&(quot|amp|lt|gt|apos|#39|#34);/g;

/** NFC, no zero-width/format characters, basic HTML entities decoded, CRLF → LF, trimmed. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  let s = text;
  if (OUTSIDE_THAI_LATIN1.test(s) || THAI_MISORDERED.test(s)) s = s.normalize('NFC').replace(INVISIBLE, '');
  if (s.includes('&')) s = s.replace(ENTITY, (_, name: string) => ENTITIES[name] ?? _);
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s.trim();
}

// Known shapes: YYYY-XXXXXX (LINE/web) and 6-character 1555 ids; other plain tokens are kept, not guessed at.
const TICKET_ID = /^[0-9A-Za-z][0-9A-Za-z_-]{2,39}$/;
const NUMBER = /-?\d+(?:\.\d+)?/g;

/** Province text as the register spells it: no `จังหวัด`/`จ.` prefix, Bangkok's short forms expanded. */
export function normalizeProvince(text: string): string {
  const s = text.replace(/^(?:จังหวัด|จ\.)\s*/, '');
  return /^(?:กรุงเทพฯ?|กทม\.?|bangkok)$/i.test(s) ? 'กรุงเทพมหานคร' : s;
}

/** Photo URLs from a single URL, `{a,b}`, `["a","b"]` or whitespace/comma separated text. */
export function parsePhotoList(text: string): string[] {
  if (!text) return [];
  const urls = text.match(/https?:\/\/[^\s,;"'{}[\]]+/g);
  if (urls) return urls;
  return text.replace(/^[{[]|[}\]]$/g, '').split(/[\s,;]+/).map((s) => s.replace(/^"|"$/g, '')).filter(Boolean);
}

function parseNumber(text: string): number | null {
  const s = text.replace(/[\s,]/g, '');
  if (!s) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

type Cell = (field: TraffyField) => string;

function location(cell: Cell): { lat: number | null; lon: number | null } {
  const nums = cell('coords').match(NUMBER);
  if (nums && nums.length === 2) {
    const pair = orderLatLon(Number(nums[0]), Number(nums[1]));
    if (pair) return pair;
  }
  const a = parseNumber(cell('latitude'));
  const b = parseNumber(cell('longitude'));
  const pair = a != null && b != null ? orderLatLon(a, b) : null;
  return pair ?? { lat: null, lon: null };
}

type TimeResult = { ok: true; at: number | null } | { ok: false; reason: RejectReason };

function readTime(cell: Cell, columns: ColumnMap, field: TraffyField): TimeResult {
  const text = cell(field);
  if (!text) return { ok: true, at: null };
  const at = parseTraffyTime(text);
  if (at == null) return { ok: false, reason: { code: 'bad-timestamp', value: text, ...col(columns, field) } };
  return { ok: true, at };
}

function col(columns: ColumnMap, field: TraffyField): { column?: string } {
  const column = columns[field];
  return column ? { column } : {};
}

const CODE_LABEL = new Map(DEFAULT_STATUS_CHOICES.map((c) => [c.bucket, c.label]));

/** Turn one raw row (header → text) into remote fields, or say why it cannot be imported. */
export function normalizeTraffyRow(row: Record<string, string>, columns: ColumnMap): NormalizedRow {
  const cell: Cell = (field) => {
    const header = columns[field];
    return header === undefined ? '' : cleanText(row[header]);
  };
  const reject = (code: RejectCode, field: TraffyField, value = cell(field)): NormalizedRow => ({
    ok: false,
    reason: { code, value, ...col(columns, field) },
  });

  const rawId = cell('ticketId');
  if (rawId && !TICKET_ID.test(rawId)) return reject('bad-ticket-id', 'ticketId', rawId);

  const label = cell('state');
  const typeCode = cell('stateType');
  if (!label && !typeCode) return reject('missing-state', 'state', '');
  const bucket = bucketOf(label) ?? bucketOf(typeCode);
  if (!bucket) return reject('unknown-state', label ? 'state' : 'stateType');
  // English codes (`finish`) are shown with the Thai label a coordinator knows; Thai labels stay as written.
  const statusLabel = label && /[\u0080-\uFFFF]/.test(label) ? label : (CODE_LABEL.get(bucket) ?? (label || typeCode));

  const created = readTime(cell, columns, 'createdAt');
  if (!created.ok) return { ok: false, reason: created.reason };
  if (created.at == null) return reject('missing-timestamp', 'createdAt', '');
  const last = readTime(cell, columns, 'lastActivity');
  if (!last.ok) return { ok: false, reason: last.reason };
  let lastActivityAt = last.at;
  if (lastActivityAt == null) {
    const inprogress = readTime(cell, columns, 'inprogressAt');
    if (!inprogress.ok) return { ok: false, reason: inprogress.reason };
    const finished = readTime(cell, columns, 'finishedAt');
    if (!finished.ok) return { ok: false, reason: finished.reason };
    lastActivityAt = Math.max(created.at, inprogress.at ?? -Infinity, finished.at ?? -Infinity);
  }

  const star = parseNumber(cell('star'));
  const reopen = parseNumber(cell('countReopen'));
  return {
    ok: true,
    record: {
      ticketId: rawId || null,
      source: 'import',
      categories: parseCategories(cell('categories')),
      description: cell('description'),
      organizations: parseCategories(cell('organizations')),
      photos: parsePhotoList(cell('photos')),
      photosAfter: parsePhotoList(cell('photosAfter')),
      ...location(cell),
      address: cell('address'),
      subdistrict: cell('subdistrict'),
      district: cell('district'),
      province: normalizeProvince(cell('province')),
      createdAt: created.at,
      lastActivityAt,
      statusLabel,
      bucket,
      star: star != null && star >= 1 && star <= 5 ? star : null,
      countReopen: reopen != null && reopen >= 0 ? Math.floor(reopen) : 0,
    },
  };
}
