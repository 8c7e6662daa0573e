// The credential vault: the central-service account, kept in a file under userData with the password
// encrypted by the OS (Electron safeStorage: DPAPI, Keychain, libsecret/kwallet).
// Owns: reading, writing and deleting that file. Must never: write the password unencrypted (except under the
// explicit dev flag), log it, or hand it to anything but the transport in main.
import path from 'node:path';
import { z } from 'zod';
import { fail, ok, type Result } from '#contract/result';
import type { CentralConfig } from '#contract/ipc-contract';

export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only: 'basic_text' means a hard-coded key, i.e. no real protection. */
  getSelectedStorageBackend?(): string;
}

export interface VaultFs {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, data: string, options: { mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
  mkdir(dir: string, options: { recursive: boolean }): Promise<unknown>;
}

export type StoredCentral = { kind: 'demo'; districtCode: string } | ({ kind: 'account' } & CentralConfig);

export interface Vault {
  load(): Promise<Result<StoredCentral | null>>;
  saveAccount(config: CentralConfig): Promise<Result<void>>;
  saveDemo(districtCode: string): Promise<Result<void>>;
  clear(): Promise<Result<void>>;
}

export interface VaultDeps {
  safeStorage: SafeStorageLike;
  fs: VaultFs;
  /** e.g. <userData>/central-account.json */
  filePath: string;
  platform: string;
  /** Dev only (never in a packaged build): store the password base64-encoded when the OS cannot encrypt. */
  allowUnencrypted: boolean;
}

const secretSchema = z.object({ scheme: z.enum(['safeStorage', 'dev-unencrypted']), data: z.string() });
const fileSchema = z.discriminatedUnion('kind', [
  z.object({ version: z.literal(1), kind: z.literal('demo'), districtCode: z.string() }),
  z.object({ version: z.literal(1), kind: z.literal('account'), baseUrl: z.string(), user: z.string(), password: secretSchema }),
]);
type VaultFile = z.infer<typeof fileSchema>;

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';

export function createVault(deps: VaultDeps): Vault {
  async function osEncryption(): Promise<boolean> {
    if (!(await deps.safeStorage.isAsyncEncryptionAvailable())) return false;
    if (deps.platform === 'linux' && deps.safeStorage.getSelectedStorageBackend) {
      const backend = deps.safeStorage.getSelectedStorageBackend();
      if (backend === 'basic_text' || backend === 'unknown') return false;
    }
    return true;
  }

  async function write(content: VaultFile): Promise<Result<void>> {
    const temp = `${deps.filePath}.tmp`;
    try {
      await deps.fs.mkdir(path.dirname(deps.filePath), { recursive: true });
      await deps.fs.writeFile(temp, JSON.stringify(content), { mode: 0o600 });
      await deps.fs.rename(temp, deps.filePath); // atomic: a crash never leaves half a vault
      return ok(undefined);
    } catch (error) {
      return fail('internal', `vault: could not write the account file (${errorCode(error)})`);
    }
  }

  async function sealPassword(password: string): Promise<Result<z.infer<typeof secretSchema>>> {
    if (await osEncryption()) {
      const encrypted = await deps.safeStorage.encryptStringAsync(password);
      return ok({ scheme: 'safeStorage', data: encrypted.toString('base64') });
    }
    if (deps.allowUnencrypted) return ok({ scheme: 'dev-unencrypted', data: Buffer.from(password, 'utf8').toString('base64') });
    return fail('forbidden', 'vault: the operating system offers no encryption for secrets, so the password is not stored');
  }

  return {
    async load() {
      let text: string;
      try {
        text = await deps.fs.readFile(deps.filePath, 'utf8');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return ok(null);
        return fail('internal', `vault: could not read the account file (${errorCode(error)})`);
      }
      try {
        const parsed = fileSchema.safeParse(JSON.parse(text));
        if (!parsed.success) return fail('internal', 'vault: the account file has an unknown shape');
        const file = parsed.data;
        if (file.kind === 'demo') return ok({ kind: 'demo', districtCode: file.districtCode });
        let password: string;
        if (file.password.scheme === 'dev-unencrypted') {
          if (!deps.allowUnencrypted) return fail('forbidden', 'vault: an unencrypted dev password is not accepted here');
          password = Buffer.from(file.password.data, 'base64').toString('utf8');
        } else {
          const opened = await deps.safeStorage.decryptStringAsync(Buffer.from(file.password.data, 'base64'));
          password = opened.result;
          if (opened.shouldReEncrypt) {
            const resealed = await sealPassword(password);
            if (resealed.ok) await write({ ...file, password: resealed.value });
          }
        }
        return ok({ kind: 'account', baseUrl: file.baseUrl, user: file.user, password });
      } catch (error) {
        return fail('internal', `vault: could not open the account file (${error instanceof Error ? error.name : 'error'})`);
      }
    },

    async saveAccount(config) {
      try {
        const sealed = await sealPassword(config.password);
        if (!sealed.ok) return sealed;
        return await write({ version: 1, kind: 'account', baseUrl: config.baseUrl, user: config.user, password: sealed.value });
      } catch (error) {
        return fail('internal', `vault: encryption failed (${error instanceof Error ? error.name : 'error'})`);
      }
    },

    saveDemo(districtCode) {
      // The demo account's password is public (DEMO_PASSWORD): nothing secret is stored.
      return write({ version: 1, kind: 'demo', districtCode });
    },

    async clear() {
      try {
        await deps.fs.rm(deps.filePath, { force: true });
        return ok(undefined);
      } catch (error) {
        return fail('internal', `vault: could not delete the account file (${errorCode(error)})`);
      }
    },
  };
}
