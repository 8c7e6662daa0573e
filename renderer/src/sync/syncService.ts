// The observable sync state and the one entry point features call ("sync now", "push now", the
// background schedule). Features render the snapshot; they never call the client directly. Runs are
// single-flight. Every call to the central service is counted (the quota charges failed calls too),
// and background work spends only what the schedule's daily budget and credit threshold allow.
import type { KhetDb } from '#data/db';
import { patchSyncMeta, readSyncMeta } from '#data/metaRepo';
import { countCall, readLedger, readSchedule } from '#data/syncSettingsRepo';
import { unsentEntries } from '#data/outboxRepo';
import { writeReferenceLists } from '#data/referenceListsRepo';
import type { AppError, Result } from '#contract/result';
import { backgroundBlock, backgroundCallsLeft, currentLedger, nextSlotAfter, pullDue, type BackgroundBlock } from '#domain/syncSchedule';
import { isUnsent } from '#domain/outbox';
import { createCentralClient, type CentralClient, type Transport } from './client';
import type { ApiOrg } from './schemas';
import { pullDistrict, type PullReport } from './pull';
import { pushOutbox, type PushReport } from './push';
import { refreshDetail, type OrgView } from './details';

export type SyncPhase = 'idle' | 'pulling' | 'pushing' | 'error';

export interface SyncSnapshot {
  phase: SyncPhase;
  lastError: AppError | null;
  lastPull: PullReport | null;
  lastPush: PushReport | null;
  /** Why background sync is holding back right now (null: it runs on schedule). */
  backgroundBlockedBy: BackgroundBlock | null;
  nextPullAt: number | null;
}

export interface SyncService {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SyncSnapshot;
  syncNow: () => Promise<Result<PullReport>>;
  pushNow: () => Promise<PushReport>;
  refreshCase: (caseId: string, ticketId: string) => Promise<Result<OrgView[]>>;
  /** Fetch the central categories and statuses for offline use (two credits). */
  refreshReferenceLists: () => Promise<Result<void>>;
  /** Organisations by name, for forwarding outside the district (one credit). */
  searchOrgs: (keyword: string) => Promise<Result<ApiOrg[]>>;
  /** The case on screen: its details are refreshed after a pull that changed it. */
  setOpenCase: (caseId: string | null) => void;
  /** One look at the schedule: run what is due and allowed. The timer calls it; tests call it with a fake clock. */
  tick: () => Promise<void>;
  startBackground: (intervalMs?: number) => () => void;
}

/** Details (one credit each) fetched after a manual pull, for changed cases someone needs. */
const MANUAL_DETAIL_BUDGET = 3;
/** A pulled copy older than this is refreshed before queued status changes are pushed. */
const STALE_COPY_MS = 30 * 60_000;
const BANGKOK_MONTH = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 7);

export function createSyncService(db: KhetDb, transport: Transport, districtNameTh: string, now: () => number = Date.now): SyncService {
  let snapshot: SyncSnapshot = {
    phase: 'idle',
    lastError: null,
    lastPull: null,
    lastPush: null,
    backgroundBlockedBy: null,
    nextPullAt: null,
  };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<SyncSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    listeners.forEach((l) => l());
  };
  let background = false; // whether the calls being made now are background work
  let openCase: string | null = null;

  const counted: Transport = async (req) => {
    await countCall(db, now(), background);
    return transport(req);
  };
  const client: CentralClient = createCentralClient(counted, (env) => {
    if (env.credits == null) return;
    const unlimited = env.credits === Infinity;
    const exhausted = env.status === 'fail' && /running out of api usage quota/i.test(env.message) && !/almost/i.test(env.message);
    void patchSyncMeta(db, {
      creditBalance: unlimited ? null : env.credits,
      unlimitedCredits: unlimited,
      quotaExhaustedMonth: exhausted ? BANGKOK_MONTH(now()) : null,
    });
  });
  let running: Promise<Result<PullReport>> | null = null;
  // One push at a time: "send now" during a scheduled run must not send the same entry twice.
  let pushChain: Promise<unknown> = Promise.resolve();
  const push = (opts: Parameters<typeof pushOutbox>[3]): Promise<PushReport> => {
    const next = pushChain.then(() => pushOutbox(db, client, now, opts));
    pushChain = next.catch(() => {});
    return next;
  };

  async function blockNow(): Promise<BackgroundBlock | null> {
    const [schedule, ledger, meta] = await Promise.all([readSchedule(db), readLedger(db), readSyncMeta(db)]);
    const exhausted = meta.quotaExhaustedMonth === BANGKOK_MONTH(now());
    return backgroundBlock(schedule, ledger, { balance: meta.creditBalance, unlimited: meta.unlimitedCredits, exhausted }, now());
  }

  async function refreshState(): Promise<void> {
    const [schedule, meta] = await Promise.all([readSchedule(db), readSyncMeta(db)]);
    set({ backgroundBlockedBy: await blockNow(), nextPullAt: nextSlotAfter(meta.lastPullAttemptAt ?? now(), schedule) });
  }

  /** Changed cases that someone needs now: the one on screen and those with queued pushes. */
  async function fetchDetails(report: PullReport, budget: number): Promise<void> {
    if (budget <= 0 || report.changes.length === 0) return;
    const queued = new Set((await unsentEntries(db)).filter(isUnsent).map((e) => e.caseId));
    const wanted = report.changes.map((c) => c.caseId).filter((id) => id === openCase || queued.has(id));
    for (const id of wanted.slice(0, budget)) await refreshDetail(db, client, id, id);
  }

  async function run(asBackground: boolean): Promise<Result<PullReport>> {
    background = asBackground;
    try {
      set({ phase: 'pulling', lastError: null });
      const schedule = await readSchedule(db);
      const budget = () => readLedger(db).then((l) => backgroundCallsLeft(schedule, l, now()));
      // Pull first: a queued status change whose case moved centrally meanwhile becomes a conflict
      // for the coordinator to decide, instead of being pushed over the other change.
      const pulled = await pullDistrict(db, client, districtNameTh, now());
      if (!pulled.ok) {
        await patchSyncMeta(db, { lastError: `${pulled.error.code}: ${pulled.error.message}` });
        set({ phase: 'error', lastError: pulled.error });
        return pulled;
      }
      await fetchDetails(pulled.value, asBackground ? await budget() : MANUAL_DETAIL_BUDGET);
      set({ phase: 'pushing', lastPull: pulled.value });
      const pushed = await push(asBackground ? { maxCalls: await budget() } : { force: true });
      set({ phase: 'idle', lastPush: pushed });
      return pulled;
    } finally {
      background = false;
      await refreshState();
    }
  }

  const syncOnce = (asBackground: boolean) => {
    running ??= run(asBackground).finally(() => {
      running = null;
    });
    return running;
  };

  async function pushNow(): Promise<PushReport> {
    // Status changes queued on a copy older than STALE_COPY_MS are checked against a fresh pull first.
    const meta = await readSyncMeta(db);
    const stale = meta.lastPullAt === null || now() - meta.lastPullAt > STALE_COPY_MS;
    const statusQueued = (await unsentEntries(db)).some((e) => e.kind === 'update-status' && e.state === 'pending');
    if (stale && statusQueued) {
      const synced = await syncOnce(false);
      if (!synced.ok) return { sent: 0, verified: 0, failed: 0, waiting: 0, conflicts: 0, stoppedBy: synced.error.code };
      return snapshot.lastPush ?? (await push({ force: true }));
    }
    set({ phase: 'pushing' });
    const report = await push({ force: true });
    set({ phase: 'idle', lastPush: report });
    await refreshState();
    return report;
  }

  async function tick(): Promise<void> {
    if (running) return;
    const [schedule, meta, blocked] = await Promise.all([readSchedule(db), readSyncMeta(db), blockNow()]);
    set({ backgroundBlockedBy: blocked, nextPullAt: nextSlotAfter(meta.lastPullAttemptAt ?? now(), schedule) });
    if (blocked) return;
    if (pullDue(meta.lastPullAttemptAt, now(), schedule)) {
      await syncOnce(true);
      return;
    }
    // Between pulls, retry pushes whose backoff has passed, within the day's budget.
    const due = (await unsentEntries(db)).some((e) => e.state === 'pending' && e.attempts > 0);
    if (!due) return;
    background = true;
    try {
      const left = backgroundCallsLeft(schedule, currentLedger(await readLedger(db), now()), now());
      set({ lastPush: await push({ maxCalls: left }) });
    } finally {
      background = false;
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    syncNow: () => syncOnce(false),
    pushNow,
    refreshCase: (caseId, ticketId) => refreshDetail(db, client, caseId, ticketId),
    searchOrgs: (keyword) => client.searchOrg(keyword),
    async refreshReferenceLists() {
      const [types, statuses] = [await client.getTypeList(), await client.getStatusList()];
      if (!types.ok) return types;
      if (!statuses.ok) return statuses;
      await writeReferenceLists(db, {
        categories: types.value.map((c) => ({ id: c.id, name: c.name })),
        statuses: statuses.value.map((x) => ({ id: x.id, name: x.name, statusType: x.statusType })),
        fetchedAt: now(),
      });
      return { ok: true, value: undefined };
    },
    setOpenCase(caseId) {
      openCase = caseId;
    },
    tick,
    startBackground(intervalMs = 60_000) {
      // A failed look at the schedule (the register closed under it, say) is shown, never thrown away.
      const look = () =>
        tick().catch((e: unknown) =>
          set({
            phase: 'error',
            lastError: { code: 'internal', message: `background sync: ${e instanceof Error ? e.message : String(e)}` },
          }),
        );
      const timer = setInterval(() => void look(), intervalMs);
      void look();
      return () => clearInterval(timer);
    },
  };
}
