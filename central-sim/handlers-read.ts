// Read endpoints: get-org-list, search-org, get-type-list, get-status-list, get-issues, get-issue
// v1/v2 and download-issues. Each returns endpoint fields (or a failure); the router wraps them.
import { CENTRAL_STATUSES, ORG_STATUSES } from './catalog';
import { MSG } from './envelope';
import type { Handler, HandlerContext, HandlerResult } from './router-types';
import type { Org, Ticket } from './types';
import { issueDetail, issueListItem, issuesCsv } from './views';

export const MAX_ISSUES = 5000;

// The real get-org-list prints this PHP notice before its JSON when org_id is absent.
export const PHP_ORG_ID_WARNING =
  '<br />\n<b>Warning</b>:  Undefined array key "org_id" in <b>/var/www/html/api/get-org-list.php</b> on line <b>12</b><br />\n';

const fail = (message: string): HandlerResult => ({ kind: 'fail', message });

const idList = (raw: string | null): string[] =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function orgItem(o: Org): Record<string, unknown> {
  return {
    org_id: o.org_id,
    name: o.name,
    name_en: o.name_en,
    photo: '',
    latitude: 13.7563,
    longitude: 100.5018,
    address: o.district === null ? '' : `${o.name} กรุงเทพมหานคร`,
    province: 'กรุงเทพมหานคร',
    is_official: true,
  };
}

export const getOrgList: Handler = ({ sim, account, query }) => {
  if (!query.has('org_id') || idList(query.get('org_id')).length === 0) {
    const orgs = sim.accountOrgs(account);
    const prefix = query.has('org_id') ? '' : PHP_ORG_ID_WARNING;
    return { kind: 'json', prefix, fields: { source: 'db', org_id: [], count: orgs.length, results: orgs.map(orgItem) } };
  }
  const ids = idList(query.get('org_id'));
  const orgs = ids.map((id) => sim.org(id)).filter((o): o is Org => o !== undefined);
  return { kind: 'json', fields: { source: 'db', org_id: ids, count: orgs.length, results: orgs.map(orgItem) } };
};

export const searchOrg: Handler = ({ sim, query }) => {
  const text = (query.get('text') ?? '').trim();
  if (Buffer.byteLength(text, 'utf8') < 3) return fail(MSG.searchTooShort);
  const needle = text.toLowerCase();
  const results = sim
    .orgs()
    .filter((o) => o.kind !== 'admin' && (o.name.toLowerCase().includes(needle) || o.name_en.toLowerCase().includes(needle)))
    .slice(0, 100)
    .map(orgItem);
  return { kind: 'json', fields: { source: 'db', text, count: results.length, results } };
};

/** The single integer org_id of type/status lists (default: the account's org). */
function singleOrg(ctx: HandlerContext): Org | string {
  const raw = ctx.query.get('org_id');
  const id = raw === null || raw.trim() === '' ? ctx.account.org_id : raw.trim();
  if (!/^\d+$/.test(id)) return MSG.badOrgId;
  return ctx.sim.org(id) ?? MSG.orgNotFound;
}

export const getTypeList: Handler = (ctx) => {
  const org = singleOrg(ctx);
  if (typeof org === 'string') return fail(org);
  const results = ctx.sim.state.categories.map((c, i) => ({
    type: c.type,
    type_en: c.type_en,
    issue_category_id: c.issue_category_id,
    org_category_id: null,
    photo: `https://storage.googleapis.com/traffy_public_bucket/icon/category-${c.issue_category_id}.png`,
    index: i + 1,
  }));
  return { kind: 'json', fields: { source: 'db', org_id: Number(org.org_id), count: results.length, results } };
};

export const getStatusList: Handler = (ctx) => {
  const org = singleOrg(ctx);
  if (typeof org === 'string') return fail(org);
  const defs = org.kind === 'office' || org.kind === 'unit' ? [...CENTRAL_STATUSES, ...ORG_STATUSES] : CENTRAL_STATUSES;
  const results = defs.map((d, i) => ({
    issue_status_id: d.issue_status_id,
    org_statuses_id: d.org_statuses_id,
    status: d.status,
    status_en: d.status_en,
    status_type: d.status_type,
    sort_order: i + 1,
    bg_color: d.bg_color,
    text_color: '#FFFFFF',
    border_color: d.bg_color,
    is_active: true,
  }));
  return { kind: 'json', fields: { source: 'db', org_id: Number(org.org_id), count: results.length, results } };
};

const WINDOWS: Record<string, number | null> = { today: 24 * 3600_000, '3days': 72 * 3600_000, '3day': 72 * 3600_000, all: null };

/** The get-issues / download-issues query: matching visible tickets, newest activity first, capped. */
function queryIssues(ctx: HandlerContext): { tickets: Ticket[]; orgIds: string[]; source: string } | string {
  const duration = (ctx.query.get('duration') ?? 'today').trim() || 'today';
  if (!(duration in WINDOWS)) return MSG.badDuration;
  const windowMs = WINDOWS[duration] ?? null;
  const requested = idList(ctx.query.get('org_id'));
  // Default: the account's office; admin (no district) sees every org.
  const orgIds = requested.length > 0 ? requested : ctx.account.district === null ? [] : [ctx.account.org_id];
  const wanted = new Set(orgIds);
  const since = windowMs === null ? -Infinity : ctx.sim.now() - windowMs;
  const view = ctx.sim.readView();
  const tickets = view.tickets
    .filter((t) => t.last_activity >= since)
    .filter((t) => wanted.size === 0 || t.orgs.some((o) => wanted.has(o.org_id)))
    .filter((t) => ctx.sim.canSee(ctx.account, t))
    .sort((a, b) => b.last_activity - a.last_activity)
    .slice(0, MAX_ISSUES);
  return { tickets, orgIds, source: view.source };
}

export const getIssues: Handler = (ctx) => {
  const found = queryIssues(ctx);
  if (typeof found === 'string') return fail(found);
  const results = found.tickets.map((t) => issueListItem(t, ctx.sim.orgDir));
  return { kind: 'json', fields: { source: found.source, org_id: found.orgIds, count: results.length, results } };
};

export const downloadIssues: Handler = (ctx) => {
  const found = queryIssues(ctx);
  if (typeof found === 'string') return fail(found);
  return { kind: 'csv', body: issuesCsv(found.tickets, ctx.sim.orgDir), filename: 'issues.csv' };
};

const getIssue =
  (version: 1 | 2): Handler =>
  ({ sim, account, query }) => {
    const id = (query.get('ticket_id') ?? '').trim();
    if (id === '') return fail(MSG.ticketRequired);
    const view = sim.readView();
    const ticket = view.get(id);
    if (!ticket) return fail(MSG.notFound);
    if (!sim.canSee(account, ticket)) return fail(MSG.forbidden);
    const results = issueDetail(ticket, view.timeline(id), sim.orgDir, sim.state.categories, version);
    return { kind: 'json', fields: { source: view.source, ticket_id: id, results } };
  };

export const getIssueV1 = getIssue(1);
export const getIssueV2 = getIssue(2);
