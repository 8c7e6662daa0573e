// Meeting sessions and their items. An item is saved the moment it is entered, as a local case linked
// to its session, in one transaction with the session's item list (a power cut loses nothing).
import type { KhetDb } from './db';
import { newLocalCase, type CaseRecord } from '#domain/case';
import { canEditItems, meetingItemRef, type Meeting, type Urgency } from '#domain/meeting';
import { emitCasesChanged } from './changeFeed';

export type NewMeeting = Pick<
  Meeting,
  'title' | 'startsAt' | 'venue' | 'community' | 'subdistrict' | 'chair' | 'executives' | 'part' | 'previousId'
>;

export async function createMeeting(db: KhetDb, input: NewMeeting, now: number): Promise<Meeting> {
  const meeting: Meeting = {
    ...input,
    id: `M-${crypto.randomUUID()}`,
    state: 'open',
    itemIds: [],
    createdAt: now,
    closedAt: null,
    submittedAt: null,
  };
  await db.transaction('rw', [db.meetings, db.audit], async () => {
    await db.meetings.add(meeting);
    await db.audit.add({ at: now, action: 'meeting-created', caseId: null, detail: `${meeting.id} ${meeting.title}` });
  });
  return meeting;
}

export function listMeetings(db: KhetDb): Promise<Meeting[]> {
  return db.meetings.orderBy('startsAt').reverse().toArray();
}

export async function getMeeting(db: KhetDb, id: string): Promise<Meeting | undefined> {
  return db.meetings.get(id);
}

export interface ItemInput {
  description: string;
  categories: string[];
  community: string;
  subdistrict: string;
  landmark: string;
  lat: number | null;
  lon: number | null;
  speakerName: string;
  speakerPhone: string;
  speakerConsent: boolean;
  urgency: Urgency;
  /** Compressed photos as data: URLs (kept in the register: the laptop may be offline for days). */
  photos?: string[];
}

/** Add an item to an open or closed (not yet submitted) session; returns its case. */
export async function addItem(db: KhetDb, meetingId: string, input: ItemInput, now: number): Promise<CaseRecord> {
  const record = await db.transaction('rw', [db.meetings, db.cases, db.audit], async () => {
    const m = await db.meetings.get(meetingId);
    if (!m || !canEditItems(m)) throw new Error('meeting not editable');
    const itemNo = m.itemIds.length + 1;
    const c: CaseRecord = {
      ...newLocalCase(
        {
          description: input.description,
          address: [input.landmark.trim(), input.community.trim()].filter(Boolean).join(' · '),
          subdistrict: input.subdistrict,
          lat: input.lat,
          lon: input.lon,
          categories: input.categories,
          photos: input.photos ?? [],
        },
        now,
      ),
      channel: 'meeting',
      refs: [{ kind: 'meeting-item', value: meetingItemRef(meetingId, itemNo), addedAt: now }],
      contact:
        input.speakerName.trim() || input.speakerPhone.trim()
          ? { name: input.speakerName.trim(), phone: input.speakerPhone.trim(), consentToShare: input.speakerConsent }
          : null,
      meeting: { meetingId, itemNo, urgency: input.urgency, speakerConsent: input.speakerConsent },
    };
    await db.cases.add(c);
    await db.meetings.update(meetingId, { itemIds: [...m.itemIds, c.id] });
    await db.audit.add({ at: now, action: 'meeting-item-added', caseId: c.id, detail: `${meetingId} #${itemNo}` });
    return c;
  });
  emitCasesChanged([record.id], [record]);
  return record;
}

/** The session's items as cases, in item order (a missing one is skipped). */
export async function meetingItems(db: KhetDb, m: Meeting): Promise<CaseRecord[]> {
  return (await db.cases.bulkGet(m.itemIds)).filter((c): c is CaseRecord => c != null);
}

export async function setMeetingState(db: KhetDb, id: string, state: 'open' | 'closed' | 'submitted', now: number): Promise<void> {
  await db.transaction('rw', [db.meetings, db.audit], async () => {
    const patch: Partial<Meeting> = { state };
    if (state === 'closed') patch.closedAt = now;
    if (state === 'submitted') patch.submittedAt = now;
    await db.meetings.update(id, patch);
    await db.audit.add({ at: now, action: `meeting-${state}`, caseId: null, detail: id });
  });
}

/** Correct an item's text until its session is submitted (audited, like every local edit). */
export async function editItemText(db: KhetDb, caseId: string, description: string, now: number): Promise<boolean> {
  const text = description.normalize('NFC').trim();
  if (!text) return false;
  const done = await db.transaction('rw', [db.meetings, db.cases, db.audit], async () => {
    const c = await db.cases.get(caseId);
    const m = c?.meeting ? await db.meetings.get(c.meeting.meetingId) : undefined;
    if (!c || !m || !canEditItems(m) || c.ticketId) return false;
    await db.cases.update(caseId, { description: text, localUpdatedAt: now });
    await db.audit.add({
      at: now,
      action: 'meeting-item-edited',
      caseId,
      detail: '',
      before: { description: c.description },
      after: { description: text },
    });
    return true;
  });
  if (done) emitCasesChanged([caseId]);
  return done;
}
