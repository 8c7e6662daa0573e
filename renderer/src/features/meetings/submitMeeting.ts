// Submitting a session: every item not yet a central ticket is queued as new-issue through the outbox
// (client_ticket_id = the item's case id, so a resend, a second submit or a second laptop never creates
// a second ticket; the speaker's phone only with consent), then sent. Works offline: items wait queued.
import type { KhetDb } from '#data/db';
import { enqueuePush, outboxOf } from '#data/outboxRepo';
import { getMeeting, meetingItems, setMeetingState } from '#data/meetingRepo';
import type { SyncService } from '#sync/syncService';

export interface SubmitOutcome {
  queued: number;
  alreadyTickets: number;
  missingLocation: number;
}

export async function submitMeeting(db: KhetDb, sync: SyncService, meetingId: string, now: number): Promise<SubmitOutcome> {
  const m = await getMeeting(db, meetingId);
  if (!m) return { queued: 0, alreadyTickets: 0, missingLocation: 0 };
  const out: SubmitOutcome = { queued: 0, alreadyTickets: 0, missingLocation: 0 };
  for (const item of await meetingItems(db, m)) {
    if (item.ticketId) {
      out.alreadyTickets++;
      continue;
    }
    if ((await outboxOf(db, item.id)).some((e) => e.kind === 'new-issue' && e.state !== 'discarded')) continue;
    if (item.lat === null || item.lon === null) {
      out.missingLocation++;
      continue;
    }
    const consent = item.meeting?.speakerConsent && item.contact?.phone;
    await enqueuePush(
      db,
      item.id,
      {
        kind: 'new-issue',
        payload: {
          clientTicketId: item.id,
          lat: item.lat,
          lon: item.lon,
          description: item.description,
          address: item.address,
          ...(item.categories[0] ? { categoryName: item.categories[0] } : {}),
          // The contract's new-issue takes one photo: the first goes with the ticket, all stay here.
          photosBase64: item.photos
            .filter((p) => p.startsWith('data:'))
            .slice(0, 1)
            .map((p) => p.slice(p.indexOf(',') + 1)),
          ...(consent ? { reporterPhone: item.contact!.phone } : {}),
        },
      },
      now,
    );
    out.queued++;
  }
  // An item without a location cannot become a ticket (the central service requires one): the session
  // stays editable until every item has one.
  if (out.missingLocation === 0) await setMeetingState(db, meetingId, 'submitted', now);
  await sync.pushNow();
  return out;
}
