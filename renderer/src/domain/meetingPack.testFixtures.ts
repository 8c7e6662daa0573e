// Test fixtures for the meeting pack: a Part 1 session on 4 December 2026 (BE 2569) and its items.
import { newCaseFromRemote, type CaseRecord } from './case';
import type { Meeting } from './meeting';

/** 09:30 Bangkok, 4 December 2026. */
export const MEETING_AT = Date.UTC(2026, 11, 4, 2, 30);
const DAY = 86_400_000;

export const packMeeting: Meeting = {
  id: 'M-1', title: 'ผู้ว่าฯ พบประชาชน เขตบางรัก', startsAt: MEETING_AT, venue: 'ศาลาประชาคม', community: 'ชุมชนวัดแก้ว',
  subdistrict: 'สีลม', chair: 'ผู้อำนวยการเขตบางรัก', executives: [], part: 1, previousId: null, state: 'submitted',
  itemIds: [], createdAt: MEETING_AT, closedAt: null, submittedAt: null,
};

export function packItems(count: number): CaseRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    ...newCaseFromRemote(`L-${i + 1}`, {
      ticketId: i % 2 === 0 ? `2026-ITEM${i + 1}` : null,
      source: 'local', categories: ['ถนน', 'ทางเท้า'], description: i === 0 ? '=HYPERLINK("http://x","คลิก")' : `ทางเท้าชำรุด หน้าซอย ${i + 1}`,
      organizations: ['สำนักงานเขตบางรัก'], photos: i === 1 ? ['https://example.test/p1.jpg'] : [], photosAfter: [],
      lat: null, lon: null, address: `หน้าวัด · ชุมชนวัดแก้ว`, subdistrict: 'สีลม', district: '', province: 'กรุงเทพมหานคร',
      createdAt: MEETING_AT + i * DAY, lastActivityAt: MEETING_AT, statusLabel: 'กำลังดำเนินการ', bucket: 'inprogress', star: null, countReopen: 0,
    }),
    units: i === 2 ? ['ฝ่ายโยธา'] : [],
    localNote: i === 3 ? '+ รอผู้รับเหมา' : '',
    channel: 'meeting' as const,
    meeting: { meetingId: 'M-1', itemNo: i + 1, urgency: 'normal' as const, speakerConsent: false },
  }));
}
