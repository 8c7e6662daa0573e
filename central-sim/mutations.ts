// State changes behind update-issue/v1, comment/v1 and star/v1, plus the helpers the other writers
// share (ticket lookup, acting org, photo storage, applying a status). Input is already validated.
import { createHash } from 'node:crypto';
import { centralStatus, orgStatus, statusByName } from './catalog';
import type { StatusDef } from './catalog';
import { MSG } from './envelope';
import type { Simulator } from './state';
import type { Account, CommentRecord, Org, Ticket } from './types';

export type Outcome<T> = ({ ok: true } & T) | { ok: false; message: string };

export interface TicketRef {
  ticket_id?: string | undefined;
  client_ticket_id?: string | undefined;
}

export interface NotiFlags {
  noti_reporter: boolean;
  noti_staff: boolean;
}

export function findTicket(sim: Simulator, ref: TicketRef): Ticket | undefined {
  if (ref.ticket_id) return sim.getIssue(ref.ticket_id);
  if (ref.client_ticket_id) return sim.tickets().find((t) => t.client_ticket_id === ref.client_ticket_id);
  return undefined;
}

/** A ticket the account may act on, or the reason it may not. */
export function ticketFor(sim: Simulator, account: Account, ref: TicketRef): Outcome<{ ticket: Ticket }> {
  if (!ref.ticket_id && !ref.client_ticket_id) return { ok: false, message: MSG.ticketRequired };
  const ticket = findTicket(sim, ref);
  if (!ticket) return { ok: false, message: MSG.notFound };
  if (!sim.canSee(account, ticket)) return { ok: false, message: MSG.forbidden };
  return { ok: true, ticket };
}

/** The org an account acts as: `requested` if allowed, else its office (admin: the ticket's first org). */
export function actingOrg(sim: Simulator, account: Account, ticket: Ticket, requested: string | undefined): Outcome<{ org: Org }> {
  const id = requested ?? (account.district === null ? (ticket.orgs[0]?.org_id ?? account.org_id) : account.org_id);
  const org = sim.org(id);
  if (!org) return { ok: false, message: MSG.orgNotFound };
  if (!sim.mayActFor(account, id)) return { ok: false, message: MSG.forbidden };
  return { ok: true, org };
}

/** Store base64 photos (served back under /sim-photo/) and return their URLs; null when one is not base64. */
export function storePhotos(sim: Simulator, base64: string[]): string[] | null {
  const urls: string[] = [];
  for (const raw of base64) {
    const data = raw.replace(/^data:[^,]*,/, '');
    if (!/^[A-Za-z0-9+/=\s]+$/.test(data) || Buffer.from(data, 'base64').length === 0) return null;
    const hash = createHash('sha256').update(data).digest('hex').slice(0, 24);
    sim.state.photos[hash] = data;
    urls.push(`${sim.photoBaseUrl}/sim-photo/${hash}.jpg`);
  }
  return urls;
}

/** Set one org's status on a ticket (adding the org if it was not assigned) and the ticket's own status. */
export function applyStatus(sim: Simulator, ticket: Ticket, org: Org, def: StatusDef, at: number): void {
  let row = ticket.orgs.find((o) => o.org_id === org.org_id);
  if (!row) {
    row = { org_id: org.org_id, issue_status_id: 1, org_status_id: null, is_follow: false, is_forward: false, timestamp: at };
    ticket.orgs.push(row);
  }
  row.issue_status_id = def.issue_status_id;
  row.org_status_id = def.org_statuses_id;
  row.is_follow = def.status_type === 'follow';
  row.is_forward = def.status_type === 'forward';
  row.timestamp = at;
  const wasFinished = ticket.status_id === 4;
  ticket.status_id = def.issue_status_id;
  ticket.last_activity = at;
  if (def.status_type === 'inprogress' && ticket.timestamp_inprogress === null) ticket.timestamp_inprogress = at;
  if (def.status_type === 'finish') {
    ticket.timestamp_finished = at;
    ticket.org_finished = org.name;
  } else if (wasFinished) {
    ticket.timestamp_finished = null;
    ticket.org_finished = null;
  }
}

export function recordNotification(sim: Simulator, endpoint: string, ticket: Ticket, account: Account, flags: NotiFlags): void {
  sim.state.notifications.push({ at: sim.now(), endpoint, ticket_id: ticket.ticket_id, user: account.user, ...flags });
}

export type StatusChoice = { issue_status_id: number } | { org_status_id: number } | { state_name: string };

function resolveStatus(choice: StatusChoice, org: Org): StatusDef | undefined {
  const hasCustom = org.kind === 'office' || org.kind === 'unit';
  if ('issue_status_id' in choice) return centralStatus(choice.issue_status_id);
  if ('org_status_id' in choice) return hasCustom ? orgStatus(choice.org_status_id) : undefined;
  return statusByName(choice.state_name, hasCustom);
}

export interface UpdateArgs extends TicketRef, NotiFlags {
  note: string;
  status: StatusChoice;
  photo: string[];
  photo_base64: string[];
  org_id?: string | undefined;
  skip_timeline: boolean;
}

export function updateIssue(sim: Simulator, account: Account, args: UpdateArgs): Outcome<{ org: Org }> {
  const found = ticketFor(sim, account, args);
  if (!found.ok) return found;
  const acting = actingOrg(sim, account, found.ticket, args.org_id);
  if (!acting.ok) return acting;
  const def = resolveStatus(args.status, acting.org);
  if (!def) return { ok: false, message: MSG.badStatus };
  const uploaded = storePhotos(sim, args.photo_base64);
  if (uploaded === null) return { ok: false, message: 'Invalid photo_base64 | รูปภาพ base64 ไม่ถูกต้อง' };
  const at = sim.now();
  const photos = [...args.photo, ...uploaded];
  const ticket = found.ticket;
  applyStatus(sim, ticket, acting.org, def, at);
  ticket.photo_after.push(...photos);
  if (!args.skip_timeline) {
    sim.appendTimeline(ticket.ticket_id, {
      timestamp: at,
      status_id: def.issue_status_id,
      status: def.status,
      org_id: acting.org.org_id,
      org: acting.org.name,
      note: args.note,
      photos,
    });
  }
  recordNotification(sim, 'update-issue/v1', ticket, account, args);
  return { ok: true, org: acting.org };
}

const COMMENT_LABELS: Record<CommentRecord['comment_type'], string> = {
  comment: 'ความคิดเห็น',
  chat: 'แชท',
  chat_staff_only: 'แชท (เฉพาะเจ้าหน้าที่)',
};

export interface CommentArgs extends TicketRef, NotiFlags {
  comment: string;
  comment_type: CommentRecord['comment_type'];
}

export function addComment(sim: Simulator, account: Account, args: CommentArgs): Outcome<object> {
  const found = ticketFor(sim, account, args);
  if (!found.ok) return found;
  const acting = actingOrg(sim, account, found.ticket, undefined);
  if (!acting.ok) return acting;
  const at = sim.now();
  const ticket = found.ticket;
  sim.state.comments.push({
    at,
    ticket_id: ticket.ticket_id,
    user: account.user,
    org_id: acting.org.org_id,
    comment_type: args.comment_type,
    comment: args.comment,
  });
  ticket.last_activity = at;
  sim.appendTimeline(ticket.ticket_id, {
    timestamp: at,
    status_id: null,
    status: COMMENT_LABELS[args.comment_type],
    org_id: acting.org.org_id,
    org: acting.org.name,
    note: args.comment,
    photos: [],
  });
  recordNotification(sim, 'comment/v1', ticket, account, args);
  return { ok: true };
}

export function setStar(sim: Simulator, account: Account, args: TicketRef & NotiFlags & { star: number }): Outcome<object> {
  const found = ticketFor(sim, account, args);
  if (!found.ok) return found;
  found.ticket.star = args.star;
  found.ticket.last_activity = sim.now();
  recordNotification(sim, 'star/v1', found.ticket, account, args);
  return { ok: true };
}
