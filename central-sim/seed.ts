// Seeding: turns the records of a Traffy export into the simulator's tickets, timelines, orgs and
// categories, then shifts every instant so the data looks fresh (unless keepDates).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { baseCategories, centralStatus, splitTypes, statusIdFromState } from './catalog';
import { readTraffyCsv, SeedCsvError } from './csv';
import type { CsvRecord } from './csv';
import { baseOrgs, OrgDirectory } from './orgs';
import { fileDigest } from './persist';
import { parseTimestamp } from './time';
import type { SimState, Ticket, TimelineEntry } from './types';

export interface SeedOptions {
  dataFile: string;
  keepDates: boolean;
  now: number;
}

const SEED_NOTES: Record<number, string> = {
  1: 'ส่งเรื่องถึงหน่วยงานแล้ว',
  2: 'หน่วยงานรับเรื่องและกำลังดำเนินการ',
  3: 'ส่งต่อเรื่องไปยังหน่วยงานที่เกี่ยวข้อง',
  4: 'ดำเนินการเสร็จสิ้น',
  5: 'เรื่องไม่อยู่ในความรับผิดชอบ',
  6: 'ติดตามเรื่อง',
};

const inRange = (v: number, lo: number, hi: number): boolean => v >= lo && v <= hi;

/** Decide which of two numbers is the latitude by Bangkok's ranges; else the smaller is latitude. */
export function orderLatLon(a: number, b: number): { latitude: number; longitude: number } {
  if (inRange(a, 13.5, 14.0) && inRange(b, 100.3, 100.95)) return { latitude: a, longitude: b };
  if (inRange(b, 13.5, 14.0) && inRange(a, 100.3, 100.95)) return { latitude: b, longitude: a };
  return Math.abs(a) <= Math.abs(b) ? { latitude: a, longitude: b } : { latitude: b, longitude: a };
}

const splitList = (raw: string): string[] =>
  raw
    .trim()
    .replace(/^\{|\}$/g, '')
    .split(',')
    .map((s) => s.trim().replace(/^"|"$/g, ''))
    .filter((s) => s.length > 0);

function coordinates(v: Record<string, string>): { latitude: number | null; longitude: number | null } {
  const pair = v.coords !== undefined && v.coords.trim() !== '' ? v.coords.split(',') : [v.latitude ?? '', v.longitude ?? ''];
  const a = Number.parseFloat(pair[0] ?? '');
  const b = Number.parseFloat(pair[1] ?? '');
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { latitude: null, longitude: null };
  // The coords column is "lon,lat"; lat/lon columns are sometimes swapped: the ranges decide.
  return v.coords !== undefined && v.coords.trim() !== '' ? orderLatLon(b, a) : orderLatLon(a, b);
}

function intOrNull(raw: string | undefined): number | null {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) ? n : null;
}

function generatedId(rec: CsvRecord, taken: { has(id: string): boolean }): string {
  // Derived from the row, so reseeding the same file gives the same ids.
  for (let n = 0; ; n++) {
    const digest = createHash('sha256')
      .update(`${rec.line}|${n}|${JSON.stringify(rec.values)}`)
      .digest('hex');
    const id = `SIM-${digest.slice(0, 6).toUpperCase()}`;
    if (!taken.has(id)) return id;
  }
}

function toTicket(rec: CsvRecord, file: string, dir: OrgDirectory, taken: { has(id: string): boolean }): Ticket {
  const v = rec.values;
  const created = parseTimestamp(v.timestamp ?? '');
  const last = parseTimestamp(v.last_activity ?? '');
  const timestamp = created ?? last;
  if (timestamp === null) throw new SeedCsvError(file, rec.line, 'no parseable timestamp or last_activity');
  const lastActivity = Math.max(last ?? timestamp, timestamp);
  const rawState = (v.state ?? v.status ?? '').replace(/\(ใหม่\)$/, '');
  const statusId = statusIdFromState(rawState) ?? 1;
  const orgIds = [...new Set(splitList(v.organization ?? '').map((n) => dir.resolveName(n)))].filter(
    (id): id is string => id !== undefined,
  );
  const rawId = (v.ticket_id ?? '').trim();
  const photoAfter = splitList(v.photo_after ?? '');
  return {
    ticket_id: rawId !== '' ? rawId : generatedId(rec, taken),
    client_ticket_id: null,
    type: splitTypes(v.type ?? '').join(','),
    orgs: orgIds.map((org_id) => ({
      org_id,
      issue_status_id: statusId,
      org_status_id: null,
      is_follow: statusId === 6,
      is_forward: statusId === 3,
      timestamp,
    })),
    description: v.comment ?? v.description ?? '',
    photo: splitList(v.photo ?? ''),
    photo_after: photoAfter,
    ...coordinates(v),
    address: v.address ?? '',
    subdistrict: v.subdistrict ?? '',
    district: v.district ?? '',
    province: v.province ?? '',
    timestamp,
    timestamp_inprogress: parseTimestamp(v.timestamp_inprogress ?? '') ?? (statusId === 2 ? lastActivity : null),
    timestamp_finished: parseTimestamp(v.timestamp_finished ?? '') ?? (statusId === 4 ? lastActivity : null),
    org_finished: v.org_finished?.trim() || (statusId === 4 && orgIds[0] ? (dir.get(orgIds[0])?.name ?? null) : null),
    status_id: statusId,
    confirmed: /^(true|t|1|yes)$/i.test((v.confirmed ?? '').trim()),
    star: intOrNull(v.star),
    count_reopen: intOrNull(v.count_reopen) ?? 0,
    last_activity: lastActivity,
  };
}

function seedTimeline(t: Ticket, dir: OrgDirectory): TimelineEntry[] {
  const first = t.orgs[0] ? dir.get(t.orgs[0].org_id) : undefined;
  const status = centralStatus(t.status_id);
  return [
    {
      timestamp: t.timestamp,
      status_id: 1,
      status: 'รอรับเรื่อง',
      org_id: null,
      org: null,
      note: 'แจ้งเรื่องผ่าน Traffy Fondue',
      photos: t.photo,
    },
    {
      timestamp: t.last_activity,
      status_id: t.status_id,
      status: status?.status ?? 'รอรับเรื่อง',
      org_id: first?.org_id ?? null,
      org: first?.name ?? null,
      note: SEED_NOTES[t.status_id] ?? '',
      photos: t.status_id === 4 ? t.photo_after : [],
    },
  ];
}

function shiftAll(state: SimState, shift: number): void {
  const s = (ms: number | null): number | null => (ms === null ? null : ms + shift);
  for (const t of state.tickets) {
    t.timestamp += shift;
    t.last_activity += shift;
    t.timestamp_inprogress = s(t.timestamp_inprogress);
    t.timestamp_finished = s(t.timestamp_finished);
    for (const o of t.orgs) o.timestamp += shift;
  }
  for (const entries of Object.values(state.timelines)) for (const e of entries) e.timestamp += shift;
}

export function seedState(opts: SeedOptions): SimState {
  const records = readTraffyCsv(opts.dataFile);
  const dir = new OrgDirectory(baseOrgs());
  const categories = baseCategories();
  const byId = new Map<string, Ticket>();
  for (const rec of records) {
    const ticket = toTicket(rec, opts.dataFile, dir, byId);
    byId.delete(ticket.ticket_id); // a repeated id: the later row wins (and moves to the end)
    byId.set(ticket.ticket_id, ticket);
    for (const type of splitTypes(ticket.type)) {
      if (!categories.some((c) => c.type === type)) categories.push({ issue_category_id: categories.length + 1, type, type_en: type });
    }
  }
  const tickets = [...byId.values()];
  const state: SimState = {
    version: 1,
    seededFrom: resolve(opts.dataFile),
    seedDigest: fileDigest(opts.dataFile) ?? '',
    shiftMs: 0,
    orgs: dir.orgs,
    categories,
    tickets,
    timelines: Object.fromEntries(tickets.map((t) => [t.ticket_id, seedTimeline(t, dir)])),
    creditsUsed: {},
    notifications: [],
    comments: [],
    created: [],
    photos: {},
  };
  if (!opts.keepDates && tickets.length > 0) {
    const newest = tickets.reduce((max, t) => Math.max(max, t.last_activity), -Infinity);
    state.shiftMs = opts.now - 30 * 60_000 - newest;
    shiftAll(state, state.shiftMs);
  }
  return state;
}
