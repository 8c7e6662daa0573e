// The demo path end to end, in-process: the real simulator on 127.0.0.1, the real session over Node's fetch.
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralSim } from '../../central-sim/server';
import { parseEnvelope } from '#contract/central-envelope';
import { createCentralService, type CentralService } from './central';
import { createDemoSim } from './demo-sim';
import { memoryLog } from './test/fakes';
import { createTransport } from './transport';
import { createVault } from './vault';

const seed = fileURLToPath(new URL('../../central-sim/seed/traffy-sample.csv', import.meta.url));
let dir: string;
let central: CentralService;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'khet-central-'));
  const unavailable = {
    isAsyncEncryptionAvailable: () => Promise.resolve(false),
    encryptStringAsync: () => Promise.resolve(Buffer.alloc(0)),
    decryptStringAsync: () => Promise.resolve({ result: '', shouldReEncrypt: false }),
  };
  central = createCentralService({
    vault: createVault({
      safeStorage: unavailable,
      fs: fs.promises,
      filePath: path.join(dir, 'central-account.json'),
      platform: 'linux',
      allowUnencrypted: false,
    }),
    transport: createTransport({ fetch: (url, init) => fetch(url, init) }),
    demo: createDemoSim({
      start: startCentralSim,
      dataFile: seed,
      statePath: path.join(dir, 'central-sim-state.json'),
      fileExists: (file) =>
        fs.promises.access(file).then(
          () => true,
          () => false,
        ),
    }),
    log: memoryLog(),
  });
  await central.restore();
});

afterAll(async () => {
  await central.shutdown();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!fs.existsSync(seed))('demo mode against the real simulator', () => {
  it('starts the simulator, authenticates as khet1001 and pulls issues', async () => {
    const status = await central.useDemo('1001');
    expect(status).toMatchObject({ ok: true, value: { configured: true, demo: true, user: 'khet1001' } });
    expect(status.ok && status.value.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/exchange-api$/);
    const reply = await central.request({ method: 'GET', endpoint: 'get-issues/v2', query: { duration: 'all' } });
    expect(reply).toMatchObject({ ok: true, value: { httpStatus: 200 } });
    const envelope = reply.ok ? parseEnvelope(reply.value.body) : null;
    expect(envelope?.status).toBe('success');
    expect(fs.existsSync(path.join(dir, 'central-sim-state.json'))).toBe(true);
  });

  it('refuses a real account when the OS cannot encrypt, and stays in demo mode', async () => {
    const sim = await central.status();
    const baseUrl = sim.ok ? (sim.value.baseUrl ?? '') : '';
    expect(await central.configure({ baseUrl, user: 'khet1002', password: 'demo' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await central.status()).toMatchObject({ ok: true, value: { demo: true, user: 'khet1001' } });
  });
});
