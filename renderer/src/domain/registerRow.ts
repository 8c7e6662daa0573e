// The register export's columns and the row builder behind both the XLSX and the CSV writer (io/).
// Owns column order, each column's kind and width, and how a case becomes cell values. Pure but for
// a memo of the formatted date per Bangkok day (same output, a fraction of the Intl cost at 100k rows).
// Never: writes files or neutralises cells itself (the writers do, for every text cell); never
// translates headers (the caller passes them in).
import type { CaseRecord } from './case';
import type { StatusBucket } from './status';
import { formatThaiDate, formatThaiTime } from './thaiDate';

export const REGISTER_COLUMNS = [
  'ticketId', 'statusLabel', 'bucket', 'categories', 'description', 'address', 'subdistrict', 'district',
  'organizations', 'units', 'created', 'createdDate', 'lastActivity', 'star', 'countReopen', 'lat', 'lon', 'photo',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** text: free text (neutralised on write); number; date: epoch ms written as a real date cell. */
export type RegisterCellKind = 'text' | 'number' | 'date';

export const REGISTER_COLUMN_KIND: Record<RegisterColumn, RegisterCellKind> = {
  ticketId: 'text', statusLabel: 'text', bucket: 'text', categories: 'text', description: 'text',
  address: 'text', subdistrict: 'text', district: 'text', organizations: 'text', units: 'text',
  created: 'text', createdDate: 'date', lastActivity: 'text', star: 'number', countReopen: 'number',
  lat: 'number', lon: 'number', photo: 'text',
};

/** Column widths in characters for the workbook. */
export const REGISTER_COLUMN_WIDTH: Record<RegisterColumn, number> = {
  ticketId: 14, statusLabel: 16, bucket: 12, categories: 22, description: 60, address: 48, subdistrict: 16,
  district: 16, organizations: 36, units: 24, created: 30, createdDate: 18, lastActivity: 30, star: 6,
  countReopen: 8, lat: 11, lon: 11, photo: 40,
};

export type RegisterValue = string | number | null;

export interface RegisterRowOptions {
  lang: 'th' | 'en';
  /** Translated bucket names; the bucket code is written when absent. */
  bucketLabels?: Partial<Record<StatusBucket, string>>;
}

const DAY_MS = 86_400_000;
const BANGKOK_MS = 7 * 3600_000;
/** `12 พฤษภาคม 2566 เวลา ` per language and Bangkok day: Intl formatting is most of a row's cost. */
const datePrefixes = new Map<string, string>();

/** formatThaiDate(ms, formal, with time), the date part cached per Bangkok day. */
function formalDateTime(ms: number, lang: 'th' | 'en'): string {
  const key = `${lang}${Math.floor((ms + BANGKOK_MS) / DAY_MS)}`;
  const prefix = datePrefixes.get(key);
  if (prefix !== undefined) return prefix + formatThaiTime(ms, lang);
  const full = formatThaiDate(ms, { style: 'formal', withTime: true, lang });
  const time = formatThaiTime(ms, lang);
  if (!Number.isFinite(ms) || !full.endsWith(time)) return full;
  if (datePrefixes.size >= 20_000) datePrefixes.clear();
  datePrefixes.set(key, full.slice(0, full.length - time.length));
  return full;
}

/** One case as values in REGISTER_COLUMNS order (`createdDate` as epoch ms; null = empty cell). */
export function registerRowValues(c: CaseRecord, opts: RegisterRowOptions): RegisterValue[] {
  const when = (ms: number) => formalDateTime(ms, opts.lang);
  return [
    c.ticketId ?? c.id,
    c.statusLabel,
    opts.bucketLabels?.[c.bucket] ?? c.bucket,
    c.categories.join(', '),
    c.description,
    c.address,
    c.subdistrict,
    c.district,
    c.organizations.join(', '),
    c.units.join(', '),
    when(c.createdAt),
    c.createdAt,
    when(c.lastActivityAt),
    c.star,
    c.countReopen,
    c.lat,
    c.lon,
    c.photos[0] ?? '',
  ];
}
