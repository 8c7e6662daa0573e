import { describe, expect, it } from 'vitest';
import { createCentralSession } from './central-session';
import { authOk, config, data, EXPIRY_LOCAL, EXPIRY_UTC, fakeCentral, issuesReq, PASSWORD } from './test/fake-central';

describe('createCentralSession: failures become Result errors', () => {
  it('maps wrong credentials to auth-failed without ever echoing the password', async () => {
    const body = JSON.stringify({ status: 'fail', message: `Invalid user or password (${PASSWORD}) | ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง` });
    const central = fakeCentral(
      () => ({ status: 200, body }),
      () => data(),
    );
    const session = createCentralSession(config, { fetch: central.fetch });
    const result = await session.request(issuesReq);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('auth-failed');
    expect(result.error.message).not.toContain(PASSWORD);
    expect(central.requests()).toHaveLength(0);
    const viaStatus = createCentralSession(config, {
      fetch: fakeCentral(
        () => ({ status: 401, body: '' }),
        () => data(),
      ).fetch,
    });
    expect(await viaStatus.authenticate()).toMatchObject({ ok: false, error: { code: 'auth-failed' } });
  });

  it('maps a used-up quota on auth to quota-exhausted, and accepts "almost running out"', async () => {
    const out = { status: 200, body: '{"status":"fail","message":"Running out of API usage quota","credit_balance":0}' };
    const session = createCentralSession(config, {
      fetch: fakeCentral(
        () => out,
        () => data(),
      ).fetch,
    });
    expect(await session.authenticate()).toMatchObject({ ok: false, error: { code: 'quota-exhausted' } });
    const almost = JSON.stringify({
      status: 'warning',
      message: 'Almost running out of API usage quota',
      results: { token: 't', expire_timestamp: EXPIRY_LOCAL },
    });
    const fine = createCentralSession(config, {
      fetch: fakeCentral(
        () => ({ status: 200, body: almost }),
        () => data(),
      ).fetch,
    });
    expect(await fine.authenticate()).toEqual({ ok: true, value: undefined });
  });

  it('maps a thrown fetch to network and keeps the password out of the message', async () => {
    const central = fakeCentral(
      () => new TypeError(`fetch failed for ${PASSWORD}`, { cause: new Error('ECONNREFUSED') }),
      () => data(),
    );
    const session = createCentralSession(config, { fetch: central.fetch });
    const result = await session.request(issuesReq);
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
    expect(JSON.stringify(result)).toContain('ECONNREFUSED');
  });

  it('times out a request that never answers', async () => {
    const central = fakeCentral(
      () => authOk(),
      () => 'hang',
    );
    const session = createCentralSession(config, { fetch: central.fetch, now: () => EXPIRY_UTC - 3_600_000 });
    const result = await session.request({ ...issuesReq, timeoutMs: 20 });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(central.requests()[0]?.init.signal?.aborted).toBe(true);
  });

  it('maps unreadable and failing auth replies', async () => {
    const html = createCentralSession(config, {
      fetch: fakeCentral(
        () => ({ status: 200, body: '<html>maintenance</html>' }),
        () => data(),
      ).fetch,
    });
    expect(await html.authenticate()).toMatchObject({ ok: false, error: { code: 'bad-response' } });
    const down = createCentralSession(config, {
      fetch: fakeCentral(
        () => ({ status: 502, body: 'Bad gateway' }),
        () => data(),
      ).fetch,
    });
    expect(await down.authenticate()).toMatchObject({ ok: false, error: { code: 'central-error' } });
    const noToken = createCentralSession(config, {
      fetch: fakeCentral(
        () => ({ status: 200, body: '{"status":"success","results":{}}' }),
        () => data(),
      ).fetch,
    });
    expect(await noToken.authenticate()).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });

  it('reports a failed renewal after a refused token', async () => {
    const central = fakeCentral(
      (_, n) => (n === 1 ? authOk() : { status: 200, body: '{"status":"fail","message":"Invalid user or password"}' }),
      () => ({ status: 401, body: '' }),
    );
    const session = createCentralSession(config, { fetch: central.fetch, now: () => EXPIRY_UTC - 3_600_000 });
    expect(await session.request(issuesReq)).toMatchObject({ ok: false, error: { code: 'auth-failed' } });
  });

  it('refuses a body that cannot be serialised', async () => {
    const session = createCentralSession(config, {
      fetch: fakeCentral(
        () => authOk(),
        () => data(),
      ).fetch,
      now: () => EXPIRY_UTC - 3_600_000,
    });
    const result = await session.request({ method: 'POST', endpoint: 'comment/v1', body: { n: 1n } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
