// Routing one request: endpoint table and methods, get-auth/v1, Bearer checks (401), credit charging
// and quota states, JSON body parsing, and wrapping handler results in the envelope. No sockets here.
import { failReply, jsonReply, MSG } from './envelope';
import type { Reply } from './envelope';
import { downloadIssues, getIssues, getIssueV1, getIssueV2, getOrgList, getStatusList, getTypeList, searchOrg } from './handlers-read';
import { commentHandler, joinForwardHandler, newIssueHandler, starHandler, updateIssueHandler } from './handlers-write';
import type { Handler } from './router-types';
import type { Simulator } from './state';
import { formatBangkok } from './time';

export interface RawRequest {
  method: string;
  /** Path after the base, e.g. "get-issues/v2". */
  path: string;
  query: URLSearchParams;
  body: string;
  authorization: string | undefined;
}

type Method = 'GET' | 'POST' | 'PATCH';

const ENDPOINTS: Record<string, { method: Method; handler: Handler; mutates: boolean }> = {
  'get-org-list/v1': { method: 'GET', handler: getOrgList, mutates: false },
  'search-org/v1': { method: 'GET', handler: searchOrg, mutates: false },
  'get-type-list/v2': { method: 'GET', handler: getTypeList, mutates: false },
  'get-status-list/v2': { method: 'GET', handler: getStatusList, mutates: false },
  'get-issues/v2': { method: 'GET', handler: getIssues, mutates: false },
  'get-issue/v2': { method: 'GET', handler: getIssueV2, mutates: false },
  'get-issue/v1': { method: 'GET', handler: getIssueV1, mutates: false },
  'download-issues/v2': { method: 'GET', handler: downloadIssues, mutates: false },
  'update-issue/v1': { method: 'PATCH', handler: updateIssueHandler, mutates: true },
  'comment/v1': { method: 'POST', handler: commentHandler, mutates: true },
  'join-forward/v1': { method: 'POST', handler: joinForwardHandler, mutates: true },
  'new-issue/v1': { method: 'POST', handler: newIssueHandler, mutates: true },
  'star/v1': { method: 'POST', handler: starHandler, mutates: true },
};

export const ENDPOINT_NAMES = Object.keys(ENDPOINTS);

/** Whether a request to `path` could change tickets (used by faults that apply-then-lose replies). */
export const isMutating = (path: string): boolean => ENDPOINTS[path]?.mutates ?? false;

function parseBody(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

function auth(sim: Simulator, req: RawRequest, started: number): Reply {
  const parsed = parseBody(req.body);
  const body = parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Record<string, unknown>) : {};
  const account = typeof body.user === 'string' ? sim.account(body.user) : undefined;
  if (!account || body.pass !== account.pass) return failReply(MSG.badLogin, null, started);
  const { token, expiresAt } = sim.tokens.issue(account);
  return jsonReply(
    { status: 'success', message: MSG.success, credit_balance: sim.creditBalance(account.user), started },
    { quota_limit: sim.quota, permissions: ['read', 'write'], results: { token, expire_timestamp: formatBangkok(expiresAt) } },
  );
}

function photo(sim: Simulator, path: string): Reply {
  const hash = /^sim-photo\/([0-9a-f]+)(?:\.\w+)?$/.exec(path)?.[1] ?? '';
  const data = sim.state.photos[hash];
  if (data === undefined) return { httpStatus: 404, contentType: 'text/plain', body: 'not found', isJson: false };
  const bytes = Buffer.from(data, 'base64');
  const png = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return { httpStatus: 200, contentType: png ? 'image/png' : 'image/jpeg', body: bytes, isJson: false };
}

export function dispatch(sim: Simulator, req: RawRequest, started: number): Reply {
  const path = req.path.replace(/^\/+|\/+$/g, '');
  if (path.startsWith('sim-photo/') && req.method === 'GET') return photo(sim, path);
  if (path === 'get-auth/v1') return req.method === 'POST' ? auth(sim, req, started) : failReply(MSG.badMethod, null, started, 405);
  const endpoint = ENDPOINTS[path];
  if (!endpoint) return failReply(MSG.noEndpoint, null, started, 404);
  if (req.method !== endpoint.method) return failReply(MSG.badMethod, null, started, 405);

  const user = sim.tokens.verify(req.authorization, sim.faults.expireTokens);
  const account = user === null ? undefined : sim.account(user);
  if (!account) return failReply(MSG.badToken, null, started, 401);

  if (!sim.charge(account.user)) return failReply(MSG.quotaOut, 0, started);
  const parsed = req.method === 'GET' ? { ok: true as const, value: undefined } : parseBody(req.body);
  const result = parsed.ok
    ? endpoint.handler({ sim, account, query: req.query, body: parsed.value })
    : { kind: 'fail' as const, message: MSG.badJson };
  // Credits are state too: persist after every charged call (reads with unlimited quota change nothing).
  if (endpoint.mutates || sim.quota !== null) sim.changed(endpoint.mutates);

  const balance = sim.creditBalance(account.user);
  if (result.kind === 'fail') return failReply(result.message, balance, started);
  if (result.kind === 'csv') {
    return {
      httpStatus: 200,
      contentType: 'text/csv; charset=utf-8',
      body: result.body,
      isJson: false,
      headers: { 'Content-Disposition': `attachment; filename="${result.filename}"`, 'X-Credit-Balance': String(balance ?? '') },
    };
  }
  const low = sim.creditsLow(account.user);
  const reply = jsonReply(
    {
      status: low ? 'warning' : 'success',
      message: result.message ?? (low ? MSG.quotaLow : MSG.success),
      credit_balance: balance,
      started,
    },
    result.fields,
    200,
    result.sessionKey,
  );
  return result.prefix ? { ...reply, body: `${result.prefix}${String(reply.body)}` } : reply;
}
