// First-run connection: configure the central account (in the main process, or in memory in the
// browser), prove it works with a first pull, and only then remember the setup. On any failure the
// account is forgotten and the register is left as it was.
import type { KhetDb } from '#data/db';
import { writeSetup, type SetupSettings } from '#data/metaRepo';
import { districtByCode } from '#domain/districts';
import type { Result } from '#contract/result';
import { desktop } from '#platform/index';
import { createSyncService } from '#sync/syncService';
import type { PullReport } from '#sync/pull';

export interface ConnectInput {
  districtCode: string;
  mode: 'demo' | 'central';
  baseUrl: string;
  user: string;
  password: string;
}

export async function connectAndPull(db: KhetDb, input: ConnectInput): Promise<Result<PullReport>> {
  const district = districtByCode(input.districtCode);
  if (!district) return { ok: false, error: { code: 'invalid-input', message: 'unknown district' } };
  const configured =
    input.mode === 'demo'
      ? await desktop.centralUseDemo({ districtCode: district.code })
      : await desktop.centralConfigure({ baseUrl: input.baseUrl.trim().replace(/\/+$/, ''), user: input.user.trim(), password: input.password });
  if (!configured.ok) return configured;

  const pulled = await createSyncService(db, desktop.centralRequest, district.nameTh).syncNow();
  if (!pulled.ok) {
    await desktop.centralForget();
    return pulled;
  }
  const setup: SetupSettings = {
    districtCode: district.code,
    mode: input.mode,
    baseUrl: configured.value.baseUrl,
    user: configured.value.user,
  };
  await writeSetup(db, setup);
  return pulled;
}
