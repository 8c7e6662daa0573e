// The Part 2 follow-up pack of a citizen-meeting session: title lines and one row per item (current
// status, units, deadline, latest note, photos), in formal Thai (BE dates, full month names) or
// English. Shared by the .xlsx writer (io/meetingPackWorkbook.ts) and the printable A4 view. Pure.
// Never: neutralises cell text (the spreadsheet writer does, so the print view shows the words as
// written), reads the database, or computes deadlines itself (the caller hands a deadline function in).
import type { CaseRecord } from './case';
import type { Meeting } from './meeting';
import { formatThaiDate } from './thaiDate';

export type PackLang = 'th' | 'en';

export const PACK_COLUMNS = [
  'itemNo',
  'description',
  'place',
  'category',
  'ticket',
  'status',
  'units',
  'due',
  'overdue',
  'latestNote',
  'photos',
] as const;
export type PackColumn = (typeof PACK_COLUMNS)[number];

/** Suggested column widths in characters (spreadsheet). */
export const PACK_COLUMN_WIDTH: Record<PackColumn, number> = {
  itemNo: 8,
  description: 50,
  place: 30,
  category: 18,
  ticket: 16,
  status: 16,
  units: 24,
  due: 20,
  overdue: 12,
  latestNote: 45,
  photos: 40,
};

export interface MeetingPackRow {
  itemNo: number;
  description: string;
  place: string;
  category: string;
  ticket: string;
  status: string;
  units: string;
  due: string;
  overdue: string;
  latestNote: string;
  /** Photo links, before then after. */
  photos: string[];
}

export interface MeetingPack {
  /** Heading, meeting name, date, place, chair (empty lines left out). */
  titleLines: string[];
  headers: Record<PackColumn, string>;
  rows: MeetingPackRow[];
}

export type PackDeadline = (c: CaseRecord) => { dueAt: number; overdue: boolean } | null;

/** The document's own words: formal text, not UI labels. */
const TEXT = {
  th: {
    heading: 'รายงานติดตามผลการดำเนินการเรื่องร้องเรียนจากการประชุม',
    date: 'วันที่',
    venue: 'สถานที่',
    community: 'ชุมชน',
    subdistrict: 'แขวง',
    chair: 'ประธาน',
    notSent: 'ยังไม่ส่ง',
    yes: 'เกินกำหนด',
    no: 'ไม่เกินกำหนด',
    none: '—',
    headers: {
      itemNo: 'ลำดับ',
      description: 'เรื่อง',
      place: 'แขวง/จุดสังเกต',
      category: 'ประเภท',
      ticket: 'เลขเรื่อง',
      status: 'สถานะปัจจุบัน',
      units: 'หน่วยงานรับผิดชอบ',
      due: 'กำหนดแล้วเสร็จ',
      overdue: 'เกินกำหนด',
      latestNote: 'ความคืบหน้าล่าสุด',
      photos: 'รูปภาพ',
    },
  },
  en: {
    heading: 'Follow-up report on the items raised at the meeting',
    date: 'Date',
    venue: 'Venue',
    community: 'Community',
    subdistrict: 'Subdistrict',
    chair: 'Chair',
    notSent: 'Not sent yet',
    yes: 'Overdue',
    no: 'On time',
    none: '—',
    headers: {
      itemNo: 'No.',
      description: 'Item',
      place: 'Subdistrict/landmark',
      category: 'Category',
      ticket: 'Ticket',
      status: 'Current status',
      units: 'Responsible units',
      due: 'Due',
      overdue: 'Overdue',
      latestNote: 'Latest progress',
      photos: 'Photos',
    },
  },
} as const satisfies Record<PackLang, unknown>;

const joinNonEmpty = (parts: readonly string[], sep: string) =>
  parts
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(sep);

/** `label value` with the label left out when the value is empty. */
const labelled = (label: string, value: string, lang: PackLang) =>
  value.trim() ? `${label}${lang === 'en' ? ': ' : ' '}${value.trim()}` : '';

export function meetingPackRows(
  meeting: Meeting,
  items: readonly CaseRecord[],
  latestNotes: Readonly<Record<string, string>>,
  deadline: PackDeadline,
  lang: PackLang,
): MeetingPack {
  const tx = TEXT[lang];
  const formal = (t: number, withTime = false) => formatThaiDate(t, { style: 'formal', withTime, lang });
  const titleLines = [
    tx.heading,
    meeting.title.trim(),
    labelled(tx.date, formal(meeting.startsAt, true), lang),
    joinNonEmpty(
      [
        labelled(tx.venue, meeting.venue, lang),
        labelled(tx.community, meeting.community, lang),
        labelled(tx.subdistrict, meeting.subdistrict, lang),
      ],
      lang === 'en' ? ', ' : ' ',
    ),
    labelled(tx.chair, meeting.chair, lang),
  ].filter((s) => s !== '');

  const rows = items.map((c, i): MeetingPackRow => {
    const d = deadline(c);
    const units = c.units.length > 0 ? c.units : c.organizations;
    return {
      itemNo: c.meeting?.itemNo ?? i + 1,
      description: c.description,
      place: joinNonEmpty([c.subdistrict, c.address], ' · '),
      category: joinNonEmpty(c.categories, ', '),
      ticket: c.ticketId ?? tx.notSent,
      status: c.statusLabel,
      units: joinNonEmpty(units, ', '),
      due: d ? formal(d.dueAt) : tx.none,
      overdue: d ? (d.overdue ? tx.yes : tx.no) : tx.none,
      latestNote: (latestNotes[c.id] ?? c.localNote).trim(),
      photos: [...c.photos, ...c.photosAfter].filter((p) => p.trim() !== ''),
    };
  });
  return { titleLines, headers: { ...tx.headers }, rows };
}

/** The newest note of a case: the newest timeline entry with a note (events newest first), else its local note. */
export function latestNoteOf(c: Pick<CaseRecord, 'localNote' | 'description'>, timelineNewestFirst: readonly { note: string }[]): string {
  // The item's own text (the local "sent as a new ticket" entry, the central creation entry) is not progress.
  const progress = timelineNewestFirst.find((e) => e.note.trim() !== '' && e.note.trim() !== c.description.trim());
  return progress?.note.trim() ?? c.localNote.trim();
}
