// Accounts and tokens: the demo accounts (khet<code>/demo per district, admin/demo), HS256 JWTs signed
// with a per-process secret, expiry against the simulator clock, and the expireTokens fault's use count.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ADMIN_ORG_ID } from './orgs';
import { DISTRICTS } from './reference';
import type { Account } from './types';

export const DEMO_PASS = 'demo';

export function demoAccounts(): Map<string, Account> {
  const accounts = new Map<string, Account>();
  for (const d of DISTRICTS) {
    accounts.set(`khet${d.code}`, { user: `khet${d.code}`, pass: DEMO_PASS, org_id: `${d.code}00`, district: d.code });
  }
  accounts.set('admin', { user: 'admin', pass: DEMO_PASS, org_id: ADMIN_ORG_ID, district: null });
  return accounts;
}

interface TokenPayload {
  sub: string;
  org_id: string;
  exp: number;
  iat: number;
  jti: string;
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

export class TokenService {
  private readonly secret = randomBytes(32);
  private readonly uses = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    private readonly ttlSeconds: number,
  ) {}

  issue(account: Account): { token: string; expiresAt: number } {
    const iat = Math.floor(this.now() / 1000);
    const payload: TokenPayload = {
      sub: account.user,
      org_id: account.org_id,
      exp: iat + this.ttlSeconds,
      iat,
      jti: randomBytes(8).toString('hex'),
    };
    const head = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}`;
    return { token: `${head}.${this.sign(head)}`, expiresAt: payload.exp * 1000 };
  }

  /**
   * The user a Bearer header authenticates, or null (bad signature, expired, or past `maxUses`
   * when the expireTokens fault is on: 0 means unlimited).
   */
  verify(header: string | undefined, maxUses: number): string | null {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    const parts = match?.[1]?.split('.');
    if (!parts || parts.length !== 3) return null;
    const [head, body, sig] = parts as [string, string, string];
    const expected = Buffer.from(this.sign(`${head}.${body}`));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let payload: Partial<TokenPayload>;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<TokenPayload>;
    } catch {
      return null;
    }
    if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number' || payload.exp * 1000 <= this.now()) return null;
    const jti = payload.jti ?? '';
    const used = (this.uses.get(jti) ?? 0) + 1;
    this.uses.set(jti, used);
    if (maxUses > 0 && used > maxUses) return null;
    return payload.sub;
  }

  private sign(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }
}
