// Dates as Thai offices write them (DOMAIN.md §8): Buddhist-era years, full month names in formal text,
// `09.30 น.` times, optional Thai digits, always in Asia/Bangkok whatever the machine's zone; and the
// Oct–Sep fiscal year named by the BE year it ends in. Pure.
// Never: stores or parses text dates (time.ts parses), or uses the machine's local zone.
import { bangkokParts } from './time';

export type ThaiDateStyle = 'short' | 'long' | 'formal';
export interface ThaiDateOptions {
  /** short `12/05/2566`, long `12 พ.ค. 2566`, formal `12 พฤษภาคม 2566`. */
  style: ThaiDateStyle;
  withTime?: boolean;
  thaiDigits?: boolean;
  /** `th` (default): BE years, Thai months. `en`: English months and Gregorian (CE) years. */
  lang?: 'th' | 'en';
}

const ZONE = 'Asia/Bangkok';
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(lang: 'th' | 'en', style: ThaiDateStyle): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = formatters.get(key);
  if (!f) {
    const locale = lang === 'th' ? 'th-TH-u-ca-buddhist-nu-latn' : 'en-GB-u-ca-gregory-nu-latn';
    const parts: Intl.DateTimeFormatOptions =
      style === 'short'
        ? { day: '2-digit', month: '2-digit', year: 'numeric' }
        : { day: 'numeric', month: style === 'formal' ? 'long' : 'short', year: 'numeric' };
    f = new Intl.DateTimeFormat(locale, { ...parts, timeZone: ZONE });
    formatters.set(key, f);
  }
  return f;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Latin digits → Thai digits (๐–๙). */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + d.charCodeAt(0) - 48));
}

/** `09.30 น.` (th) or `09:30` (en), Bangkok time. */
export function formatThaiTime(epochMs: number, lang: 'th' | 'en' = 'th'): string {
  const { hour, minute } = bangkokParts(epochMs);
  return lang === 'th' ? `${pad2(hour)}.${pad2(minute)} น.` : `${pad2(hour)}:${pad2(minute)}`;
}

/** Format an instant for display or reports; see ThaiDateOptions for the shapes. */
export function formatThaiDate(epochMs: number, opts: ThaiDateOptions): string {
  const lang = opts.lang ?? 'th';
  let text = dateFormatter(lang, opts.style).format(epochMs);
  if (opts.withTime) {
    const joiner = lang === 'th' && opts.style === 'formal' ? ' เวลา ' : ' ';
    text += joiner + formatThaiTime(epochMs, lang);
  }
  return opts.thaiDigits ? toThaiDigits(text) : text;
}

/** The fiscal year (1 Oct – 30 Sep, Bangkok time) an instant falls in, named by the BE year it ends in. */
export function fiscalYearOf(epochMs: number): number {
  const { year, month } = bangkokParts(epochMs);
  return (month >= 10 ? year + 1 : year) + 543;
}

/** Fiscal quarter 1–4: Oct–Dec = 1, Jan–Mar = 2, Apr–Jun = 3, Jul–Sep = 4. */
export function fiscalQuarterOf(epochMs: number): 1 | 2 | 3 | 4 {
  const { month } = bangkokParts(epochMs);
  return month >= 10 ? 1 : month <= 3 ? 2 : month <= 6 ? 3 : 4;
}

/** Epoch-ms bounds of a BE fiscal year: [start, end) from 1 Oct 00:00 to the next 1 Oct 00:00 Bangkok. */
export function fiscalYearRange(fiscalYearBE: number): { start: number; end: number } {
  const endYear = fiscalYearBE - 543;
  const bangkokMidnight = (y: number) => Date.UTC(y, 9, 1) - 7 * 3600_000;
  return { start: bangkokMidnight(endYear - 1), end: bangkokMidnight(endYear) };
}
