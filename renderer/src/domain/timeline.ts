// A case's history: the central timeline (remote) and what happened in Khet Desk (local). Pure types.

export type TimelineKind = 'remote' | 'local';

export interface TimelineEvent {
  seq?: number;
  caseId: string;
  kind: TimelineKind;
  /** Epoch ms. */
  at: number;
  statusLabel: string;
  org: string;
  note: string;
  photo: string | null;
  /** For local events that were sent through the outbox: its seq, to show "sent"/"pending". */
  outboxSeq: number | null;
}

/** Newest first; when a remote and a local entry share a time, the remote one (the confirmed copy) first. */
export function sortTimeline(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => b.at - a.at || (a.kind === b.kind ? 0 : a.kind === 'remote' ? -1 : 1));
}
