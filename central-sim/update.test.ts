// Writes over real HTTP: update-issue (PATCH only, note required, custom statuses, timeline, photos,
// notification flags), comment, join-forward and new-issue duplicates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CentralSimHandle } from './server';
import { call, fakeClock, login, row, startSim, tempDir, writeCsv } from './test-support';
import type { Json } from './test-support';

const clock = fakeClock(Date.parse('2024-03-10T05:00:00Z'));
const tmp = tempDir();
let sim: CentralSimHandle;
let token: string;

beforeAll(async () => {
  const file = writeCsv(tmp.dir, [
    row({ ticket_id: '2023-UPD001' }),
    row({ ticket_id: '2023-UPD002', organization: 'ฝ่ายโยธา เขตจตุจักร' }),
    row({ ticket_id: '2023-ELSE01', organization: 'เขตพระนคร' }),
  ]);
  sim = await startSim({ dataFile: file, now: clock.now, quotaPerMonth: null });
  token = await login(sim.url);
});
afterAll(async () => {
  await sim.close();
  tmp.cleanup();
});

const detail = async (id: string): Promise<Json> => (await call(sim.url, token, `get-issue/v2?ticket_id=${id}`)).json.results as Json;

describe('update-issue/v1', () => {
  it('PATCH applies the status and appends a timeline entry visible in get-issue/v2', async () => {
    clock.advance(60_000);
    const r = await call(sim.url, token, 'update-issue/v1', {
      method: 'PATCH',
      body: {
        ticket_id: '2023-UPD001',
        note: 'ส่งฝ่ายโยธาตรวจสอบ',
        org_status_id: 103,
        photo: ['https://example.test/after.jpg'],
        noti_reporter: false,
      },
    });
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('success');
    // The reply does not echo the new status.
    expect(r.json.results).not.toHaveProperty('status');
    expect(r.json).not.toHaveProperty('status_id');
    const res = await detail('2023-UPD001');
    expect(res.status_th_latest).toBe('กำลังดำเนินการ');
    expect(res.last_activity).toBe('2024-03-10 05:01:00.000000+00');
    const last = (res.timeline as Json[]).at(-1);
    expect(last).toMatchObject({
      status_id: 2,
      status: 'ของบประมาณ',
      org_id: 103000,
      org: 'สำนักงานเขตจตุจักร',
      note: 'ส่งฝ่ายโยธาตรวจสอบ',
      photo: 'https://example.test/after.jpg',
    });
    expect((res.orgs as Json[])[0]).toMatchObject({
      org_status_id: 103,
      issue_status_id: 2,
      status: 'ของบประมาณ',
      status_type: 'inprogress',
    });
    expect(sim.sim.notifications.at(-1)).toMatchObject({ ticket_id: '2023-UPD001', noti_reporter: false, noti_staff: true });
  });

  it('a retried update creates a second entry (no idempotency)', async () => {
    const body = { ticket_id: '2023-UPD001', note: 'เสร็จแล้ว', state_name: 'เสร็จสิ้น' };
    await call(sim.url, token, 'update-issue/v1', { method: 'PATCH', body });
    await call(sim.url, token, 'update-issue/v1', { method: 'PATCH', body });
    const notes = sim.sim.timeline('2023-UPD001').map((e) => e.note);
    expect(notes.filter((n) => n === 'เสร็จแล้ว')).toHaveLength(2);
    expect(sim.sim.getIssue('2023-UPD001')?.org_finished).toBe('สำนักงานเขตจตุจักร');
  });

  it('acts as a unit when org_id is given and allowed', async () => {
    const r = await call(sim.url, token, 'update-issue/v1', {
      method: 'PATCH',
      body: { ticket_id: '2023-UPD002', note: 'รับเรื่อง', issue_status_id: 2, org_id: '103006' },
    });
    expect(r.json).toMatchObject({ status: 'success', org_id: '103006' });
    expect(sim.sim.timeline('2023-UPD002').at(-1)).toMatchObject({ org_id: '103006', org: 'ฝ่ายโยธา เขตจตุจักร' });
  });

  it('POST is rejected with 405 and a fail envelope', async () => {
    const before = sim.sim.timeline('2023-UPD001').length;
    const r = await call(sim.url, token, 'update-issue/v1', {
      method: 'POST',
      body: { ticket_id: '2023-UPD001', note: 'x', issue_status_id: 2 },
    });
    expect(r.status).toBe(405);
    expect(r.json.status).toBe('fail');
    expect(sim.sim.timeline('2023-UPD001')).toHaveLength(before);
  });

  it('fails in the body (HTTP 200) without a note, a valid status, or with too many photos', async () => {
    const cases: Json[] = [
      { ticket_id: '2023-UPD001', issue_status_id: 2 },
      { ticket_id: '2023-UPD001', note: '   ', issue_status_id: 2 },
      { ticket_id: '2023-UPD001', note: 'x' },
      { ticket_id: '2023-UPD001', note: 'x', issue_status_id: 99 },
      { ticket_id: '2023-UPD001', note: 'x', issue_status_id: 2, photo: ['a', 'b', 'c', 'd'] },
      { ticket_id: '2023-ELSE01', note: 'x', issue_status_id: 2 },
      { ticket_id: '2023-NOPE00', note: 'x', issue_status_id: 2 },
    ];
    const before = sim.sim.timeline('2023-UPD001').length;
    for (const body of cases) {
      const r = await call(sim.url, token, 'update-issue/v1', { method: 'PATCH', body });
      expect(r.status).toBe(200);
      expect(r.json.status).toBe('fail');
    }
    expect(sim.sim.timeline('2023-UPD001')).toHaveLength(before);
    const noNote = await call(sim.url, token, 'update-issue/v1', { method: 'PATCH', body: cases[0] });
    expect(noNote.json.message).toMatch(/note/);
  });

  it('stores base64 photos and serves them back', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).toString('base64');
    await call(sim.url, token, 'update-issue/v1', {
      method: 'PATCH',
      body: { ticket_id: '2023-UPD002', note: 'รูป', issue_status_id: 2, photo_base64: [png] },
    });
    const url = sim.sim.timeline('2023-UPD002').at(-1)?.photos[0] ?? '';
    expect(url.startsWith(`${sim.url}/sim-photo/`)).toBe(true);
    const res = await fetch(url);
    expect(res.headers.get('content-type')).toBe('image/png');
  });
});

describe('other writes', () => {
  it('comment/v1 adds a timeline entry', async () => {
    const r = await call(sim.url, token, 'comment/v1', {
      method: 'POST',
      body: { ticket_id: '2023-UPD002', comment: 'โทรแจ้งผู้ร้องแล้ว', comment_type: 'comment' },
    });
    expect(r.json.status).toBe('success');
    expect(sim.sim.timeline('2023-UPD002').at(-1)).toMatchObject({ status_id: null, note: 'โทรแจ้งผู้ร้องแล้ว' });
    expect(sim.sim.comments.at(-1)).toMatchObject({ comment_type: 'comment' });
  });

  it('join-forward/v1: scenario 1 adds an org, scenario 2 forwards', async () => {
    await call(sim.url, token, 'join-forward/v1', {
      method: 'POST',
      body: { ticket_id: '2023-UPD002', scenario: 1, destination_group: [103005] },
    });
    // The office joined earlier (an update without org_id acts as the office); the invited unit is added.
    expect(sim.sim.getIssue('2023-UPD002')?.orgs.map((o) => o.org_id)).toEqual(['103006', '103000', '103005']);
    const r = await call(sim.url, token, 'join-forward/v1', {
      method: 'POST',
      body: { ticket_id: '2023-UPD002', scenario: 2, destination_group: [100100], origin_group: '103006', note: 'ไม่ใช่พื้นที่' },
    });
    expect(r.json.status).toBe('success');
    const t = sim.sim.getIssue('2023-UPD002');
    expect(t?.status_id).toBe(3);
    expect(t?.orgs.find((o) => o.org_id === '103006')).toMatchObject({ issue_status_id: 3, is_forward: true });
    expect(t?.orgs.find((o) => o.org_id === '100100')).toMatchObject({ issue_status_id: 1 });
  });

  it('new-issue/v1: lat/long required, YYYY-XXXXXX id, duplicate client_ticket_id', async () => {
    expect((await call(sim.url, token, 'new-issue/v1', { method: 'POST', body: { description: 'x' } })).json.status).toBe('fail');
    const body = { latitude: 13.8, longitude: 100.55, description: 'ไฟดับ', client_ticket_id: 'KD-0001', category_name_th: 'แสงสว่าง' };
    const first = await call(sim.url, token, 'new-issue/v1', { method: 'POST', body });
    const id = (first.json.results as Json).ticket_id;
    expect(id).toMatch(/^2024-[A-Z0-9]{6}$/);
    expect(first.json).toHaveProperty('api_log_session');
    const again = await call(sim.url, token, 'new-issue/v1', { method: 'POST', body });
    expect(again.json).toMatchObject({ status: 'success', message: `Duplicate of post #${String(id)}` });
    expect((again.json.results as Json).ticket_id).toBe(id);
    expect(sim.sim.created).toEqual([id]);
    expect(sim.sim.getIssue(String(id))?.type).toBe('แสงสว่าง');
  });

  it('star/v1 sets the rating', async () => {
    await call(sim.url, token, 'star/v1', { method: 'POST', body: { ticket_id: '2023-UPD001', star: 2 } });
    expect(sim.sim.getIssue('2023-UPD001')?.star).toBe(2);
  });
});
