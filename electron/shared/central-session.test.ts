import { describe, expect, it } from 'vitest';
import { createCentralSession } from './central-session';
import { authOk, config, data, EXPIRY_LOCAL, EXPIRY_UTC, fakeCentral, issuesReq, PASSWORD } from './test/fake-central';

describe('createCentralSession: requests and tokens', () => {
  it('authenticates, then sends the request with the bearer token and the query', async () => {
    const central = fakeCentral(
      () => authOk(),
      () => data(),
    );
    const session = createCentralSession(config, { fetch: central.fetch, now: () => EXPIRY_UTC - 3_600_000 });
    const result = await session.request(issuesReq);
    expect(result).toEqual({ ok: true, value: { httpStatus: 200, body: '{"status":"success","results":[]}' } });
    const [auth, req] = central.calls;
    expect(auth?.url).toBe('https://relay.example/exchange-api/get-auth/v1');
    expect(auth?.init.method).toBe('POST');
    expect(JSON.parse(auth?.init.body ?? '')).toEqual({ user: 'khet1001', pass: PASSWORD });
    expect(req?.url).toBe('https://relay.example/exchange-api/get-issues/v2?org_id=1%2C2&duration=today');
    expect(req?.init.headers.Authorization).toBe('Bearer tok-1');
    expect(req?.init.body).toBeUndefined();
  });

  it('sends a JSON body for PATCH and POST', async () => {
    const central = fakeCentral(
      () => authOk(),
      () => data(),
    );
    const session = createCentralSession(config, { fetch: central.fetch, now: () => EXPIRY_UTC - 3_600_000 });
    await session.request({ method: 'PATCH', endpoint: 'update-issue/v1', body: { ticket_id: 'X', note: 'ok' } });
    await session.request({ method: 'POST', endpoint: 'comment/v1' });
    const [patch, post] = central.requests();
    expect(patch?.init.method).toBe('PATCH');
    expect(patch?.init.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(patch?.init.body ?? '')).toEqual({ ticket_id: 'X', note: 'ok' });
    expect(post?.init.body).toBe('{}');
  });

  it('reads an auth reply with a PHP warning before the JSON and a 200 / "OK" status', async () => {
    for (const status of [200, 'OK', 'warning']) {
      const body = `<br /><b>Warning</b>: Undefined index org_id<br />${JSON.stringify({ status, results: { token: 't', expire_timestamp: EXPIRY_LOCAL } })}`;
      const central = fakeCentral(
        () => ({ status: 200, body }),
        () => data(),
      );
      const session = createCentralSession(config, { fetch: central.fetch, now: () => EXPIRY_UTC - 3_600_000 });
      expect((await session.request(issuesReq)).ok).toBe(true);
    }
  });

  it('reuses the token, and renews it 60 s before the Bangkok-time expiry', async () => {
    let clock = EXPIRY_UTC - 120_000;
    const central = fakeCentral(
      (_, n) => authOk(`tok-${n}`, n === 1 ? EXPIRY_LOCAL : '2024-01-01 13:00:00'),
      () => data(),
    );
    const session = createCentralSession(config, { fetch: central.fetch, now: () => clock });
    await session.request(issuesReq);
    await session.request(issuesReq);
    expect(central.auths()).toBe(1);
    clock = EXPIRY_UTC - 59_000;
    await session.request(issuesReq);
    expect(central.auths()).toBe(2);
    expect(central.requests().at(-1)?.init.headers.Authorization).toBe('Bearer tok-2');
  });

  it('does not re-authenticate before every request when the PC clock is ahead of the expiry', async () => {
    const central = fakeCentral(
      () => authOk(),
      () => data(),
    );
    const session = createCentralSession(config, { fetch: central.fetch, now: () => EXPIRY_UTC + 86_400_000 });
    await session.request(issuesReq);
    await session.request(issuesReq);
    expect(central.auths()).toBe(1);
  });

  it('re-authenticates once on HTTP 401 and retries once', async () => {
    const central = fakeCentral(
      (_, n) => authOk(`tok-${n}`),
      (call) => (call.init.headers.Authorization === 'Bearer tok-1' ? { status: 401, body: 'Unauthorized' } : data()),
    );
    const session = createCentralSession(config, { fetch: central.fetch, now: () => EXPIRY_UTC - 3_600_000 });
    const result = await session.request(issuesReq);
    expect(result.ok && result.value.httpStatus).toBe(200);
    expect(central.auths()).toBe(2);
    expect(central.requests()).toHaveLength(2);
  });

  it('re-authenticates on a fail envelope about an expired token (HTTP 200), but only once', async () => {
    const refused = { status: 200, body: '{"status":"fail","message":"Token expired | โทเคนหมดอายุ"}' };
    const central = fakeCentral(
      (_, n) => authOk(`tok-${n}`),
      () => refused,
    );
    const session = createCentralSession(config, { fetch: central.fetch, now: () => EXPIRY_UTC - 3_600_000 });
    const result = await session.request(issuesReq);
    expect(result).toEqual({ ok: true, value: { httpStatus: 200, body: refused.body } });
    expect(central.auths()).toBe(2);
    expect(central.requests()).toHaveLength(2);
  });

  it('returns other fail envelopes raw, without re-authenticating', async () => {
    const quota = '{"status":"fail","message":"Running out of API usage quota","credit_balance":0}';
    const central = fakeCentral(
      () => authOk(),
      () => ({ status: 200, body: quota }),
    );
    const session = createCentralSession(config, { fetch: central.fetch, now: () => EXPIRY_UTC - 3_600_000 });
    expect(await session.request(issuesReq)).toEqual({ ok: true, value: { httpStatus: 200, body: quota } });
    expect(central.auths()).toBe(1);
  });

  it('never runs two authentications in parallel', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const central = fakeCentral(
      async (_, n) => {
        await gate;
        return authOk(`tok-${n}`);
      },
      (call) => (call.init.headers.Authorization === 'Bearer tok-1' ? { status: 401, body: '' } : data()),
    );
    const session = createCentralSession(config, { fetch: central.fetch, now: () => EXPIRY_UTC - 3_600_000 });
    const pending = Promise.all([session.request(issuesReq), session.request(issuesReq), session.authenticate()]);
    release();
    const results = await pending;
    expect(results.every((r) => r.ok)).toBe(true);
    // one initial auth, then one renewal shared by both refused requests
    expect(central.auths()).toBe(2);
  });
});
