// Test helpers for the simulator suites: temp CSVs in Traffy's open-data form, a controllable clock,
// starting a real server on port 0, logging in, and calling endpoints with fetch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { startCentralSim } from './server';
import type { CentralSimHandle, CentralSimOptions } from './server';

export const SAMPLE_CSV = resolve(process.env.KHET_SEED_CSV ?? resolve(process.cwd(), 'central-sim/seed/traffy-sample.csv'));

export const OPEN_DATA_COLUMNS = [
  'ticket_id',
  'type',
  'organization',
  'comment',
  'coords',
  'photo',
  'photo_after',
  'address',
  'subdistrict',
  'district',
  'province',
  'timestamp',
  'state',
  'star',
  'count_reopen',
  'last_activity',
] as const;

export type CsvRow = Partial<Record<(typeof OPEN_DATA_COLUMNS)[number], string>>;

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'central-sim-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A row with plausible defaults (Chatuchak, waiting); override what the test cares about. */
export function row(over: CsvRow): CsvRow {
  return {
    ticket_id: '2023-AAAAAA',
    type: '{ถนน}',
    organization: 'เขตจตุจักร',
    comment: 'ถนนชำรุด',
    coords: '100.55,13.82',
    photo: 'https://example.test/p.jpg',
    photo_after: '',
    address: 'ถนนพหลโยธิน',
    subdistrict: 'จตุจักร',
    district: 'จตุจักร',
    province: 'กรุงเทพมหานคร',
    timestamp: '2023-05-11 04:00:00.000000+00',
    state: 'รอรับเรื่อง',
    star: '',
    count_reopen: '0',
    last_activity: '2023-05-11 04:00:00.000000+00',
    ...over,
  };
}

export function writeCsv(dir: string, rows: CsvRow[], name = 'seed.csv'): string {
  const file = join(dir, name);
  const data = rows.map((r) => OPEN_DATA_COLUMNS.map((c) => r[c] ?? ''));
  writeFileSync(file, `\ufeff${Papa.unparse({ fields: [...OPEN_DATA_COLUMNS], data }, { newline: '\n' })}\n`);
  return file;
}

/** A hand-set clock: tests move time with `clock.advance()`. */
export function fakeClock(start = Date.parse('2024-03-10T05:00:00Z')): {
  now: () => number;
  advance: (ms: number) => void;
  set: (ms: number) => void;
} {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms), set: (ms) => (t = ms) };
}

export async function startSim(opts: CentralSimOptions): Promise<CentralSimHandle> {
  return startCentralSim({ port: 0, statePath: null, ...opts });
}

export type Json = Record<string, unknown>;

export async function login(url: string, user = 'khet1030', pass = 'demo'): Promise<string> {
  const res = await fetch(`${url}/get-auth/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user, pass }),
  });
  const body = (await res.json()) as { results?: { token?: string } };
  const token = body.results?.token;
  if (!token) throw new Error(`login failed for ${user}`);
  return token;
}

export interface CallResult {
  status: number;
  text: string;
  json: Json;
}

/** Call an endpoint; `json` is the body parsed after any PHP warning prefix. */
export async function call(
  url: string,
  token: string | null,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  const start = text.indexOf('{');
  let json: Json;
  try {
    json = start >= 0 ? (JSON.parse(text.slice(start)) as Json) : {};
  } catch {
    json = {};
  }
  return { status: res.status, text, json };
}

export const results = (r: CallResult): Json[] => (Array.isArray(r.json.results) ? (r.json.results as Json[]) : []);
