// State changes behind new-issue/v1 (new tickets, duplicate answers) and join-forward/v1 (inviting
// orgs to co-handle, forwarding). Input is already validated by the handlers.
import { randomBytes, randomInt } from 'node:crypto';
import { centralStatus } from './catalog';
import { MSG } from './envelope';
import { actingOrg, applyStatus, recordNotification, storePhotos, ticketFor } from './mutations';
import type { NotiFlags, Outcome, TicketRef } from './mutations';
import type { Simulator } from './state';
import { bangkokYear } from './time';
import type { Account, Org, Ticket } from './types';

export interface JoinForwardArgs extends TicketRef, NotiFlags {
  scenario: 1 | 2;
  destination_group: string[];
  origin_group?: string | undefined;
  note: string;
  photo: string[];
}

export function joinForward(sim: Simulator, account: Account, args: JoinForwardArgs): Outcome<object> {
  const found = ticketFor(sim, account, args);
  if (!found.ok) return found;
  const ticket = found.ticket;
  const origin = actingOrg(sim, account, ticket, args.origin_group);
  if (!origin.ok) return origin;
  const destinations: Org[] = [];
  for (const id of args.destination_group) {
    const org = sim.org(id);
    if (!org) return { ok: false, message: MSG.orgNotFound };
    destinations.push(org);
  }
  const at = sim.now();
  for (const org of destinations) {
    if (!ticket.orgs.some((o) => o.org_id === org.org_id)) {
      ticket.orgs.push({ org_id: org.org_id, issue_status_id: 1, org_status_id: null, is_follow: false, is_forward: false, timestamp: at });
    }
  }
  const names = destinations.map((o) => o.name).join(', ');
  const forward = centralStatus(3);
  if (args.scenario === 2 && forward) {
    applyStatus(sim, ticket, origin.org, forward, at);
  } else {
    ticket.last_activity = at;
  }
  sim.appendTimeline(ticket.ticket_id, {
    timestamp: at,
    status_id: args.scenario === 2 ? 3 : null,
    status: args.scenario === 2 ? 'ส่งต่อ' : 'เชิญร่วมดำเนินการ',
    org_id: origin.org.org_id,
    org: origin.org.name,
    note: args.note || (args.scenario === 2 ? `ส่งต่อเรื่องไปยัง ${names}` : `เชิญ ${names} ร่วมดำเนินการ`),
    photos: args.photo,
  });
  recordNotification(sim, 'join-forward/v1', ticket, account, args);
  return { ok: true };
}

export interface NewIssueArgs {
  latitude: number;
  longitude: number;
  description?: string | undefined;
  address?: string | undefined;
  org_id?: string | undefined;
  issue_category_id?: number | undefined;
  category_name?: string | undefined;
  photo: string[];
  photo_base64?: string | undefined;
  client_ticket_id?: string | undefined;
}

export type NewIssueOutcome = Outcome<{ ticket: Ticket; duplicate: boolean; orgIds: string[] }>;

/** Metres between two points (equirectangular: fine at city scale). */
function distanceM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = ((lon2 - lon1) * Math.PI * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180))) / 180;
  const y = ((lat2 - lat1) * Math.PI) / 180;
  return Math.sqrt(x * x + y * y) * 6_371_000;
}

function newTicketId(sim: Simulator): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  for (;;) {
    const suffix = Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('');
    const id = `${bangkokYear(sim.now())}-${suffix}`;
    if (!sim.getIssue(id)) return id;
  }
}

export function newIssue(sim: Simulator, account: Account, args: NewIssueArgs): NewIssueOutcome {
  const orgIds = (args.org_id ?? account.org_id)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const orgs: Org[] = [];
  for (const id of orgIds) {
    const org = sim.org(id);
    if (!org) return { ok: false, message: MSG.orgNotFound };
    orgs.push(org);
  }
  if (args.client_ticket_id) {
    const existing = sim.tickets().find((t) => t.client_ticket_id === args.client_ticket_id);
    if (existing) return { ok: true, ticket: existing, duplicate: true, orgIds };
  }
  if (sim.faults.duplicateNewIssue) {
    const near = sim
      .tickets()
      .find((t) => t.latitude !== null && t.longitude !== null && distanceM(t.latitude, t.longitude, args.latitude, args.longitude) <= 100);
    if (near) return { ok: true, ticket: near, duplicate: true, orgIds };
  }
  const uploaded = storePhotos(sim, args.photo_base64 ? [args.photo_base64] : []);
  if (uploaded === null) return { ok: false, message: 'Invalid photo_base64 | รูปภาพ base64 ไม่ถูกต้อง' };
  const category =
    sim.state.categories.find((c) => c.issue_category_id === args.issue_category_id) ??
    sim.state.categories.find(
      (c) => args.category_name !== undefined && (c.type === args.category_name || c.type_en === args.category_name),
    );
  const at = sim.now();
  const ticket: Ticket = {
    ticket_id: newTicketId(sim),
    client_ticket_id: args.client_ticket_id ?? null,
    type: category?.type ?? '',
    orgs: orgs.map((o) => ({
      org_id: o.org_id,
      issue_status_id: 1,
      org_status_id: null,
      is_follow: false,
      is_forward: false,
      timestamp: at,
    })),
    description: args.description?.trim() || 'ไม่ระบุรายละเอียด',
    photo: [...args.photo, ...uploaded],
    photo_after: [],
    latitude: args.latitude,
    longitude: args.longitude,
    address: args.address ?? '',
    subdistrict: '',
    district: '',
    province: 'กรุงเทพมหานคร',
    timestamp: at,
    timestamp_inprogress: null,
    timestamp_finished: null,
    org_finished: null,
    status_id: 1,
    confirmed: false,
    star: null,
    count_reopen: 0,
    last_activity: at,
  };
  sim.addTicket(ticket, [
    {
      timestamp: at,
      status_id: 1,
      status: 'รอรับเรื่อง',
      org_id: null,
      org: null,
      note: `แจ้งเรื่องผ่าน API โดย ${account.user}`,
      photos: ticket.photo,
    },
  ]);
  sim.state.created.push(ticket.ticket_id);
  return { ok: true, ticket, duplicate: false, orgIds };
}

/** The "password" Traffy returns for a new ticket (lets a citizen follow it). */
export const ticketPassword = (): string => randomBytes(3).readUIntBE(0, 3).toString().padStart(8, '0').slice(-6);
