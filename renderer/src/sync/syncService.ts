// The observable sync state and the one entry point features call ("sync now", "push now").
// Features render the snapshot; they never call the client directly. Runs are single-flight.
import type { KhetDb } from '#data/db';
import { patchSyncMeta } from '#data/metaRepo';
import type { AppError, Result } from '#contract/result';
import { createCentralClient, type CentralClient, type Transport } from './client';
import { pullDistrict, type PullReport } from './pull';
import { pushOutbox, type PushReport } from './push';
import { refreshDetail, type OrgView } from './details';

export type SyncPhase = 'idle' | 'pulling' | 'pushing' | 'error';

export interface SyncSnapshot {
  phase: SyncPhase;
  lastError: AppError | null;
  lastPull: PullReport | null;
  lastPush: PushReport | null;
}

export interface SyncService {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SyncSnapshot;
  syncNow: () => Promise<Result<PullReport>>;
  pushNow: () => Promise<PushReport>;
  refreshCase: (caseId: string, ticketId: string) => Promise<Result<OrgView[]>>;
}

export function createSyncService(db: KhetDb, transport: Transport, districtNameTh: string, now: () => number = Date.now): SyncService {
  let snapshot: SyncSnapshot = { phase: 'idle', lastError: null, lastPull: null, lastPush: null };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<SyncSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    listeners.forEach((l) => l());
  };
  const client: CentralClient = createCentralClient(transport, (env) => {
    if (env.credits == null) return;
    const unlimited = env.credits === Infinity;
    void patchSyncMeta(db, { creditBalance: unlimited ? null : env.credits, unlimitedCredits: unlimited });
  });
  let running: Promise<Result<PullReport>> | null = null;

  async function pushNow(): Promise<PushReport> {
    set({ phase: 'pushing' });
    const report = await pushOutbox(db, client, now, { force: true });
    set({ phase: 'idle', lastPush: report });
    return report;
  }

  async function run(): Promise<Result<PullReport>> {
    set({ phase: 'pushing', lastError: null });
    // Push first: the pull that follows then already reflects our own updates where it can.
    const pushed = await pushOutbox(db, client, now, { force: true });
    set({ phase: 'pulling', lastPush: pushed });
    const pulled = await pullDistrict(db, client, districtNameTh, now());
    if (!pulled.ok) {
      await patchSyncMeta(db, { lastError: `${pulled.error.code}: ${pulled.error.message}` });
      set({ phase: 'error', lastError: pulled.error });
      return pulled;
    }
    set({ phase: 'idle', lastPull: pulled.value });
    return pulled;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    syncNow() {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    pushNow,
    refreshCase: (caseId, ticketId) => refreshDetail(db, client, caseId, ticketId),
  };
}
