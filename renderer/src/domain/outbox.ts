// Pushes waiting to reach the central service. Written in the same transaction as the local change
// they carry, so a crash can never keep one without the other. Pure types and state rules.

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

export interface StatusUpdatePayload {
  ticketId: string;
  issueStatusId: number;
  statusLabel: string;
  note: string;
  notifyReporter: boolean;
}

export interface OutboxEntry {
  seq?: number;
  caseId: string;
  kind: 'update-status';
  payload: StatusUpdatePayload;
  state: OutboxState;
  attempts: number;
  createdAt: number;
  /** When the last attempt started: a timed-out attempt is looked for in the timeline after this. */
  lastAttemptAt: number | null;
  /** True when the last attempt's outcome is unknown (timeout, dropped connection). */
  uncertain: boolean;
  lastError: string | null;
  sentAt: number | null;
  /** The case's central last_activity when the change was made: what the edit was based on. */
  basedOnActivityAt: number;
}

export const MAX_ATTEMPTS = 8;

/** Exponential backoff, capped at 30 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}
