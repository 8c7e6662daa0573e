// The central-service capability behind the central:* channels: account setup, demo mode, requests.
// Owns: the order of vault, transport and demo simulator operations, and restoring the account at start.
// Must never: return the password, store an account whose credentials were refused, or run two setup
// operations at once.
import {
  demoUserFor,
  DEMO_PASSWORD,
  type CentralConfig,
  type CentralRequest,
  type CentralResponse,
  type CentralStatus,
} from '#contract/ipc-contract';
import { ok, type Result } from '#contract/result';
import type { DemoSim } from './demo-sim';
import type { Log } from './log';
import type { Connection, Transport } from './transport';
import type { Vault } from './vault';

export interface CentralService {
  restore(): Promise<void>;
  configure(config: CentralConfig): Promise<Result<CentralStatus>>;
  useDemo(districtCode: string): Promise<Result<CentralStatus>>;
  status(): Promise<Result<CentralStatus>>;
  request(req: CentralRequest): Promise<Result<CentralResponse>>;
  forget(): Promise<Result<CentralStatus>>;
  shutdown(): Promise<void>;
}

export interface CentralServiceDeps {
  vault: Vault;
  transport: Transport;
  demo: DemoSim;
  log: Log;
}

export function createCentralService(deps: CentralServiceDeps): CentralService {
  const { vault, transport, demo, log } = deps;
  // Setup operations run one after another; requests only wait for the start-up restore.
  let queue: Promise<unknown> = Promise.resolve();
  let restored: Promise<void> = Promise.resolve();
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  };

  async function connectDemo(districtCode: string, validate: boolean): Promise<Result<Connection>> {
    const url = await demo.ensure();
    if (!url.ok) return url;
    return transport.connect({ baseUrl: url.value, user: demoUserFor(districtCode), password: DEMO_PASSWORD }, { demo: true, validate });
  }

  async function restoreNow(): Promise<void> {
    const stored = await vault.load();
    if (!stored.ok) {
      log.warn(`central: saved account not restored: ${stored.error.message}`);
      return;
    }
    const account = stored.value;
    if (!account) return;
    // No authentication here: start-up must work offline; the first request authenticates.
    const connection =
      account.kind === 'demo'
        ? await connectDemo(account.districtCode, false)
        : await transport.connect(account, { demo: false, validate: false });
    if (connection.ok) transport.use(connection.value);
    else log.warn(`central: saved account not restored: ${connection.error.message}`);
  }

  return {
    restore() {
      restored = serial(restoreNow).catch((error: unknown) => log.error(`central: restore failed: ${String(error)}`));
      return restored;
    },

    configure(config) {
      return serial(async () => {
        await restored;
        // Credentials are checked before anything is stored, and stored before they are used: an account
        // that works but could not be saved safely is refused, and the previous account stays active.
        const connection = await transport.connect(config, { demo: false, validate: true });
        if (!connection.ok) return connection;
        const saved = await vault.saveAccount(config);
        if (!saved.ok) return saved;
        const status = transport.use(connection.value);
        await demo.stop();
        return ok(status);
      });
    },

    useDemo(districtCode) {
      return serial(async () => {
        await restored;
        const connection = await connectDemo(districtCode, true);
        if (!connection.ok) return connection;
        const saved = await vault.saveDemo(districtCode);
        if (!saved.ok) log.warn(`central: demo choice not saved, it will not survive a restart: ${saved.error.message}`);
        return ok(transport.use(connection.value));
      });
    },

    async status() {
      await restored;
      return ok(transport.status());
    },

    async request(req) {
      await restored;
      return transport.request(req);
    },

    forget() {
      return serial(async () => {
        await restored;
        transport.clear();
        await demo.stop();
        const cleared = await vault.clear();
        return cleared.ok ? ok(transport.status()) : cleared;
      });
    },

    shutdown() {
      return demo.stop();
    },
  };
}
