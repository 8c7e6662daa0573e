// Sending the outbox. Pushes for one ticket go strictly in order. The Traffy API has no idempotency
// keys, so an attempt whose outcome is unknown (timeout, dropped connection, crash mid-call) is
// looked for in the ticket's timeline before it is ever sent again: a second SMS to the citizen is
// worse than a short delay.
import type { KhetDb } from '#data/db';
import { markSent, unsentEntries, updateEntry } from '#data/outboxRepo';
import { parseTraffyTime } from '#domain/time';
import { MAX_ATTEMPTS, retryDelayMs, type OutboxEntry } from '#domain/outbox';
import type { CentralClient } from './client';

export interface PushReport {
  sent: number;
  verified: number;
  failed: number;
  waiting: number;
  stoppedBy: string | null;
}

/** Reads may be cached up to 600 s: an entry not yet visible may still have landed. */
const CACHE_WINDOW_MS = 600_000;
const CLOCK_SKEW_MS = 5 * 60_000;

/** not-found-cached: not visible, but the reply came from a cache that may predate our attempt. */
type Verdict = 'landed' | 'not-found' | 'not-found-cached' | 'unknown';

async function verify(client: CentralClient, entry: OutboxEntry): Promise<Verdict> {
  const detail = await client.getIssue(entry.payload.ticketId);
  if (!detail.ok) return 'unknown';
  const since = (entry.lastAttemptAt ?? entry.createdAt) - CLOCK_SKEW_MS;
  const found = detail.value.timeline.some((t) => t.note.trim() === entry.payload.note.trim() && (parseTraffyTime(t.timestamp) ?? 0) >= since);
  if (found) return 'landed';
  return detail.value.fromCache ? 'not-found-cached' : 'not-found';
}

export async function pushOutbox(db: KhetDb, client: CentralClient, now: () => number, opts: { force?: boolean } = {}): Promise<PushReport> {
  const report: PushReport = { sent: 0, verified: 0, failed: 0, waiting: 0, stoppedBy: null };
  const blocked = new Set<string>(); // cases with an earlier entry still unsent: keep their order
  for (const entry of await unsentEntries(db)) {
    const seq = entry.seq!;
    if (entry.state === 'failed' || blocked.has(entry.caseId)) {
      blocked.add(entry.caseId);
      report.waiting++;
      continue;
    }
    const due = (entry.lastAttemptAt ?? 0) + retryDelayMs(entry.attempts);
    if (!opts.force && entry.attempts > 0 && now() < due) {
      blocked.add(entry.caseId);
      report.waiting++;
      continue;
    }
    if (entry.uncertain) {
      const verdict = await verify(client, entry);
      if (verdict === 'landed') {
        await markSent(db, entry, now());
        report.verified++;
        continue;
      }
      const young = now() - (entry.lastAttemptAt ?? 0) < CACHE_WINDOW_MS;
      if (verdict === 'unknown' || (verdict === 'not-found-cached' && young)) {
        blocked.add(entry.caseId);
        report.waiting++;
        continue;
      }
    }
    // Marked uncertain BEFORE the call: if the app dies mid-call, the next run verifies first.
    await updateEntry(db, seq, { state: 'sending', attempts: entry.attempts + 1, lastAttemptAt: now(), uncertain: true });
    const res = await client.updateIssue(entry.payload);
    if (res.ok) {
      await markSent(db, entry, now());
      report.sent++;
      continue;
    }
    const { code, message } = res.error;
    const outcomeUnknown = code === 'timeout' || code === 'network' || code === 'bad-response';
    const giveUp = !outcomeUnknown && (code === 'central-error' || entry.attempts + 1 >= MAX_ATTEMPTS);
    await updateEntry(db, seq, { state: giveUp ? 'failed' : 'pending', uncertain: outcomeUnknown, lastError: `${code}: ${message}` });
    blocked.add(entry.caseId);
    if (giveUp) report.failed++;
    else report.waiting++;
    if (code === 'quota-exhausted' || code === 'auth-failed' || code === 'network') {
      report.stoppedBy = code;
      break;
    }
  }
  return report;
}
