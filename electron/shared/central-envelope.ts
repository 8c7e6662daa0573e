// Defensive readers for the Traffy Exchange API reply envelope and its timestamps.
// Owns: loose JSON extraction (a PHP warning or HTML may precede the JSON), status normalisation,
// Bangkok local time parsing. Pure: must never import electron, node or DOM APIs, and never throws.

export interface LooseEnvelope {
  status: unknown;
  message: string;
  results: unknown;
  raw: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses the JSON object in a reply body, skipping anything before the first '{' (and after the last '}'). */
export function parseLooseJson(text: string): Record<string, unknown> | null {
  const start = text.indexOf('{');
  if (start < 0) return null;
  const candidates = [text.slice(start)];
  const end = text.lastIndexOf('}');
  if (end > start) candidates.push(text.slice(start, end + 1));
  for (const candidate of candidates) {
    try {
      const parsed: unknown = JSON.parse(candidate);
      if (isRecord(parsed)) return parsed;
    } catch {
      // try the next, narrower candidate
    }
  }
  return null;
}

export function parseEnvelope(text: string): LooseEnvelope | null {
  const raw = parseLooseJson(text);
  if (!raw) return null;
  const message = typeof raw.message === 'string' ? raw.message : '';
  return { status: raw.status, message, results: raw.results, raw };
}

/** `success`, `warning`, `200`, `"OK"` all mean the call went through; `fail` (or anything else) does not. */
export function isOkStatus(status: unknown): boolean {
  if (status === 200) return true;
  if (typeof status !== 'string') return false;
  return ['success', 'warning', 'ok', '200'].includes(status.trim().toLowerCase());
}

/** A reply that says the bearer token was refused (wording varies; Thai or English). */
export function mentionsBadToken(message: string): boolean {
  const m = message.toLowerCase();
  const aboutToken = /token|jwt|bearer|unauthori[sz]ed|โทเคน|โทเค็น/.test(m);
  const bad = /invalid|expired|expire|not valid|unauthori[sz]ed|signature|malformed|หมดอายุ|ไม่ถูกต้อง/.test(m);
  return aboutToken && bad;
}

/** The monthly quota is used up (`Running out of API usage quota`, status fail). "Almost running out" is only a warning. */
export function mentionsQuotaExhausted(message: string): boolean {
  const m = message.toLowerCase();
  return /running out of api usage quota|quota (is )?(exhausted|exceeded)/.test(m) && !/almost running out/.test(m);
}

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/**
 * Epoch ms of a Bangkok local timestamp "YYYY-MM-DD HH:mm:ss" (UTC+7, no DST). A string that carries its
 * own offset or `Z` is honoured as such. Returns null when it cannot be read.
 */
export function parseBangkokTimestamp(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const match = LOCAL_TIME.exec(text);
  if (match) {
    const [, y, mo, d, h, mi, s] = match;
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'));
    return Number.isFinite(utc) ? utc - BANGKOK_OFFSET_MS : null;
  }
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const parsed = Date.parse(text);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}
