// The read half of the Exchange API client: org list and search, type and status lists, the issue
// list, one issue's detail (get-issue/v2, falling back to v1 where v2 is missing) and the CSV export.
// Every reply passes through clientCall.ts (envelope, onEnvelope, zod). One call = one credit.
import { fail, ok, type Result } from '#contract/result';
import { z } from 'zod';
import type { CentralClient, PullWindow } from './client';
import { endpointMissing, validated, type Caller } from './clientCall';
import type { Envelope } from './envelope';
import { categorySchema, issueDetailSchema, orgSchema, statusDefSchema } from './schemas';

type Reads = Pick<
  CentralClient,
  'getOrgList' | 'searchOrg' | 'getTypeList' | 'getStatusList' | 'getIssues' | 'getIssue' | 'downloadIssues'
>;

type ListEndpoint = 'get-org-list/v1' | 'search-org/v1' | 'get-type-list/v2' | 'get-status-list/v2';

const LONG_TIMEOUT_MS = 90_000;
const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

/** The single integer org id the type and status lists take (none = the account's own org). */
function orgQuery(orgId: string | undefined): Result<Record<string, string>> {
  if (orgId === undefined) return ok({});
  const id = orgId.trim();
  return /^\d+$/.test(id) ? ok({ org_id: id }) : fail('invalid-input', `org id must be one integer, got ${JSON.stringify(orgId)}`);
}

function issuesQuery(orgIds: readonly string[], window: PullWindow): Record<string, string> {
  const query: Record<string, string> = { duration: window };
  if (orgIds.length > 0) query.org_id = orgIds.join(',');
  return query;
}

/** The download is CSV with a header row naming ticket_id; anything else is an error or a broken reply. */
function looksLikeCsv(text: string): boolean {
  const header = text.slice(0, Math.max(0, text.search(/\r?\n|$/)));
  return header
    .split(',')
    .map((h) => h.trim().replace(/^"|"$/g, ''))
    .includes('ticket_id');
}

export function createReads(caller: Caller): Reads {
  const { call } = caller;
  /** Once the service has said get-issue/v2 does not exist, stop paying a credit to hear it again. */
  let v2Missing = false;

  async function detailEnvelope(ticketId: string): Promise<Result<Envelope>> {
    const query = { ticket_id: ticketId };
    if (!v2Missing) {
      const reply = await caller.raw({ method: 'GET', endpoint: 'get-issue/v2', query });
      if (!reply.ok) return reply;
      if (!endpointMissing(reply.value)) return caller.judge(reply.value, 'get-issue/v2');
      caller.judge(reply.value, 'get-issue/v2'); // only to report credits, if the reply carries any
      v2Missing = true;
    }
    return call({ method: 'GET', endpoint: 'get-issue/v1', query });
  }

  async function list<T>(endpoint: ListEndpoint, query: Record<string, string> | undefined, schema: z.ZodType<T>): Promise<Result<T[]>> {
    const env = await call({ method: 'GET', endpoint, ...(query ? { query } : {}) });
    if (!env.ok) return env;
    return validated(z.array(schema), env.value.body.results, endpoint);
  }

  return {
    getOrgList: () => list('get-org-list/v1', undefined, orgSchema),

    async searchOrg(keyword) {
      const text = keyword.trim();
      // The service counts bytes, not characters: one Thai letter is three bytes.
      if (utf8Bytes(text) < 3) return fail('invalid-input', 'search text must be at least 3 bytes');
      return list('search-org/v1', { text }, orgSchema);
    },

    async getTypeList(orgId) {
      const query = orgQuery(orgId);
      return query.ok ? list('get-type-list/v2', query.value, categorySchema) : query;
    },

    async getStatusList(orgId) {
      const query = orgQuery(orgId);
      return query.ok ? list('get-status-list/v2', query.value, statusDefSchema) : query;
    },

    async getIssues(orgIds, window) {
      const env = await call({ method: 'GET', endpoint: 'get-issues/v2', query: issuesQuery(orgIds, window), timeoutMs: LONG_TIMEOUT_MS });
      if (!env.ok) return env;
      const results = env.value.body.results;
      return Array.isArray(results) ? ok(results) : fail('bad-response', 'get-issues: results is not a list');
    },

    async getIssue(ticketId) {
      const env = await detailEnvelope(ticketId);
      if (!env.ok) return env;
      const detail = validated(issueDetailSchema, env.value.body.results, 'get-issue');
      if (!detail.ok) return detail;
      // Strict: a detail for another ticket would be written into the wrong case.
      if (detail.value.ticket_id !== ticketId)
        return fail('bad-response', `get-issue: asked for ${ticketId}, got ${detail.value.ticket_id}`);
      return ok({ ...detail.value, fromCache: env.value.body.source === 'cache' });
    },

    async downloadIssues(orgIds, window) {
      const reply = await caller.raw({
        method: 'GET',
        endpoint: 'download-issues/v2',
        query: issuesQuery(orgIds, window),
        timeoutMs: LONG_TIMEOUT_MS,
      });
      if (!reply.ok) return reply;
      const text = reply.value.body.replace(/^\ufeff/, '');
      if (reply.value.httpStatus < 400 && looksLikeCsv(text)) return ok(text);
      // Not CSV: the JSON error wrapper (quota, bad org id, ...; credits reported) or something broken.
      const env = caller.judge(reply.value, 'download-issues/v2');
      if (env.ok) return fail('bad-response', 'download-issues/v2: a JSON reply without CSV');
      if (env.error.code !== 'bad-response') return env;
      return fail('bad-response', `download-issues/v2: HTTP ${reply.value.httpStatus}, neither CSV nor a JSON envelope`);
    },
  };
}
