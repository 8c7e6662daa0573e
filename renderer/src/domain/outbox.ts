// Pushes waiting to reach the central service. Written in the same transaction as the local change
// they carry, so a crash can never keep one without the other. Pure types and state rules.

/**
 * conflict: the case changed centrally since the edit was made (the coordinator decides);
 * discarded: the coordinator dropped it after a conflict (kept for the audit trail, never sent).
 */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed' | 'conflict' | 'discarded';

/** Fields every push that lands in a ticket's timeline shares: how it is found again after a timeout. */
interface TimelinePush {
  ticketId: string;
  /** The text that appears in the central timeline (the status note, the comment, the forward note). */
  note: string;
  /** Whether the central service texts/emails the citizen (its default is yes: always set on purpose). */
  notifyReporter: boolean;
}

export interface StatusUpdatePayload extends TimelinePush {
  issueStatusId: number;
  statusLabel: string;
  /** After-photos, base64 JPEG without a data: prefix, already compressed; at most 3. */
  photosBase64?: string[];
}

export type CommentKind = 'chat' | 'chat_staff_only' | 'comment';

export interface CommentPayload extends TimelinePush {
  commentType: CommentKind;
}

export interface ForwardPayload extends TimelinePush {
  /** 1: invite to co-handle, 2: forward. */
  scenario: 1 | 2;
  destinationOrgIds: string[];
  /** For display only. */
  destinationNames: string[];
}

export interface NewIssuePayload {
  /** Our reference; a resend with the same one is answered "Duplicate of post #…", never a second ticket. */
  clientTicketId: string;
  lat: number;
  lon: number;
  description: string;
  address: string;
  categoryName?: string;
  photosBase64: string[];
  /** Only when the citizen agreed to be contacted. */
  reporterPhone?: string;
}

export type OutboxPush =
  | { kind: 'update-status'; payload: StatusUpdatePayload }
  | { kind: 'comment'; payload: CommentPayload }
  | { kind: 'join-forward'; payload: ForwardPayload }
  | { kind: 'new-issue'; payload: NewIssuePayload };

export type OutboxKind = OutboxPush['kind'];

export interface OutboxConflict {
  /** What the central copy showed when the conflict was found. */
  remoteStatusLabel: string;
  remoteActivityAt: number;
  foundAt: number;
}

interface OutboxBookkeeping {
  seq?: number;
  caseId: string;
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
  /** The case's central status label when the change was made (absent in entries from before v0.2). */
  basedOnStatusLabel?: string;
  conflict?: OutboxConflict | null;
}

export type OutboxEntry = OutboxBookkeeping & OutboxPush;

export const MAX_ATTEMPTS = 8;
export const MAX_PHOTOS = 3;

/** Exponential backoff, capped at 30 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

/** States still owed to the central service (they also hold back later pushes of their case). */
export const UNSENT_STATES: readonly OutboxState[] = ['pending', 'sending', 'failed', 'conflict'];

export const isUnsent = (e: Pick<OutboxEntry, 'state'>): boolean => UNSENT_STATES.includes(e.state);

/** The ticket an entry acts on ('' for a new ticket not yet created). */
export function ticketOf(e: OutboxPush): string {
  return e.kind === 'new-issue' ? '' : e.payload.ticketId;
}

/** The text a person reads for an entry in lists (status label, comment, forward, new ticket). */
export function summaryOf(e: OutboxPush): { kind: OutboxKind; label: string; note: string } {
  switch (e.kind) {
    case 'update-status':
      return { kind: e.kind, label: e.payload.statusLabel, note: e.payload.note };
    case 'comment':
      return { kind: e.kind, label: '', note: e.payload.note };
    case 'join-forward':
      return { kind: e.kind, label: e.payload.destinationNames.join(', '), note: e.payload.note };
    case 'new-issue':
      return { kind: e.kind, label: e.payload.categoryName ?? '', note: e.payload.description };
  }
}

/**
 * Whether a queued status change now conflicts with the central copy of its case: the central
 * status moved since the edit was made, to something that none of our own pushes explains. Only
 * status changes conflict; a comment or a forward on a moved ticket still makes sense.
 */
export function findsConflict(
  entry: OutboxEntry,
  current: { statusLabel: string; lastActivityAt: number },
  ownLabels: ReadonlySet<string>,
): boolean {
  if (entry.kind !== 'update-status' || entry.state === 'conflict' || entry.basedOnStatusLabel === undefined) return false;
  if (current.lastActivityAt <= entry.basedOnActivityAt) return false;
  if (current.statusLabel === entry.basedOnStatusLabel || current.statusLabel === entry.payload.statusLabel) return false;
  return !ownLabels.has(current.statusLabel);
}
