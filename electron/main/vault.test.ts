import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVault, type SafeStorageLike } from './vault';

const PASSWORD = 'pässwörd-ผ่าน-42';
const account = { baseUrl: 'https://relay.bangkok.go.th/exchange-api', user: 'khet1001', password: PASSWORD };

/** Reversible and obviously not the plain text: XOR with a key, prefixed like DPAPI blobs. */
function fakeSafeStorage(
  options: { available?: boolean; backend?: string; reEncrypt?: boolean } = {},
): SafeStorageLike & { encrypted: number } {
  const key = 0x5a;
  const fake = {
    encrypted: 0,
    isAsyncEncryptionAvailable: () => Promise.resolve(options.available ?? true),
    encryptStringAsync: (plain: string) => {
      fake.encrypted += 1;
      return Promise.resolve(Buffer.concat([Buffer.from('v10'), Buffer.from(plain, 'utf8').map((b) => b ^ key)]));
    },
    decryptStringAsync: (blob: Buffer) =>
      Promise.resolve({
        result: Buffer.from(blob.subarray(3).map((b) => b ^ key)).toString('utf8'),
        shouldReEncrypt: options.reEncrypt ?? false,
      }),
    ...(options.backend ? { getSelectedStorageBackend: () => options.backend ?? 'unknown' } : {}),
  };
  return fake;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'khet-vault-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const vaultWith = (safeStorage: SafeStorageLike, extra: { platform?: string; allowUnencrypted?: boolean } = {}) =>
  createVault({
    safeStorage,
    fs: fs.promises,
    filePath: path.join(dir, 'nested', 'central-account.json'),
    platform: extra.platform ?? 'win32',
    allowUnencrypted: extra.allowUnencrypted ?? false,
  });

const fileText = () => readFile(path.join(dir, 'nested', 'central-account.json'), 'utf8');

describe('vault', () => {
  it('round-trips an account and never writes the password in clear', async () => {
    const vault = vaultWith(fakeSafeStorage());
    expect(await vault.load()).toEqual({ ok: true, value: null });
    expect(await vault.saveAccount(account)).toEqual({ ok: true, value: undefined });
    const text = await fileText();
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(JSON.parse(text)).toMatchObject({ kind: 'account', user: 'khet1001', password: { scheme: 'safeStorage' } });
    expect(await vault.load()).toEqual({ ok: true, value: { kind: 'account', ...account } });
    expect(await readdir(path.join(dir, 'nested'))).toEqual(['central-account.json']);
  });

  it('refuses to store when the OS cannot encrypt, and writes nothing', async () => {
    for (const safeStorage of [fakeSafeStorage({ available: false }), fakeSafeStorage({ backend: 'basic_text' })]) {
      const vault = vaultWith(safeStorage, { platform: 'linux' });
      expect(await vault.saveAccount(account)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      await expect(fileText()).rejects.toThrow();
    }
  });

  it('stores an unencrypted dev password only under the explicit flag, and refuses it without', async () => {
    const dev = vaultWith(fakeSafeStorage({ available: false }), { allowUnencrypted: true });
    expect((await dev.saveAccount(account)).ok).toBe(true);
    expect(await fileText()).not.toContain(PASSWORD);
    expect(await dev.load()).toMatchObject({ ok: true, value: { password: PASSWORD } });
    const strict = vaultWith(fakeSafeStorage());
    expect(await strict.load()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('stores the demo choice without any secret', async () => {
    const vault = vaultWith(fakeSafeStorage({ available: false }));
    expect((await vault.saveDemo('1001')).ok).toBe(true);
    expect(await vault.load()).toEqual({ ok: true, value: { kind: 'demo', districtCode: '1001' } });
  });

  it('re-encrypts when the OS key rotated', async () => {
    const safeStorage = fakeSafeStorage({ reEncrypt: true });
    const vault = vaultWith(safeStorage);
    await vault.saveAccount(account);
    expect(safeStorage.encrypted).toBe(1);
    expect((await vault.load()).ok).toBe(true);
    expect(safeStorage.encrypted).toBe(2);
  });

  it('reports a damaged file without crashing, and forgets', async () => {
    const vault = vaultWith(fakeSafeStorage());
    await vault.saveDemo('1001');
    await writeFile(path.join(dir, 'nested', 'central-account.json'), '{"version":1,"kind":"acc');
    expect(await vault.load()).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await vault.clear()).toEqual({ ok: true, value: undefined });
    expect(await vault.load()).toEqual({ ok: true, value: null });
    expect(await vault.clear()).toEqual({ ok: true, value: undefined });
  });
});
