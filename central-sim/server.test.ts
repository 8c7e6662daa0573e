// The HTTP layer: CORS preflight and headers, unknown paths, and injected faults (latency, 5xx,
// truncated JSON, dropped sockets, stale reads), deterministic for a seed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NO_FAULTS } from './faults';
import type { CentralSimHandle } from './server';
import { call, fakeClock, login, row, startSim, tempDir, writeCsv } from './test-support';

const clock = fakeClock();
const tmp = tempDir();
let sim: CentralSimHandle;
let token: string;

beforeAll(async () => {
  sim = await startSim({ dataFile: writeCsv(tmp.dir, [row({ ticket_id: '2023-SRV001' })]), now: clock.now, quotaPerMonth: null });
  token = await login(sim.url);
});
afterAll(async () => {
  await sim.close();
  tmp.cleanup();
});
beforeEach(() => sim.sim.setFaults({ ...NO_FAULTS }));

describe('http', () => {
  it('answers CORS preflight', async () => {
    const res = await fetch(`${sim.url}/update-issue/v1`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, PATCH, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type');
    const get = await fetch(`${sim.url}/get-issues/v2`, { headers: { Authorization: `Bearer ${token}` } });
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('unknown endpoint: 404 with a fail envelope', async () => {
    const r = await call(sim.url, token, 'get-everything/v9');
    expect(r.status).toBe(404);
    expect(r.json.status).toBe('fail');
  });
});

describe('faults', () => {
  it('latency delays replies', async () => {
    sim.sim.setFaults({ latencyMs: 150 });
    const t0 = performance.now();
    await call(sim.url, token, 'get-status-list/v2');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('5xx: a gateway error and nothing applied', async () => {
    sim.sim.setFaults({ errorRate5xx: 1 });
    const before = sim.sim.timeline('2023-SRV001').length;
    const r = await call(sim.url, token, 'update-issue/v1', {
      method: 'PATCH',
      body: { ticket_id: '2023-SRV001', note: 'x', issue_status_id: 2 },
    });
    expect(r.status).toBe(502);
    expect(sim.sim.timeline('2023-SRV001')).toHaveLength(before);
  });

  it('malformed: truncated JSON, but the request was applied', async () => {
    sim.sim.setFaults({ malformedRate: 1 });
    const before = sim.sim.timeline('2023-SRV001').length;
    const r = await call(sim.url, token, 'update-issue/v1', {
      method: 'PATCH',
      body: { ticket_id: '2023-SRV001', note: 'y', issue_status_id: 2 },
    });
    expect(r.status).toBe(200);
    expect(() => JSON.parse(r.text) as unknown).toThrow();
    expect(sim.sim.timeline('2023-SRV001')).toHaveLength(before + 1);
  });

  it('drop: the socket closes without a reply', async () => {
    sim.sim.setFaults({ dropRate: 1 });
    await expect(fetch(`${sim.url}/get-status-list/v2`, { headers: { Authorization: `Bearer ${token}` } })).rejects.toThrow();
  });

  it('rates are deterministic for a seed', async () => {
    const outcomes = async (): Promise<number[]> => {
      sim.sim.setFaults({ seed: 42, errorRate5xx: 0.5 });
      const codes: number[] = [];
      for (let i = 0; i < 12; i++) codes.push((await call(sim.url, token, 'get-status-list/v2')).status);
      return codes;
    };
    const first = await outcomes();
    expect(first).toContain(502);
    expect(first).toContain(200);
    expect(await outcomes()).toEqual(first);
  });

  it('staleReads: get-issue serves a snapshot up to 600 s old with source "cache"', async () => {
    sim.sim.setFaults({ staleReads: true });
    expect((await call(sim.url, token, 'get-issue/v2?ticket_id=2023-SRV001')).json.source).toBe('db');
    await call(sim.url, token, 'update-issue/v1', {
      method: 'PATCH',
      body: { ticket_id: '2023-SRV001', note: 'ยังไม่เห็น', issue_status_id: 6 },
    });
    const cached = await call(sim.url, token, 'get-issue/v2?ticket_id=2023-SRV001');
    expect(cached.json.source).toBe('cache');
    expect((cached.json.results as Record<string, unknown>).status_type).not.toBe('follow');
    clock.advance(601_000);
    const fresh = await call(sim.url, token, 'get-issue/v2?ticket_id=2023-SRV001');
    expect(fresh.json.source).toBe('db');
    expect((fresh.json.results as Record<string, unknown>).status_type).toBe('follow');
  });
});
