// Auth over real HTTP: login, the expire_timestamp form, 401s for bad, expired and over-used tokens.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CentralSimHandle } from './server';
import { call, fakeClock, login, row, startSim, tempDir, writeCsv } from './test-support';

const clock = fakeClock(Date.parse('2024-03-10T05:00:00Z'));
const tmp = tempDir();
let sim: CentralSimHandle;

beforeAll(async () => {
  const file = writeCsv(tmp.dir, [row({ ticket_id: '2023-AUTH01' })]);
  sim = await startSim({ dataFile: file, now: clock.now, tokenTtlSeconds: 3600 });
});
afterAll(async () => {
  await sim.close();
  tmp.cleanup();
});
beforeEach(() => sim.sim.setFaults({ expireTokens: 0 }));

describe('get-auth/v1', () => {
  it('returns an HS256 JWT, Bangkok expire_timestamp, credits and quota', async () => {
    const r = await call(sim.url, null, 'get-auth/v1', { method: 'POST', body: { user: 'khet1030', pass: 'demo' } });
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('success');
    const res = r.json.results as { token: string; expire_timestamp: string };
    // 05:00 UTC + 1 h = 13:00 Bangkok, written without an offset.
    expect(res.expire_timestamp).toBe('2024-03-10 13:00:00');
    const [head, payload] = res.token.split('.');
    expect(JSON.parse(Buffer.from(head ?? '', 'base64url').toString())).toMatchObject({ alg: 'HS256' });
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toMatchObject({ sub: 'khet1030', org_id: '103000' });
    expect(r.json.credit_balance).toBe(1000);
    expect(r.json.quota_limit).toBe(1000);
    expect(typeof r.json.exec_time).toBe('number');
    expect(typeof r.json.api_log_session_id).toBe('string');
  });

  it('fails inside the body (HTTP 200) on a wrong password', async () => {
    const r = await call(sim.url, null, 'get-auth/v1', { method: 'POST', body: { user: 'khet1030', pass: 'nope' } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: 'fail', message: 'Invalid username or password | ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง' });
  });
});

describe('Bearer tokens', () => {
  it('401 with a fail envelope when missing or forged', async () => {
    for (const token of [null, 'not.a.jwt']) {
      const r = await call(sim.url, token, 'get-issues/v2');
      expect(r.status).toBe(401);
      expect(r.json).toMatchObject({ status: 'fail', message: 'Invalid or expired token | โทเคนไม่ถูกต้องหรือหมดอายุ' });
    }
  });

  it('expires after the TTL', async () => {
    const token = await login(sim.url);
    expect((await call(sim.url, token, 'get-issues/v2')).status).toBe(200);
    clock.advance(3600_000 + 1000);
    const r = await call(sim.url, token, 'get-issues/v2');
    expect(r.status).toBe(401);
    expect(r.json.status).toBe('fail');
  });

  it('expireTokens fault: a token dies after N uses', async () => {
    sim.sim.setFaults({ expireTokens: 2 });
    const token = await login(sim.url);
    expect((await call(sim.url, token, 'get-status-list/v2')).status).toBe(200);
    expect((await call(sim.url, token, 'get-status-list/v2')).status).toBe(200);
    expect((await call(sim.url, token, 'get-status-list/v2')).status).toBe(401);
  });
});
