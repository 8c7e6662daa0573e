// Reads over real HTTP: get-org-list's PHP warning, get-issues windows and the 5,000 cap, get-issue
// v1/v2 shapes, download-issues CSV, type and status lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHP_ORG_ID_WARNING } from './handlers-read';
import type { CentralSimHandle } from './server';
import { call, fakeClock, login, results, row, startSim, tempDir, writeCsv } from './test-support';
import type { Json } from './test-support';

const clock = fakeClock(Date.parse('2024-03-10T05:00:00Z'));
const tmp = tempDir();
const iso = (hoursBeforeNewest: number): string =>
  new Date(Date.parse('2023-05-12T10:00:00Z') - hoursBeforeNewest * 3600_000).toISOString();
/** Created and last active `h` hours before the newest row. */
const at = (h: number): { timestamp: string; last_activity: string } => ({ timestamp: iso(h), last_activity: iso(h) });
let sim: CentralSimHandle;
let token: string;

beforeAll(async () => {
  const file = writeCsv(tmp.dir, [
    row({ ticket_id: '2023-NEW000', ...at(0), type: '{ถนน,ทางเท้า}', photo_after: 'https://example.test/a.jpg' }),
    row({ ticket_id: '2023-H20000', ...at(20), state: 'กำลังดำเนินการ', organization: 'เขตจตุจักร,ฝ่ายโยธา เขตจตุจักร' }),
    row({ ticket_id: '2023-H30000', ...at(30), state: 'finish', star: '2' }),
    row({ ticket_id: '2023-H10000', ...at(100) }),
    row({ ticket_id: '2023-UNIT00', ...at(1), organization: 'ฝ่ายโยธา เขตจตุจักร' }),
    row({ ticket_id: '2023-OTHER0', ...at(1), organization: 'เขตพระนคร' }),
  ]);
  sim = await startSim({ dataFile: file, now: clock.now, quotaPerMonth: null });
  token = await login(sim.url);
});
afterAll(async () => {
  await sim.close();
  tmp.cleanup();
});

const ids = (r: Json[]): unknown[] => r.map((x) => x.ticket_id);

describe('get-org-list/v1', () => {
  it('without org_id: the office and its units, after a PHP warning', async () => {
    const r = await call(sim.url, token, 'get-org-list/v1');
    expect(r.text.startsWith(PHP_ORG_ID_WARNING)).toBe(true);
    expect(r.text).toContain('<b>Warning</b>:  Undefined array key "org_id"');
    const orgs = results(r);
    expect(orgs.map((o) => o.org_id)).toEqual([
      '103000',
      '103001',
      '103002',
      '103003',
      '103004',
      '103005',
      '103006',
      '103007',
      '103008',
      '103009',
      '103010',
    ]);
    expect(orgs[0]).toMatchObject({ name: 'สำนักงานเขตจตุจักร', name_en: 'Chatuchak District Office' });
    expect(orgs[6]).toMatchObject({ name: 'ฝ่ายโยธา เขตจตุจักร', name_en: 'Public Works, Chatuchak District' });
  });

  it('with org_id: exactly those orgs, no warning', async () => {
    const r = await call(sim.url, token, 'get-org-list/v1?org_id=100100,103006');
    expect(r.text.startsWith('{')).toBe(true);
    expect(results(r).map((o) => o.name)).toEqual(['สำนักงานเขตพระนคร', 'ฝ่ายโยธา เขตจตุจักร']);
  });
});

describe('get-issues/v2', () => {
  it('windows filter on last_activity: today 24 h, 3days 72 h, all', async () => {
    const today = await call(sim.url, token, 'get-issues/v2?duration=today');
    expect(ids(results(today))).toEqual(['2023-NEW000', '2023-H20000']);
    expect(today.json).toMatchObject({ status: 'success', source: 'db', org_id: ['103000'], count: 2 });
    const three = await call(sim.url, token, 'get-issues/v2?org_id=103000&duration=3days');
    expect(ids(results(three))).toEqual(['2023-NEW000', '2023-H20000', '2023-H30000']);
    expect(ids(results(await call(sim.url, token, 'get-issues/v2?duration=3day')))).toHaveLength(3);
    const all = await call(sim.url, token, 'get-issues/v2?duration=all&org_id=103000,103006');
    expect(ids(results(all))).toEqual(['2023-NEW000', '2023-UNIT00', '2023-H20000', '2023-H30000', '2023-H10000']);
  });

  it('never shows another district, even when asked', async () => {
    const r = await call(sim.url, token, 'get-issues/v2?duration=all&org_id=100100');
    expect(r.json.count).toBe(0);
  });

  it('issue shape per contract', async () => {
    const [issue] = results(await call(sim.url, token, 'get-issues/v2?duration=all'));
    expect(issue).toMatchObject({
      ticket_id: '2023-NEW000',
      type: 'ถนน,ทางเท้า',
      organization: 'สำนักงานเขตจตุจักร',
      photo: ['https://example.test/p.jpg'],
      photo_after: ['https://example.test/a.jpg'],
      latitude: 13.82,
      longitude: 100.55,
      status: 'รอรับเรื่อง',
      star: null,
      count_reopen: 0,
      // Shifted: newest activity = now - 30 min.
      last_activity: '2024-03-10 04:30:00.000000+00',
    });
    expect(issue?.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}\+00$/);
  });

  it('rejects an unknown duration inside the body', async () => {
    const r = await call(sim.url, token, 'get-issues/v2?duration=week');
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('fail');
  });
});

describe('get-issue', () => {
  it('v2: orgs[] with name, timeline[]', async () => {
    const r = await call(sim.url, token, 'get-issue/v2?ticket_id=2023-H20000');
    const res = r.json.results as Json;
    expect(res.status_th_latest).toBe('กำลังดำเนินการ');
    const orgs = res.orgs as Json[];
    expect(orgs.map((o) => [o.org_id, o.name, o.status_type])).toEqual([
      [103000, 'สำนักงานเขตจตุจักร', 'inprogress'],
      [103006, 'ฝ่ายโยธา เขตจตุจักร', 'inprogress'],
    ]);
    const timeline = res.timeline as Json[];
    expect(timeline.map((t) => t.status)).toEqual(['รอรับเรื่อง', 'กำลังดำเนินการ']);
    expect(timeline[1]).toMatchObject({ status_id: 2, org_id: 103000, org: 'สำนักงานเขตจตุจักร' });
  });

  it('v1: orgs[] use `org`', async () => {
    const r = await call(sim.url, token, 'get-issue/v1?ticket_id=2023-H20000');
    const org = ((r.json.results as Json).orgs as Json[])[0];
    expect(org?.org).toBe('สำนักงานเขตจตุจักร');
    expect(org?.name).toBeUndefined();
  });

  it('unknown ticket fails in the body', async () => {
    const r = await call(sim.url, token, 'get-issue/v2?ticket_id=2023-NOPE00');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: 'fail', message: 'Ticket not found | ไม่พบเรื่อง' });
  });
});

describe('download-issues/v2 and lists', () => {
  it('CSV with BOM and the download columns', async () => {
    const res = await fetch(`${sim.url}/download-issues/v2?duration=all`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe(
      'ticket_id,type,organization,description,photo,photo_after,latitude,longitude,address,subdistrict,district,province,timestamp,timestamp_inprogress,timestamp_finished,org_finished,state,confirmed,star,count_reopen,last_activity',
    );
    expect(text).toContain('2023-H30000');
  });

  it('status list: central ids 1-6 and the office custom statuses', async () => {
    const r = await call(sim.url, token, 'get-status-list/v2?org_id=103000');
    const list = results(r);
    expect(list.filter((s) => s.org_statuses_id === null).map((s) => [s.issue_status_id, s.status_type])).toEqual([
      [1, 'waiting'],
      [2, 'inprogress'],
      [3, 'forward'],
      [4, 'finish'],
      [5, 'irrelevant'],
      [6, 'follow'],
    ]);
    expect(list.find((s) => s.org_statuses_id === 103)).toMatchObject({
      status: 'ของบประมาณ',
      issue_status_id: 2,
      status_type: 'inprogress',
    });
    expect((await call(sim.url, token, 'get-type-list/v2?org_id=1,2')).json.status).toBe('fail');
    const types = results(await call(sim.url, token, 'get-type-list/v2'));
    expect(types[0]).toMatchObject({ type: 'ถนน', issue_category_id: 1, type_en: 'Road' });
  });

  it('search-org needs 3 bytes', async () => {
    expect((await call(sim.url, token, 'search-org/v1?text=ab')).json.status).toBe('fail');
    const r = await call(sim.url, token, `search-org/v1?text=${encodeURIComponent('โยธา เขตจตุ')}`);
    expect(results(r).map((o) => o.org_id)).toEqual(['103006']);
  });
});

describe('the 5,000 cap', () => {
  it('duration=all returns the newest 5,000', async () => {
    const big = tempDir();
    const rows = Array.from({ length: 5200 }, (_, i) => row({ ticket_id: `2023-B${String(i).padStart(5, '0')}`, ...at(i / 10) }));
    const bigSim = await startSim({ dataFile: writeCsv(big.dir, rows), now: clock.now, quotaPerMonth: null });
    try {
      const r = await call(bigSim.url, await login(bigSim.url), 'get-issues/v2?duration=all');
      const list = results(r);
      expect(list).toHaveLength(5000);
      expect(list[0]?.ticket_id).toBe('2023-B00000');
      expect(list[4999]?.ticket_id).toBe('2023-B04999');
    } finally {
      await bigSim.close();
      big.cleanup();
    }
  });
});
