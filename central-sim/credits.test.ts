// Credits over real HTTP: one per call, warning at 5% of the quota, fail at zero with nothing applied,
// auth free, unlimited quota, and the monthly reset (Bangkok calendar).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CentralSimHandle } from './server';
import { call, fakeClock, login, row, startSim, tempDir, writeCsv } from './test-support';

const tmp = tempDir();
const file = writeCsv(tmp.dir, [row({ ticket_id: '2023-CRD001' })]);
let sim: CentralSimHandle | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});
afterAll(() => tmp.cleanup());

describe('credits', () => {
  it('decrement per call, warn at 5%, fail at zero without applying', async () => {
    const clock = fakeClock();
    sim = await startSim({ dataFile: file, now: clock.now, quotaPerMonth: 40 });
    const token = await login(sim.url);
    expect(sim.sim.creditBalance('khet1030')).toBe(40); // auth is free
    const first = await call(sim.url, token, 'get-issues/v2');
    expect(first.json).toMatchObject({ status: 'success', credit_balance: 39 });
    for (let i = 0; i < 36; i++) await call(sim.url, token, 'get-status-list/v2');
    const low = await call(sim.url, token, 'get-issues/v2'); // balance 2 = 5% of 40
    expect(low.json).toMatchObject({ status: 'warning', credit_balance: 2 });
    expect(String(low.json.message)).toMatch(/^Almost running out of API usage quota \| /);
    expect(low.json.count).toBe(1); // a warning still carries the data
    await call(sim.url, token, 'get-status-list/v2');
    await call(sim.url, token, 'get-status-list/v2');
    expect(sim.sim.creditBalance('khet1030')).toBe(0);
    const out = await call(sim.url, token, 'update-issue/v1', {
      method: 'PATCH',
      body: { ticket_id: '2023-CRD001', note: 'x', issue_status_id: 2 },
    });
    expect(out.status).toBe(200);
    expect(out.json).toMatchObject({
      status: 'fail',
      message: 'Running out of API usage quota | โควต้าการใช้งาน API หมดแล้ว',
      credit_balance: 0,
    });
    expect(sim.sim.getIssue('2023-CRD001')?.status_id).toBe(1);
    // Another district's account has its own quota.
    const other = await call(sim.url, await login(sim.url, 'khet1001'), 'get-issues/v2');
    expect(other.json.credit_balance).toBe(39);
    // The 1st of the next Bangkok month resets it: 2024-03-31 17:00 UTC is 2024-04-01 00:00 in Bangkok.
    clock.set(Date.parse('2024-03-31T17:00:00Z'));
    const next = await call(sim.url, await login(sim.url), 'get-issues/v2');
    expect(next.json).toMatchObject({ status: 'success', credit_balance: 39 });
  });

  it('unlimited quota: credit_balance null', async () => {
    sim = await startSim({ dataFile: file, quotaPerMonth: -1 });
    const r = await call(sim.url, await login(sim.url), 'get-issues/v2');
    expect(r.json).toMatchObject({ status: 'success', credit_balance: null });
  });
});
