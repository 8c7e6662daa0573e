// Sending the outbox. Pushes for one case go strictly in order. The Traffy API has no idempotency
// keys, so an attempt whose outcome is unknown (timeout, dropped connection, crash mid-call) is
// looked for in the ticket's timeline before it is ever sent again: a second SMS to the citizen is
// worse than a short delay. A new ticket is re-sent with the same client_ticket_id instead, which
// the central service answers with "Duplicate of post #…" rather than creating a second one.
import type { KhetDb } from '#data/db';
import { markSent, markTicketCreated, unsentEntries, updateEntry } from '#data/outboxRepo';
import { markConflicts } from '#data/outboxConflicts';
import { ok, type Result } from '#contract/result';
import { MAX_ATTEMPTS, retryDelayMs, type OutboxEntry } from '#domain/outbox';
import type { CentralClient } from './client';
import { verifyLanded } from './verifyPush';

export interface PushReport {
  sent: number;
  verified: number;
  failed: number;
  waiting: number;
  conflicts: number;
  stoppedBy: string | null;
}

export interface PushOptions {
  /** Ignore the retry backoff (the user pressed "send now"). */
  force?: boolean;
  /** Stop before the call that would exceed this many calls (background work under the daily budget). */
  maxCalls?: number;
}

/** Reads may be cached up to 600 s: an entry not yet visible may still have landed. */
const CACHE_WINDOW_MS = 600_000;

/** Send one entry; a new ticket's reply carries its ticket id. */
async function send(client: CentralClient, entry: OutboxEntry): Promise<Result<string | null>> {
  const done = (r: Result<void>): Result<string | null> => (r.ok ? ok(null) : r);
  switch (entry.kind) {
    case 'update-status': {
      const { ticketId, issueStatusId, note, notifyReporter, photosBase64 } = entry.payload;
      return done(await client.updateIssue({ ticketId, issueStatusId, note, notifyReporter, photosBase64: photosBase64 ?? [] }));
    }
    case 'comment': {
      const { ticketId, note, commentType, notifyReporter } = entry.payload;
      return done(await client.comment({ ticketId, text: note, type: commentType, notifyReporter }));
    }
    case 'join-forward': {
      const { ticketId, scenario, destinationOrgIds, note, notifyReporter } = entry.payload;
      return done(await client.joinForward({ ticketId, scenario, destinationOrgIds, note, notifyReporter }));
    }
    case 'new-issue': {
      const created = await client.newIssue(entry.payload);
      return created.ok ? ok(created.value.ticketId) : created;
    }
  }
}

export async function pushOutbox(db: KhetDb, client: CentralClient, now: () => number, opts: PushOptions = {}): Promise<PushReport> {
  const report: PushReport = { sent: 0, verified: 0, failed: 0, waiting: 0, conflicts: 0, stoppedBy: null };
  // The central copy may have moved since the last check: never push over a change we have not seen.
  await markConflicts(db, now());
  let calls = 0;
  const budgetLeft = (needed: number) => opts.maxCalls === undefined || calls + needed <= opts.maxCalls;
  const blocked = new Set<string>(); // cases with an earlier entry still unsent: keep their order
  for (const entry of await unsentEntries(db)) {
    const seq = entry.seq!;
    if (entry.state === 'failed' || entry.state === 'conflict' || blocked.has(entry.caseId)) {
      blocked.add(entry.caseId);
      if (entry.state === 'conflict') report.conflicts++;
      else report.waiting++;
      continue;
    }
    const due = (entry.lastAttemptAt ?? 0) + retryDelayMs(entry.attempts);
    if (!opts.force && entry.attempts > 0 && now() < due) {
      blocked.add(entry.caseId);
      report.waiting++;
      continue;
    }
    if (!budgetLeft(entry.uncertain ? 2 : 1)) {
      report.waiting++;
      report.stoppedBy = 'daily-budget';
      break;
    }
    if (entry.uncertain && entry.kind !== 'new-issue') {
      calls++;
      const verdict = await verifyLanded(client, entry);
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
    calls++;
    const res = await send(client, entry);
    if (res.ok) {
      if (entry.kind === 'new-issue' && res.value) await markTicketCreated(db, entry, res.value, now());
      else await markSent(db, entry, now());
      report.sent++;
      continue;
    }
    const { code, message } = res.error;
    const outcomeUnknown = code === 'timeout' || code === 'network' || code === 'bad-response';
    const giveUp = !outcomeUnknown && (code === 'central-error' || code === 'invalid-input' || entry.attempts + 1 >= MAX_ATTEMPTS);
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
