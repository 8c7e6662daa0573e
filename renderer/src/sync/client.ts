// The Traffy Exchange API client used by pull and push. One client, two transports: the transport
// is `window.desktop.centralRequest` (main process in Electron, direct fetch in the browser build),
// which also owns the credentials. This module never sees a password.
import type { CentralRequest, CentralResponse } from '#contract/ipc-contract';
import { fail, ok, type Result } from '#contract/result';
import { envelopeError, parseEnvelope, type Envelope } from './envelope';
import { issueDetailSchema, orgSchema, type ApiIssueDetail, type ApiOrg } from './schemas';

export type Transport = (req: CentralRequest) => Promise<Result<CentralResponse>>;
export type PullWindow = 'today' | '3days' | 'all';

export interface StatusUpdate {
  ticketId: string;
  issueStatusId: number;
  note: string;
  notifyReporter: boolean;
}

export interface CentralClient {
  getOrgList(): Promise<Result<ApiOrg[]>>;
  /** Raw issue objects: validated one by one by the caller so one bad record can be quarantined. */
  getIssues(orgIds: readonly string[], window: PullWindow): Promise<Result<unknown[]>>;
  /** `fromCache`: the reply says it came from the central cache (up to 600 s old). */
  getIssue(ticketId: string): Promise<Result<ApiIssueDetail & { fromCache: boolean }>>;
  updateIssue(update: StatusUpdate): Promise<Result<void>>;
}

export function createCentralClient(transport: Transport, onEnvelope: (env: Envelope) => void = () => {}): CentralClient {
  async function call(req: CentralRequest): Promise<Result<Envelope>> {
    const res = await transport(req);
    if (!res.ok) return res;
    const env = parseEnvelope(res.value.httpStatus, res.value.body);
    if (!env.ok) return env;
    onEnvelope(env.value);
    if (env.value.status === 'fail') return envelopeError(env.value);
    return env;
  }

  return {
    async getOrgList() {
      const env = await call({ method: 'GET', endpoint: 'get-org-list/v1' });
      if (!env.ok) return env;
      const parsed = orgSchema.array().safeParse(env.value.body.results);
      return parsed.success ? ok(parsed.data) : fail('bad-response', `get-org-list: ${parsed.error.message}`);
    },
    async getIssues(orgIds, window) {
      const query: Record<string, string> = { duration: window };
      if (orgIds.length > 0) query.org_id = orgIds.join(',');
      const env = await call({ method: 'GET', endpoint: 'get-issues/v2', query, timeoutMs: 90_000 });
      if (!env.ok) return env;
      const results = env.value.body.results;
      return Array.isArray(results) ? ok(results) : fail('bad-response', 'get-issues: results is not a list');
    },
    async getIssue(ticketId) {
      const env = await call({ method: 'GET', endpoint: 'get-issue/v2', query: { ticket_id: ticketId } });
      if (!env.ok) return env;
      const parsed = issueDetailSchema.safeParse(env.value.body.results);
      return parsed.success ? ok({ ...parsed.data, fromCache: env.value.body.source === 'cache' }) : fail('bad-response', `get-issue: ${parsed.error.message}`);
    },
    async updateIssue(u) {
      const env = await call({
        method: 'PATCH',
        endpoint: 'update-issue/v1',
        // noti_reporter defaults to true on the central side: always send it deliberately.
        body: { ticket_id: u.ticketId, issue_status_id: u.issueStatusId, note: u.note, noti_reporter: u.notifyReporter, noti_staff: true },
      });
      return env.ok ? ok(undefined) : env;
    },
  };
}
