// One authenticated session with the central service (Traffy Exchange API or a relay speaking it).
// Owns: the bearer token and its renewal (single-flight), URL and header building, timeouts, and the
// mapping of transport failures to Result errors. Used by electron main (with net.fetch) and by the
// renderer's browser platform (with window.fetch).
// Must never: import electron/node/DOM APIs, parse reply envelopes beyond what auth needs (the renderer's
// client does that), retry a request more than once, or put the password in any message.
import type { CentralConfig, CentralRequest, CentralResponse } from './ipc-contract';
import { fail, ok, type Result } from './result';
import { isOkStatus, mentionsBadToken, mentionsQuotaExhausted, parseBangkokTimestamp, parseEnvelope } from './central-envelope';

export interface CentralFetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}
export type CentralFetch = (url: string, init: CentralFetchInit) => Promise<{ status: number; text(): Promise<string> }>;

export interface CentralSessionDeps {
  fetch: CentralFetch;
  now?: () => number;
}

export interface CentralSession {
  request(req: CentralRequest): Promise<Result<CentralResponse>>;
  authenticate(): Promise<Result<void>>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Renew this long before the announced expiry, so a request never travels with a dying token. */
const REFRESH_MARGIN_MS = 60_000;
/** Used when the reply's expiry is unreadable or already past by our clock (office PCs drift by hours). */
const FALLBACK_LIFETIME_MS = 5 * 60_000;
/** A refused-token envelope is tiny; never scan a multi-megabyte issue list for one. */
const TOKEN_REJECTION_SCAN_LIMIT = 16_384;

const describe = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
};

function jwtExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const exp = typeof json === 'object' && json !== null && 'exp' in json ? json.exp : undefined;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : null;
  } catch {
    return null;
  }
}

export function createCentralSession(config: CentralConfig, deps: CentralSessionDeps): CentralSession {
  const now = deps.now ?? Date.now;
  const base = config.baseUrl.replace(/\/+$/, '');
  let token: { value: string; expiresAt: number } | null = null;
  let inflight: Promise<Result<string>> | null = null;

  const redact = (text: string): string => text.split(config.password).join('***');
  const failSafe = (code: Parameters<typeof fail>[0], message: string): Result<never> => fail(code, redact(message));

  async function call(label: string, url: string, init: CentralFetchInit, timeoutMs: number): Promise<Result<CentralResponse>> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The race guarantees the timeout even if a fetch implementation ignores the abort signal.
    const expired = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve('timeout');
      }, timeoutMs);
    });
    const exchange = (async (): Promise<CentralResponse> => {
      const reply = await deps.fetch(url, { ...init, signal: controller.signal });
      return { httpStatus: reply.status, body: await reply.text() };
    })();
    exchange.catch(() => undefined); // a late rejection after the timeout must not go unhandled
    try {
      const outcome = await Promise.race([exchange, expired]);
      if (outcome === 'timeout') return failSafe('timeout', `${label}: no reply within ${timeoutMs} ms`);
      return ok(outcome);
    } catch (error) {
      if (controller.signal.aborted) return failSafe('timeout', `${label}: no reply within ${timeoutMs} ms`);
      return failSafe('network', `${label}: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  async function runAuth(): Promise<Result<string>> {
    const label = 'POST get-auth/v1';
    const reply = await call(
      label,
      `${base}/get-auth/v1`,
      {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: config.user, pass: config.password }),
      },
      DEFAULT_TIMEOUT_MS,
    );
    if (!reply.ok) return reply;
    const { httpStatus, body } = reply.value;
    const envelope = parseEnvelope(body);
    const message = envelope?.message ?? '';
    const results = envelope?.results;
    const tokenValue =
      typeof results === 'object' && results !== null && 'token' in results && typeof results.token === 'string'
        ? results.token.trim()
        : '';
    if (!tokenValue && mentionsQuotaExhausted(message)) return failSafe('quota-exhausted', `${label}: ${message}`);
    if (httpStatus === 401 || httpStatus === 403) return failSafe('auth-failed', `${label}: HTTP ${httpStatus} ${message}`.trim());
    if (httpStatus >= 500) return failSafe('central-error', `${label}: HTTP ${httpStatus}`);
    if (!envelope) return failSafe('bad-response', `${label}: HTTP ${httpStatus}, reply is not JSON`);
    if (!isOkStatus(envelope.status)) return failSafe('auth-failed', `${label}: ${message || 'credentials refused'}`);
    if (!tokenValue) return failSafe('bad-response', `${label}: no token in the reply`);

    const expireRaw =
      typeof results === 'object' && results !== null && 'expire_timestamp' in results ? results.expire_timestamp : undefined;
    const announced = parseBangkokTimestamp(expireRaw) ?? jwtExpiry(tokenValue);
    const issuedAt = now();
    const expiresAt = announced !== null && announced - REFRESH_MARGIN_MS > issuedAt ? announced : issuedAt + FALLBACK_LIFETIME_MS;
    token = { value: tokenValue, expiresAt };
    return ok(tokenValue);
  }

  /** Single flight: whoever asks while an auth is running waits for that one. */
  function authOnce(): Promise<Result<string>> {
    if (!inflight) {
      inflight = runAuth()
        .catch((error: unknown) => failSafe('internal', `auth: ${describe(error)}`))
        .finally(() => {
          inflight = null;
        });
    }
    return inflight;
  }

  function validToken(): Promise<Result<string>> {
    if (token && now() < token.expiresAt - REFRESH_MARGIN_MS) return Promise.resolve(ok(token.value));
    return authOnce();
  }

  function send(req: CentralRequest, bearer: string): Promise<Result<CentralResponse>> {
    const label = `${req.method} ${req.endpoint}`;
    const query = req.query ? new URLSearchParams(req.query).toString() : '';
    const url = `${base}/${req.endpoint}${query ? `?${query}` : ''}`;
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${bearer}` };
    let body: string | undefined;
    if (req.method !== 'GET') {
      try {
        body = JSON.stringify(req.body ?? {});
      } catch (error) {
        return Promise.resolve(failSafe('invalid-input', `${label}: body is not JSON-serialisable (${describe(error)})`));
      }
      headers['Content-Type'] = 'application/json';
    }
    return call(label, url, { method: req.method, headers, ...(body === undefined ? {} : { body }) }, req.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }

  function tokenRefused(reply: CentralResponse): boolean {
    if (reply.httpStatus === 401) return true;
    if (reply.body.length > TOKEN_REJECTION_SCAN_LIMIT) return false;
    const envelope = parseEnvelope(reply.body);
    return envelope !== null && !isOkStatus(envelope.status) && mentionsBadToken(envelope.message);
  }

  return {
    async authenticate() {
      const result = await authOnce();
      return result.ok ? ok(undefined) : result;
    },
    async request(req) {
      try {
        const first = await validToken();
        if (!first.ok) return first;
        const reply = await send(req, first.value);
        if (!reply.ok || !tokenRefused(reply.value)) return reply;
        // Refused once: renew (unless another request already did) and try exactly one more time.
        if (token?.value === first.value) token = null;
        const second = await validToken();
        if (!second.ok) return second;
        return await send(req, second.value);
      } catch (error) {
        return failSafe('internal', `${req.method} ${req.endpoint}: ${describe(error)}`);
      }
    },
  };
}
