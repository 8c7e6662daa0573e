// Parsing the timestamps real Traffy data carries into epoch milliseconds (DOMAIN.md §6, §8).
// Instants are compared as numbers, never as text. Pure.

const BANGKOK_OFFSET_MS = 7 * 3600_000;

const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DATE_ONLY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const THAI_STYLE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?(?:\s*น\.)?$/;

/** Years above 2400 in imported files are Buddhist Era (พ.ศ.). */
export function toGregorianYear(year: number): number {
  return year > 2400 ? year - 543 : year;
}

function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const t = Date.UTC(toGregorianYear(y), mo - 1, d, h, mi, s, ms);
  return Number.isFinite(t) ? t : null;
}

function offsetMs(zone: string | undefined): number {
  if (!zone) return BANGKOK_OFFSET_MS; // no offset written: Bangkok local time
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 3600_000 + minutes * 60_000);
}

/** Parse one Traffy timestamp; null for empty or unreadable text. */
export function parseTraffyTime(text: string | null | undefined): number | null {
  if (text == null) return null;
  const s = String(text).trim();
  if (!s) return null;
  let m = ISO_LIKE.exec(s);
  if (m) {
    const frac = (m[7] ?? '0').padEnd(3, '0').slice(0, 3);
    const local = utcMs(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), +frac);
    return local == null ? null : local - offsetMs(m[8]);
  }
  m = DATE_ONLY.exec(s);
  if (m) {
    const local = utcMs(+m[1]!, +m[2]!, +m[3]!, 0, 0, 0, 0);
    return local == null ? null : local - BANGKOK_OFFSET_MS;
  }
  m = THAI_STYLE.exec(s);
  if (m) {
    const local = utcMs(+m[3]!, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0);
    return local == null ? null : local - BANGKOK_OFFSET_MS;
  }
  return null;
}

/** Bangkok wall-clock parts of an instant (no DST in Thailand, so a fixed offset is exact). */
export function bangkokParts(epochMs: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const d = new Date(epochMs + BANGKOK_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}
