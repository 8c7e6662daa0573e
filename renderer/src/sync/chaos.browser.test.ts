// Chaos acceptance test for sync. What it proves: over many randomized rounds against the real
// simulator (drops, 5xx, truncated JSON, stale reads, expiring tokens, latency), with the sync
// "process" killed at random points and restarted on the same IndexedDB register, then one clean
// catch-up phase,
//   1. the register holds exactly the district's tickets, each with the simulator's status and
//      last activity, and
//   2. every push ever queued (status updates, staff comments, invitations) appears exactly once in its ticket's central timeline
//      (nothing lost, nothing sent twice), and no outbox entry is left unsent.
// Each round runs syncNow, pushNow, push-then-sync, or syncNow and pushNow at once (a status change
// pushed while a sync runs), on random faults and 0–3 new pushes on random cases.
// A "process" is a fresh KhetDb + browser transport + sync service. A kill is (a) a transport call
// that never leaves, (b) a call that reaches the simulator whose reply is thrown away, and/or
// (c) db.close() after a few ms; in every case the old process never talks to the network again.
// Everything random comes from one seeded PRNG: the seed is printed; set VITE_CHAOS_SEED to replay
// (timing-dependent interleavings may still differ), VITE_CHAOS_ROUNDS to change the round count.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { KhetDb } from '#data/db';
import { enqueuePush, enqueueStatusUpdate, unsentEntries } from '#data/outboxRepo';
import { bucketOf, DEFAULT_STATUS_CHOICES } from '#domain/status';
import { ticketOf } from '#domain/outbox';
import { createBrowserDesktop } from '#platform/browserDesktop';
import type { Faults } from '../../../central-sim/server';
import type { Transport } from './client';
import { createSyncService, type SyncService } from './syncService';

const USER = 'khet1030'; // จตุจักร
const SEED = Number(String(import.meta.env.VITE_CHAOS_SEED ?? '') || Math.floor(Math.random() * 2 ** 31));
const ROUNDS = Number(String(import.meta.env.VITE_CHAOS_ROUNDS ?? '') || 200);
const STATUSES = [2, 3, 4, 6].map((id) => DEFAULT_STATUS_CHOICES.find((c) => c.issueStatusId === id)!);
const NO_FAULTS: Partial<Faults> = {
  dropRate: 0,
  errorRate5xx: 0,
  malformedRate: 0,
  staleReads: false,
  expireTokens: 0,
  latencyMs: 0,
  timeoutRate: 0,
};

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(SEED);
const int = (n: number) => Math.floor(rand() * n);
const chance = (p: number) => rand() < p;
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const never = new Promise<never>(() => {});

type KillPlan = { atCall: number | null; lostReply: boolean; closeAfterMs: number | null };

interface Proc {
  db: KhetDb;
  sync: SyncService;
  /** Start the kill timer of the plan (after the user's edits, before the sync). */
  arm: () => void;
  /** Die now: the network is silenced and the database closed. */
  kill: () => void;
  /** Resolves once the process has died and its last forwarded request has come back. */
  dead: Promise<void>;
}

let url: string;
const dbName = `chaos-${crypto.randomUUID()}`;
const opened: KhetDb[] = [];
const stats = { killsAtCall: 0, lostReplies: 0, closes: 0, clean: 0, rejections: {} as Record<string, number> };
/** Unhandled rejections that a dying process does not explain (anything but a closed database). */
const strayRejections: string[] = [];
const onRejection = (e: PromiseRejectionEvent) => {
  const name = e.reason instanceof Error ? e.reason.name : String(e.reason);
  if (name === 'DatabaseClosedError') stats.rejections[`unhandled ${name}`] = (stats.rejections[`unhandled ${name}`] ?? 0) + 1;
  else strayRejections.push(`${name}: ${e.reason instanceof Error ? e.reason.message : ''}`);
  e.preventDefault();
};

async function startProcess(plan: KillPlan): Promise<Proc> {
  const db = new KhetDb(dbName);
  opened.push(db);
  await db.open();
  const desktop = createBrowserDesktop();
  expect((await desktop.centralConfigure({ baseUrl: url, user: USER, password: 'demo' })).ok).toBe(true);
  let died = false;
  let inflight = 0;
  let markDead!: () => void;
  const dead = new Promise<void>((r) => (markDead = r));
  const settleIfQuiet = () => died && inflight === 0 && markDead();
  const kill = () => {
    if (!died) db.close();
    died = true;
    settleIfQuiet();
  };
  let calls = 0;
  const forward: Transport = (req) => {
    inflight++;
    return desktop.centralRequest(req).finally(() => {
      inflight--;
      settleIfQuiet();
    });
  };
  const transport: Transport = async (req) => {
    const index = calls++;
    if (died) return never;
    if (index === plan.atCall) {
      stats.killsAtCall++;
      if (plan.lostReply) {
        stats.lostReplies++;
        void forward(req).catch(() => undefined); // it reaches the simulator; nobody reads the reply
      }
      kill();
      return never;
    }
    const reply = await forward(req);
    return died ? never : reply;
  };
  const arm = () => {
    if (plan.closeAfterMs === null) return;
    void sleep(plan.closeAfterMs).then(() => {
      if (died) return;
      stats.closes++;
      kill();
    });
  };
  return { db, sync: createSyncService(db, transport, 'จตุจักร'), arm, kill, dead };
}

function randomFaults(): Partial<Faults> {
  if (chance(0.2)) return { ...NO_FAULTS, latencyMs: int(5) };
  const rate = (p: number, max: number) => (chance(p) ? rand() * max : 0);
  return {
    dropRate: rate(0.5, 0.3),
    errorRate5xx: rate(0.5, 0.3),
    malformedRate: rate(0.4, 0.25),
    staleReads: chance(0.25),
    expireTokens: chance(0.3) ? 1 + int(4) : 0,
    latencyMs: int(15),
  };
}

/** What each round did, to explain a failure. */
const trace: string[] = [];

/** Every note queued over the run, with its ticket: each must land exactly once. */
const queued: { ticketId: string; note: string }[] = [];

async function enqueueRandom(db: KhetDb, round: number): Promise<void> {
  const cases = await db.cases.toArray();
  if (cases.length === 0) return;
  for (let k = int(4); k > 0; k--) {
    const target = pick(cases);
    const status = pick(STATUSES);
    const note = `chaos ${SEED} r${round}.${k} ${crypto.randomUUID().slice(0, 8)}`;
    // Mostly status changes; also staff comments and invitations to a unit (their notes land in the timeline too).
    const kind = rand();
    if (kind < 0.7) {
      const payload = { ticketId: target.id, issueStatusId: status.issueStatusId, statusLabel: status.label, note, notifyReporter: false };
      await enqueueStatusUpdate(db, target.id, payload, Date.now());
    } else if (kind < 0.9) {
      await enqueuePush(
        db,
        target.id,
        { kind: 'comment', payload: { ticketId: target.id, note, commentType: 'chat_staff_only', notifyReporter: false } },
        Date.now(),
      );
    } else {
      const unit = `10300${1 + int(9)}`;
      const payload = {
        ticketId: target.id,
        scenario: 1 as const,
        destinationOrgIds: [unit],
        destinationNames: [unit],
        note,
        notifyReporter: false,
      };
      await enqueuePush(db, target.id, { kind: 'join-forward', payload }, Date.now());
    }
    queued.push({ ticketId: target.id, note });
  }
}

/** One randomized round: faults, new updates, a sync and/or push, maybe killed mid-flight. */
async function round(n: number): Promise<void> {
  const faults = randomFaults();
  await commands.simSetFaults(faults);
  const killed = chance(0.7);
  const plan: KillPlan = killed
    ? { atCall: chance(0.7) ? int(6) : null, lostReply: chance(0.5), closeAfterMs: chance(0.5) ? int(40) : null }
    : { atCall: null, lostReply: false, closeAfterMs: null };
  if (killed && plan.atCall === null && plan.closeAfterMs === null) plan.closeAfterMs = int(40);
  const p = await startProcess(plan);
  await enqueueRandom(p.db, n);
  p.arm();
  const mode = pick(['sync', 'push', 'push-then-sync', 'concurrent'] as const);
  const runs: Promise<unknown>[] =
    mode === 'sync'
      ? [p.sync.syncNow()]
      : mode === 'push'
        ? [p.sync.pushNow()]
        : mode === 'concurrent'
          ? [p.sync.syncNow(), p.sync.pushNow()] // a status change pushed while a sync runs (StatusChangeForm)
          : [p.sync.pushNow().then(() => p.sync.syncNow())];
  trace[n] = `r${n} ${mode} kill=${JSON.stringify(killed ? plan : null)} faults=${JSON.stringify(faults)}`;
  const settled = Promise.allSettled(runs).then((all) => {
    for (const r of all) {
      if (r.status === 'fulfilled') continue;
      const name = r.reason instanceof Error ? r.reason.name : String(r.reason);
      stats.rejections[name] = (stats.rejections[name] ?? 0) + 1;
      if (!killed) strayRejections.push(`round ${n} (no kill): ${name}`);
    }
  });
  await Promise.race([settled, p.dead]);
  if (!killed) stats.clean++;
  p.kill(); // whatever it was still doing, this process is gone now
  await p.dead;
}

beforeAll(async () => {
  url = await commands.simStart();
  window.addEventListener('unhandledrejection', onRejection);
});
afterAll(async () => {
  window.removeEventListener('unhandledrejection', onRejection);
  await commands.simStop();
  for (const db of opened) db.close();
  await new KhetDb(dbName).delete();
});

it(`${ROUNDS} chaotic sync rounds end with the simulator's register and every push exactly once`, async () => {
  console.log(`chaos seed ${SEED} (replay: VITE_CHAOS_SEED=${SEED}), ${ROUNDS} rounds, db ${dbName}`);
  const started = performance.now();
  await commands.simSetFaults({ ...NO_FAULTS, seed: SEED });
  for (let n = 0; n < ROUNDS; n++) {
    await round(n);
    // Fail at the first round that applies a push twice: its trace is the repro.
    const counts = await commands.simNoteCounts(queued);
    const twice = queued.filter((_, i) => counts[i]! > 1).map((q) => q.note);
    expect(twice, `pushed twice in ${trace[n]}`).toEqual([]);
  }

  // Catch-up: no faults, one clean process, push + sync until nothing is left unsent.
  await commands.simSetFaults(NO_FAULTS);
  const final = await startProcess({ atCall: null, lostReply: false, closeAfterMs: null });
  let clean = false;
  for (let loop = 0; loop < 10 && !clean; loop++) {
    await final.sync.pushNow();
    const pulled = await final.sync.syncNow();
    clean = pulled.ok && (await unsentEntries(final.db)).length === 0;
  }
  const stuck = (await unsentEntries(final.db)).map(
    (e) => `#${e.seq} ${ticketOf(e)} ${e.state} attempts=${e.attempts} uncertain=${e.uncertain} lastError=${e.lastError}`,
  );
  expect(stuck, 'outbox entries still unsent after the catch-up').toEqual([]);
  expect(clean, 'the catch-up sync did not succeed').toBe(true);
  // A sync pulls before it pushes: one more pull brings the central copy of what was pushed last.
  expect((await final.sync.syncNow()).ok).toBe(true);

  // 1. The register is the simulator's view of the district.
  const central = await commands.simDistrictView(USER);
  const cases = new Map((await final.db.cases.toArray()).map((c) => [c.id, c]));
  expect([...cases.keys()].sort()).toEqual(central.map((t) => t.id).sort());
  const differing = central
    .map((t) => ({ t, c: cases.get(t.id)! }))
    .filter(({ t, c }) => c.statusLabel !== t.status || c.bucket !== bucketOf(t.status) || c.lastActivityAt !== t.lastActivityAt)
    .map(({ t, c }) => `${t.id}: register ${c.statusLabel}/${c.bucket}@${c.lastActivityAt}, central ${t.status}@${t.lastActivityAt}`);
  expect(differing, 'cases that differ from the simulator').toEqual([]);

  // 2. Every queued push landed exactly once, and the outbox knows each one as sent.
  const counts = await commands.simNoteCounts(queued);
  const wrong = queued
    .map((q, i) => ({ ...q, count: counts[i], round: trace[Number(/ r(\d+)\./.exec(q.note)?.[1])] }))
    .filter((q) => q.count !== 1);
  expect(wrong, 'notes not found exactly once in their central timeline').toEqual([]);
  const outbox = await final.db.outbox.toArray();
  expect(outbox.length).toBe(queued.length);
  expect(outbox.filter((e) => e.state !== 'sent')).toEqual([]);

  expect(strayRejections, 'errors no dying process explains').toEqual([]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`chaos seed ${SEED}: ${queued.length} pushes, ${central.length} cases, ${seconds} s`, JSON.stringify(stats));
}, 300_000);
