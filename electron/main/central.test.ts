import { describe, expect, it, vi } from 'vitest';
import type { CentralFetchInit } from '#contract/central-session';
import { fail, ok, type Result } from '#contract/result';
import { createCentralService } from './central';
import type { DemoSim } from './demo-sim';
import { memoryLog } from './test/fakes';
import { createTransport } from './transport';
import type { StoredCentral, Vault } from './vault';

const SECRET = 'right-password';
const account = { baseUrl: 'https://relay.example/exchange-api', user: 'khet1001', password: SECRET };

function memoryVault(options: { refuseAccounts?: boolean; stored?: StoredCentral } = {}): Vault & { stored: StoredCentral | null } {
  const vault = {
    stored: options.stored ?? null,
    load: (): Promise<Result<StoredCentral | null>> => Promise.resolve(ok(vault.stored)),
    saveAccount: (config: typeof account): Promise<Result<void>> => {
      if (options.refuseAccounts) return Promise.resolve(fail('forbidden', 'no OS encryption'));
      vault.stored = { kind: 'account', ...config };
      return Promise.resolve(ok(undefined));
    },
    saveDemo: (districtCode: string) => {
      vault.stored = { kind: 'demo', districtCode };
      return Promise.resolve(ok(undefined));
    },
    clear: () => {
      vault.stored = null;
      return Promise.resolve(ok(undefined));
    },
  };
  return vault;
}

function setup(vault = memoryVault()) {
  const calls: { url: string; init: CentralFetchInit }[] = [];
  const fetch = (url: string, init: CentralFetchInit) => {
    calls.push({ url, init });
    if (url.endsWith('/get-auth/v1')) {
      const { pass } = JSON.parse(init.body ?? '{}') as { pass?: string };
      const good = pass === SECRET || pass === 'demo';
      const body = good
        ? { status: 'success', results: { token: 'tok', expire_timestamp: '2999-01-01 00:00:00' } }
        : { status: 'fail', message: 'Invalid username or password' };
      return Promise.resolve({ status: 200, text: () => Promise.resolve(JSON.stringify(body)) });
    }
    return Promise.resolve({ status: 200, text: () => Promise.resolve('{"status":"success","results":[]}') });
  };
  const ensure = vi.fn(() => Promise.resolve(ok('http://127.0.0.1:4321/exchange-api')));
  const stop = vi.fn(() => Promise.resolve(undefined));
  const demo: DemoSim = { ensure, stop };
  const central = createCentralService({ vault, transport: createTransport({ fetch }), demo, log: memoryLog() });
  return { central, vault, demo: { ensure, stop }, calls };
}

describe('central service', () => {
  it('checks credentials before storing them, and keeps refused ones out of the vault', async () => {
    const { central, vault } = setup();
    await central.restore();
    expect(await central.configure({ ...account, password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'auth-failed' } });
    expect(vault.stored).toBeNull();
    expect(await central.status()).toEqual({ ok: true, value: { configured: false, baseUrl: null, user: null, demo: false } });

    const configured = await central.configure(account);
    expect(configured).toEqual({ ok: true, value: { configured: true, baseUrl: account.baseUrl, user: 'khet1001', demo: false } });
    expect(JSON.stringify(configured)).not.toContain(SECRET);
    expect(vault.stored).toEqual({ kind: 'account', ...account });
  });

  it('refuses an account the vault cannot store safely, keeping the previous one', async () => {
    const { central, vault } = setup(memoryVault({ refuseAccounts: true }));
    await central.restore();
    expect((await central.useDemo('1001')).ok).toBe(true);
    expect(await central.configure(account)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await central.status()).toMatchObject({ ok: true, value: { demo: true, user: 'khet1001' } });
    expect(vault.stored).toEqual({ kind: 'demo', districtCode: '1001' });
  });

  it('switches to demo data with the district demo account', async () => {
    const { central, demo, calls } = setup();
    await central.restore();
    expect(await central.useDemo('1010')).toEqual({
      ok: true,
      value: { configured: true, baseUrl: 'http://127.0.0.1:4321/exchange-api', user: 'khet1010', demo: true },
    });
    expect(demo.ensure).toHaveBeenCalledOnce();
    expect(JSON.parse(calls[0]?.init.body ?? '')).toEqual({ user: 'khet1010', pass: 'demo' });
    expect(await central.request({ method: 'GET', endpoint: 'get-issues/v2' })).toMatchObject({ ok: true, value: { httpStatus: 200 } });
  });

  it('restores a saved account at start without going online', async () => {
    const { central, calls } = setup(memoryVault({ stored: { kind: 'account', ...account } }));
    await central.restore();
    expect(calls).toHaveLength(0);
    expect(await central.status()).toMatchObject({ ok: true, value: { configured: true, user: 'khet1001', demo: false } });
  });

  it('restores demo mode by starting the simulator', async () => {
    const { central, demo } = setup(memoryVault({ stored: { kind: 'demo', districtCode: '1001' } }));
    await central.restore();
    expect(demo.ensure).toHaveBeenCalledOnce();
    expect(await central.status()).toMatchObject({ ok: true, value: { demo: true } });
  });

  it('says not-configured before setup, and forgets everything', async () => {
    const { central, vault, demo } = setup();
    await central.restore();
    expect(await central.request({ method: 'GET', endpoint: 'get-issues/v2' })).toMatchObject({
      ok: false,
      error: { code: 'not-configured' },
    });
    await central.useDemo('1001');
    expect(await central.forget()).toEqual({ ok: true, value: { configured: false, baseUrl: null, user: null, demo: false } });
    expect(vault.stored).toBeNull();
    expect(demo.stop).toHaveBeenCalled();
  });
});
