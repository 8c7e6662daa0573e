// A case's timeline events: the central timeline (replaced on each detail fetch) and local actions.
import type { KhetDb } from './db';
import { sortTimeline, type TimelineEvent } from '#domain/timeline';

export async function timelineOf(db: KhetDb, caseId: string): Promise<TimelineEvent[]> {
  return sortTimeline(await db.timeline.where('caseId').equals(caseId).toArray());
}

/** Replace the remote part of a case's timeline with a fresh copy from the central service. */
export async function replaceRemoteTimeline(db: KhetDb, caseId: string, events: Omit<TimelineEvent, 'seq'>[]): Promise<void> {
  await db.transaction('rw', db.timeline, async () => {
    await db.timeline
      .where('caseId')
      .equals(caseId)
      .and((e) => e.kind === 'remote')
      .delete();
    await db.timeline.bulkAdd(events);
  });
}
