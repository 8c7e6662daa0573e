// Citizen-meeting sessions (ผู้ว่าฯ พบประชาชน / ผู้ว่าฯ สัญจร): a session and the items raised at it.
// Each item is a local case (channel 'meeting') carrying its meeting link, so it is tracked like any
// other case and carried to the Part 2 follow-up visit. Pure types and rules.

export type MeetingState = 'open' | 'closed' | 'submitted';

export interface Meeting {
  id: string;
  title: string;
  /** Epoch ms. */
  startsAt: number;
  venue: string;
  community: string;
  subdistrict: string;
  chair: string;
  executives: string[];
  part: 1 | 2;
  /** For Part 2: the Part 1 session it follows up. */
  previousId: string | null;
  state: MeetingState;
  /** Case ids of its items, in the order they were raised (kept current when an item becomes a ticket). */
  itemIds: string[];
  createdAt: number;
  closedAt: number | null;
  submittedAt: number | null;
}

export type Urgency = 'normal' | 'urgent';

/** The meeting link on an item's case. */
export interface MeetingLink {
  meetingId: string;
  itemNo: number;
  urgency: Urgency;
  /** The speaker agreed that the central service may contact them (their phone goes with the ticket). */
  speakerConsent: boolean;
}

export const meetingItemRef = (meetingId: string, itemNo: number) => `${meetingId}#${itemNo}`;

/** Items can be edited until the session is submitted. */
export const canEditItems = (m: Pick<Meeting, 'state'>): boolean => m.state !== 'submitted';

export type ItemProblem = 'descriptionRequired' | 'outsideBangkok';

export function checkItem(input: { description: string; lat: number | null; lon: number | null }): ItemProblem[] {
  const problems: ItemProblem[] = [];
  if (!input.description.trim()) problems.push('descriptionRequired');
  if (input.lat !== null && input.lon !== null && (input.lat < 13.4 || input.lat > 14.1 || input.lon < 100.2 || input.lon > 101))
    problems.push('outsideBangkok');
  return problems;
}
