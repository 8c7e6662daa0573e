// A scripted central service for central-session tests: counts authentications, records every call. Test-only.
import type { CentralFetchInit } from '../central-session';
import type { CentralConfig } from '../ipc-contract';

export const PASSWORD = 'S3cret!pw';
export const config: CentralConfig = { baseUrl: 'https://relay.example/exchange-api/', user: 'khet1001', password: PASSWORD };
// 2024-01-01 12:00:00 in Bangkok is 05:00:00 UTC.
export const EXPIRY_LOCAL = '2024-01-01 12:00:00';
export const EXPIRY_UTC = Date.UTC(2024, 0, 1, 5, 0, 0);

interface Call {
  url: string;
  init: CentralFetchInit;
}
export type Reply = { status: number; body: string } | Error | 'hang';
type Handler = (call: Call, authCount: number) => Reply | Promise<Reply>;

export const authOk = (token = 'tok-1', expire = EXPIRY_LOCAL, prefix = ''): Reply => ({
  status: 200,
  body: `${prefix}${JSON.stringify({ status: 'success', message: '', results: { token, expire_timestamp: expire } })}`,
});
export const data = (body = '{"status":"success","results":[]}'): Reply => ({ status: 200, body });

export function fakeCentral(onAuth: Handler, onRequest: Handler) {
  const calls: Call[] = [];
  let auths = 0;
  const fetch = async (url: string, init: CentralFetchInit) => {
    const call = { url, init };
    calls.push(call);
    const isAuth = url.endsWith('/get-auth/v1');
    if (isAuth) auths += 1;
    const reply = await (isAuth ? onAuth : onRequest)(call, auths);
    if (reply === 'hang') return new Promise<never>(() => undefined);
    if (reply instanceof Error) throw reply;
    return { status: reply.status, text: () => Promise.resolve(reply.body) };
  };
  return { fetch, calls, auths: () => auths, requests: () => calls.filter((c) => !c.url.endsWith('/get-auth/v1')) };
}

export const issuesReq = { method: 'GET', endpoint: 'get-issues/v2', query: { org_id: '1,2', duration: 'today' } } as const;
