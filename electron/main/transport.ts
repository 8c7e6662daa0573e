// The HTTP transport to the central service: one CentralSession for the configured account.
// Owns: which account is active and its session (token cache). Uses Electron net.fetch (injected), which
// honours the office's system proxy. Must never: expose the password (status() carries none), or send a
// request when no account is configured.
import { fail, ok, type Result } from '#contract/result';
import type { CentralConfig, CentralRequest, CentralResponse, CentralStatus } from '#contract/ipc-contract';
import { createCentralSession, type CentralFetch, type CentralSession } from '#contract/central-session';

export interface Connection {
  readonly session: CentralSession;
  readonly status: CentralStatus;
}

export interface Transport {
  /** A session for `config`, not yet in use; with `validate`, only once the credentials were accepted. */
  connect(config: CentralConfig, options: { demo: boolean; validate: boolean }): Promise<Result<Connection>>;
  /** Makes a connection the active account. */
  use(connection: Connection): CentralStatus;
  request(req: CentralRequest): Promise<Result<CentralResponse>>;
  status(): CentralStatus;
  clear(): void;
}

export interface TransportDeps {
  fetch: CentralFetch;
  createSession?: typeof createCentralSession;
  now?: () => number;
}

const NOT_CONFIGURED: CentralStatus = { configured: false, baseUrl: null, user: null, demo: false };

export function createTransport(deps: TransportDeps): Transport {
  const makeSession = deps.createSession ?? createCentralSession;
  let active: Connection | null = null;

  return {
    async connect(config, options) {
      const session = makeSession(config, { fetch: deps.fetch, ...(deps.now ? { now: deps.now } : {}) });
      if (options.validate) {
        const auth = await session.authenticate();
        if (!auth.ok) return auth;
      }
      return ok({ session, status: { configured: true, baseUrl: config.baseUrl, user: config.user, demo: options.demo } });
    },
    use(connection) {
      active = connection;
      return { ...connection.status };
    },
    request(req) {
      if (!active) return Promise.resolve(fail('not-configured', 'no central-service account is configured'));
      return active.session.request(req);
    },
    status() {
      return active ? { ...active.status } : { ...NOT_CONFIGURED };
    },
    clear() {
      active = null;
    },
  };
}
