// Defensive parsing of the Traffy reply envelope (DOMAIN.md §4): errors come inside the body, often
// with HTTP 200; a PHP warning may precede the JSON; status may be success/warning/fail/200/"OK";
// credit_balance null or -1 means unlimited. Pure.
import { fail, ok, type Result } from '#contract/result';

export interface Envelope {
  status: 'success' | 'warning' | 'fail';
  message: string;
  /** Remaining credits; null when unknown, Infinity when unlimited. */
  credits: number | null;
  body: Record<string, unknown>;
}

function normaliseStatus(raw: unknown): Envelope['status'] | null {
  if (raw === 200 || raw === '200') return 'success';
  if (typeof raw !== 'string') return null;
  const s = raw.trim().toLowerCase();
  if (s === 'success' || s === 'ok') return 'success';
  if (s === 'warning') return 'warning';
  if (s === 'fail' || s === 'failed' || s === 'error') return 'fail';
  return null;
}

function readCredits(body: Record<string, unknown>): number | null {
  if (!('credit_balance' in body)) return null;
  const v = body.credit_balance;
  if (v === null || v === -1 || v === '-1') return Infinity;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

export const QUOTA_EXHAUSTED = /running out of api usage quota/i;

export function parseEnvelope(httpStatus: number, text: string): Result<Envelope> {
  const start = text.indexOf('{');
  if (start < 0) return fail('bad-response', `HTTP ${httpStatus}: no JSON in reply`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(start));
  } catch {
    return fail('bad-response', `HTTP ${httpStatus}: reply is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail('bad-response', 'reply is not an object');
  const body = parsed as Record<string, unknown>;
  const status = normaliseStatus(body.status) ?? (httpStatus >= 400 ? 'fail' : null);
  if (!status) return fail('bad-response', `unknown envelope status ${JSON.stringify(body.status)}`);
  const message = typeof body.message === 'string' ? body.message : '';
  return ok({ status, message, credits: readCredits(body), body });
}

/** Turn a fail envelope into a Result error with the right code. */
export function envelopeError(env: Envelope): Result<never> {
  if (QUOTA_EXHAUSTED.test(env.message) && !/almost/i.test(env.message)) return fail('quota-exhausted', env.message);
  return fail('central-error', env.message || 'central service reported a failure');
}
