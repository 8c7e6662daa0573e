// The client against the real simulator over HTTP (port 0), through the real session
// (createCentralSession + Node's fetch, khet1030 / demo): every method, then the simulator's own
// state is checked. Quirks with a fake transport are in client.quirks.test.ts.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCentralSession } from '#contract/central-session';
import { startCentralSim, type CentralSimHandle } from '../../../central-sim/server';
import { createCentralClient, type CentralClient, type Transport } from './client';
import type { Envelope } from './envelope';

const SEED = fileURLToPath(new URL('../../../central-sim/seed/traffy-sample.csv', import.meta.url));
const USER = 'khet1030';
/** Two tiny distinct "JPEGs" (the simulator stores any base64 and serves it back). */
const jpeg = (n: number): string => btoa(String.fromCharCode(0xff, 0xd8, 0xff, 0xdb, n, n + 1, 0xff, 0xd9));

let handle: CentralSimHandle;
let transport: Transport;
let client: CentralClient;
const envelopes: Envelope[] = [];
let ticketId: string;

function sessionFor(url: string): Transport {
  const session = createCentralSession({ baseUrl: url, user: USER, password: 'demo' }, { fetch: (u, init) => fetch(u, init) });
  return (req) => session.request(req);
}

beforeAll(async () => {
  handle = await startCentralSim({ port: 0, dataFile: SEED, statePath: null, quotaPerMonth: 1000 });
  transport = sessionFor(handle.url);
  client = createCentralClient(transport, (env) => envelopes.push(env));
  const issues = await client.getIssues(['103000'], 'all');
  if (!issues.ok) throw new Error(issues.error.message);
  const first = issues.value[0] as { ticket_id?: string } | undefined;
  if (!first?.ticket_id) throw new Error('no ticket for khet1030 in the seed');
  ticketId = first.ticket_id;
});
afterAll(async () => {
  await handle.close();
});

const lastTimeline = () => handle.sim.timeline(ticketId).at(-1);
const lastNotification = () => handle.sim.notifications.at(-1);
const balance = () => handle.sim.creditBalance(USER);

describe('reads against the simulator', () => {
  it('getOrgList reads past the PHP warning and reports the credit balance', async () => {
    const orgs = await client.getOrgList();
    expect(orgs.ok && orgs.value.map((o) => o.org_id)).toEqual(expect.arrayContaining(['103000', '103006']));
    expect(orgs.ok && orgs.value.find((o) => o.org_id === '103006')?.name).toBe('ฝ่ายโยธา เขตจตุจักร');
    expect(envelopes.at(-1)?.credits).toBe(balance());
    expect(balance()).toBeLessThan(1000);
  });

  it('searchOrg finds orgs, and refuses a too-short keyword without spending a credit', async () => {
    const found = await client.searchOrg('จตุจักร');
    expect(found.ok && found.value.map((o) => o.org_id)).toContain('103000');
    const before = balance();
    expect(await client.searchOrg('ab')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(balance()).toBe(before);
  });

  it('getTypeList and getStatusList return the catalog, custom statuses marked', async () => {
    const types = await client.getTypeList();
    expect(types.ok && types.value.length).toBeGreaterThan(5);
    expect(types.ok && types.value.every((t) => Number.isInteger(t.id) && t.name !== '')).toBe(true);
    const statuses = await client.getStatusList('103006');
    expect(statuses.ok && statuses.value.find((s) => s.id === 1)).toMatchObject({ name: 'รอรับเรื่อง', statusType: 'waiting', custom: false });
    expect(statuses.ok && statuses.value.find((s) => s.id === 101)).toMatchObject({
      name: 'รับเรื่อง',
      statusType: 'inprogress',
      custom: true,
      issueStatusId: 2,
    });
    expect(await client.getStatusList('10,11')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('getIssue returns the detail with org names; a missing ticket is a central error', async () => {
    const detail = await client.getIssue(ticketId);
    expect(detail.ok && detail.value.ticket_id).toBe(ticketId);
    expect(detail.ok && detail.value.orgs.some((o) => o.org_id === 103000 && o.name === 'สำนักงานเขตจตุจักร')).toBe(true);
    expect(detail.ok && detail.value.fromCache).toBe(false);
    expect(await client.getIssue('2023-NOSUCH')).toMatchObject({
      ok: false,
      error: { code: 'central-error', message: expect.stringMatching(/not found/i) },
    });
  });

  it('getIssue falls back to v1 when v2 answers 404, with v1 org names in `name`', async () => {
    const calls: string[] = [];
    const noV2: Transport = async (req) => {
      calls.push(req.endpoint);
      if (req.endpoint === 'get-issue/v2')
        return { ok: true, value: { httpStatus: 404, body: '{"status":"fail","message":"Endpoint not found | ไม่พบ API ที่เรียก"}' } };
      return transport(req);
    };
    const old = createCentralClient(noV2);
    const detail = await old.getIssue(ticketId);
    expect(detail.ok && detail.value.orgs.find((o) => o.org_id === 103000)?.name).toBe('สำนักงานเขตจตุจักร');
    await old.getIssue(ticketId);
    expect(calls).toEqual(['get-issue/v2', 'get-issue/v1', 'get-issue/v1']);
  });

  it('downloadIssues returns the CSV without its BOM', async () => {
    const csv = await client.downloadIssues(['103000'], 'all');
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    expect(csv.value.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.value.startsWith('ticket_id,type,organization')).toBe(true);
    expect(csv.value).toContain(ticketId);
  });
});

describe('writes against the simulator', () => {
  it('updateIssue sets the status, uploads photos as URLs and does not text the reporter', async () => {
    const note = `ตรวจสอบแล้ว ${Date.now()}`;
    const res = await client.updateIssue({ ticketId, issueStatusId: 2, note, notifyReporter: false, photosBase64: [jpeg(1), jpeg(2)] });
    expect(res).toEqual({ ok: true, value: undefined });
    expect(lastTimeline()).toMatchObject({ note, status_id: 2, status: 'กำลังดำเนินการ' });
    const after = handle.sim.getIssue(ticketId)?.photo_after ?? [];
    const urls = after.filter((u) => u.includes('/sim-photo/'));
    expect(urls).toHaveLength(2);
    expect(lastNotification()).toMatchObject({ endpoint: 'update-issue/v1', ticket_id: ticketId, noti_reporter: false, noti_staff: true });
    const photo = await fetch(urls[0] ?? '');
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    const detail = await client.getIssue(ticketId);
    expect(detail.ok && detail.value.photo_after).toEqual(expect.arrayContaining(urls));
    expect(detail.ok && detail.value.timeline.at(-1)?.photos).toEqual(urls);
  });

  it('refuses a fourth photo without calling the service', async () => {
    const before = { timeline: handle.sim.timeline(ticketId).length, credits: balance() };
    const res = await client.updateIssue({
      ticketId,
      issueStatusId: 2,
      note: 'x',
      notifyReporter: false,
      photosBase64: [1, 2, 3, 4].map(jpeg),
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect({ timeline: handle.sim.timeline(ticketId).length, credits: balance() }).toEqual(before);
  });

  it('comment adds a staff-only timeline entry', async () => {
    const text = `โทรประสานฝ่ายโยธาแล้ว ${Date.now()}`;
    expect(await client.comment({ ticketId, text, type: 'chat_staff_only', notifyReporter: false })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(lastTimeline()).toMatchObject({ note: text, status: 'แชท (เฉพาะเจ้าหน้าที่)' });
    expect(handle.sim.comments.at(-1)).toMatchObject({ ticket_id: ticketId, comment_type: 'chat_staff_only', comment: text, user: USER });
    expect(lastNotification()).toMatchObject({ endpoint: 'comment/v1', noti_reporter: false, noti_staff: true });
  });

  it('joinForward invites a unit to co-handle (scenario 1) and forwards (scenario 2)', async () => {
    const note = `เชิญฝ่ายโยธาร่วม ${Date.now()}`;
    expect(await client.joinForward({ ticketId, scenario: 1, destinationOrgIds: ['103006'], note, notifyReporter: false })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(handle.sim.getIssue(ticketId)?.orgs.map((o) => o.org_id)).toContain('103006');
    expect(lastTimeline()).toMatchObject({ note, status: 'เชิญร่วมดำเนินการ', org_id: '103000' });
    expect(lastNotification()).toMatchObject({ endpoint: 'join-forward/v1', noti_reporter: false });
    expect(
      await client.joinForward({ ticketId, scenario: 2, destinationOrgIds: ['103007'], note: 'ส่งต่อ', notifyReporter: false }),
    ).toMatchObject({ ok: true });
    expect(lastTimeline()).toMatchObject({ note: 'ส่งต่อ', status_id: 3 });
    expect(
      await client.joinForward({ ticketId, scenario: 1, destinationOrgIds: ['99999999'], note: 'x', notifyReporter: false }),
    ).toMatchObject({
      ok: false,
      error: { code: 'central-error' },
    });
  });

  it('newIssue creates once; the same client ticket id again is the same ticket, duplicate', async () => {
    const input = {
      clientTicketId: `KHET-${Date.now()}`,
      lat: 13.8285,
      lon: 100.5597,
      description: 'ฝาท่อชำรุด หน้าตลาด',
      address: 'ถ.พหลโยธิน',
      categoryName: 'ท่อระบายน้ำ',
      photosBase64: [jpeg(7)],
    };
    const first = await client.newIssue(input);
    expect(first.ok && first.value.duplicate).toBe(false);
    const id = first.ok ? first.value.ticketId : '';
    const created = handle.sim.getIssue(id);
    expect(created).toMatchObject({ client_ticket_id: input.clientTicketId, description: input.description, latitude: 13.8285 });
    expect(created?.photo.some((u) => u.includes('/sim-photo/'))).toBe(true);
    expect(await client.newIssue(input)).toEqual({ ok: true, value: { ticketId: id, duplicate: true } });
    expect(handle.sim.tickets().filter((t) => t.client_ticket_id === input.clientTicketId)).toHaveLength(1);
    expect(await client.newIssue({ ...input, photosBase64: [jpeg(1), jpeg(2)] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('star rates the ticket without notifying the reporter', async () => {
    expect(await client.star(ticketId, 4)).toEqual({ ok: true, value: undefined });
    expect(handle.sim.getIssue(ticketId)?.star).toBe(4);
    expect(lastNotification()).toMatchObject({ endpoint: 'star/v1', noti_reporter: false, noti_staff: true });
    expect(await client.star(ticketId, 9)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('every reply reported its credits, and they match the simulator', () => {
    expect(envelopes.length).toBeGreaterThan(15);
    expect(envelopes.every((e) => typeof e.credits === 'number' && e.credits < 1000)).toBe(true);
    expect(envelopes.at(-1)?.credits).toBe(balance());
  });
});

describe('an exhausted quota', () => {
  it('download-issues answers a JSON envelope instead of CSV: quota-exhausted, credits 0 reported', async () => {
    const small = await startCentralSim({ port: 0, dataFile: SEED, statePath: null, quotaPerMonth: 1 });
    try {
      const seen: Envelope[] = [];
      const c = createCentralClient(sessionFor(small.url), (env) => seen.push(env));
      expect((await c.getOrgList()).ok).toBe(true);
      const csv = await c.downloadIssues(['103000'], 'today');
      expect(csv).toMatchObject({ ok: false, error: { code: 'quota-exhausted' } });
      expect(seen.at(-1)).toMatchObject({ status: 'fail', credits: 0 });
    } finally {
      await small.close();
    }
  });
});
