// Did an attempt whose outcome is unknown land? Looks for our own entry in the ticket's central
// timeline: the same note, stamped after the attempt started (less a clock-skew margin). One credit.
import { parseTraffyTime } from '#domain/time';
import type { OutboxEntry } from '#domain/outbox';
import type { CentralClient } from './client';

const CLOCK_SKEW_MS = 5 * 60_000;

/** not-found-cached: not visible, but the reply came from a cache that may predate our attempt. */
export type Verdict = 'landed' | 'not-found' | 'not-found-cached' | 'unknown';

export async function verifyLanded(client: CentralClient, entry: OutboxEntry): Promise<Verdict> {
  if (entry.kind === 'new-issue') return 'unknown';
  const detail = await client.getIssue(entry.payload.ticketId);
  if (!detail.ok) return 'unknown';
  const since = (entry.lastAttemptAt ?? entry.createdAt) - CLOCK_SKEW_MS;
  const note = entry.payload.note.trim();
  const found = detail.value.timeline.some((t) => t.note.trim() === note && (parseTraffyTime(t.timestamp) ?? 0) >= since);
  if (found) return 'landed';
  return detail.value.fromCache ? 'not-found-cached' : 'not-found';
}
