// Time at the edges: parsing the timestamp forms found in Traffy exports into epoch ms, and
// formatting epoch ms into the text forms the Exchange API sends. Bangkok is UTC+7 with no DST.

const BANGKOK_OFFSET_MS = 7 * 3600_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Parse `2023-05-11 04:41:36.123456+00`, `...Z`, ISO with offsets, no offset (Bangkok local),
 * or `dd/mm/yyyy HH:MM[:SS]` (Bangkok local; years > 2400 are Buddhist Era). Null when unparseable.
 */
export function parseTimestamp(raw: string): number | null {
  const text = raw.trim();
  if (text === '') return null;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/.exec(text);
  if (dmy) {
    const [, d, m, y, hh, mm, ss] = dmy;
    let year = Number(y);
    if (year > 2400) year -= 543;
    return Date.UTC(year, Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0)) - BANGKOK_OFFSET_MS;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (!iso) return null;
  const [, y, mo, d, hh, mi, ss, frac, zone] = iso;
  let year = Number(y);
  if (year > 2400) year -= 543;
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  const local = Date.UTC(year, Number(mo) - 1, Number(d), Number(hh ?? 0), Number(mi ?? 0), Number(ss ?? 0), ms);
  if (!zone) return local - BANGKOK_OFFSET_MS;
  if (zone.toUpperCase() === 'Z') return local;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return local - sign * offsetMin * 60_000;
}

function parts(ms: number): Date {
  return new Date(ms);
}

/** `YYYY-MM-DD HH:mm:ss.SSSSSS+00`, the UTC form get-issues uses. */
export function formatUtc(ms: number): string {
  const d = parts(ms);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000+00`
  );
}

/** `YYYY-MM-DD HH:mm:ss` in Bangkok local time with no offset (auth expire_timestamp). */
export function formatBangkok(ms: number): string {
  const d = parts(ms + BANGKOK_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** `YYYY-MM` of the Bangkok calendar month (credit quotas reset on the 1st, Bangkok time). */
export function bangkokMonth(ms: number): string {
  const d = parts(ms + BANGKOK_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

export function bangkokYear(ms: number): number {
  return parts(ms + BANGKOK_OFFSET_MS).getUTCFullYear();
}
