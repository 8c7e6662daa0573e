import { describe, expect, it } from 'vitest';
import { latestNoteOf, meetingPackRows, PACK_COLUMNS, type PackDeadline } from './meetingPack';
import { MEETING_AT, packItems, packMeeting } from './meetingPack.testFixtures';

const DAY = 86_400_000;
const deadline: PackDeadline = (c) => (c.id === 'L-5' ? null : { dueAt: MEETING_AT + 15 * DAY, overdue: c.id === 'L-2' });

describe('meetingPackRows', () => {
  const items = packItems(20);
  const pack = meetingPackRows(packMeeting, items, { 'L-1': 'ออกสำรวจแล้ว' }, deadline, 'th');

  it('title lines: name, formal BE date, venue/community/แขวง, chair', () => {
    expect(pack.titleLines).toEqual([
      'รายงานติดตามผลการดำเนินการเรื่องร้องเรียนจากการประชุม',
      'ผู้ว่าฯ พบประชาชน เขตบางรัก',
      'วันที่ 4 ธันวาคม 2569 เวลา 09.30 น.',
      'สถานที่ ศาลาประชาคม ชุมชน ชุมชนวัดแก้ว แขวง สีลม',
      'ประธาน ผู้อำนวยการเขตบางรัก',
    ]);
  });

  it('one row per item, in item order, every column filled as written', () => {
    expect(pack.rows).toHaveLength(20);
    expect(pack.rows.map((r) => r.itemNo)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(Object.keys(pack.headers)).toEqual([...PACK_COLUMNS]);
    const [r1, r2, r3, r4, r5] = pack.rows;
    expect(r1).toMatchObject({
      description: '=HYPERLINK("http://x","คลิก")', // neutralised by the writer, not here
      place: 'สีลม · หน้าวัด · ชุมชนวัดแก้ว',
      category: 'ถนน, ทางเท้า',
      ticket: '2026-ITEM1',
      status: 'กำลังดำเนินการ',
      units: 'สำนักงานเขตบางรัก',
      due: '19 ธันวาคม 2569',
      overdue: 'ไม่เกินกำหนด',
      latestNote: 'ออกสำรวจแล้ว',
      photos: [],
    });
    expect(r2).toMatchObject({ ticket: 'ยังไม่ส่ง', overdue: 'เกินกำหนด', photos: ['https://example.test/p1.jpg'] });
    expect(r3!.units).toBe('ฝ่ายโยธา');
    expect(r4!.latestNote).toBe('+ รอผู้รับเหมา');
    expect(r5).toMatchObject({ due: '—', overdue: '—' });
  });

  it('English: Gregorian dates, English labels', () => {
    const en = meetingPackRows(packMeeting, items.slice(0, 2), {}, deadline, 'en');
    expect(en.titleLines[2]).toBe('Date: 4 December 2026 09:30');
    expect(en.rows[1]).toMatchObject({ ticket: 'Not sent yet', overdue: 'Overdue', due: '19 December 2026' });
  });

  it('an empty meeting gives the title and no rows', () => {
    expect(meetingPackRows({ ...packMeeting, chair: '', venue: '' }, [], {}, deadline, 'th')).toMatchObject({ rows: [] });
  });
});

describe('latestNoteOf', () => {
  it('newest timeline note, else the local note', () => {
    expect(latestNoteOf({ localNote: 'บันทึก', description: 'ไฟดับ' }, [{ note: ' ' }, { note: 'ซ่อมแล้ว' }, { note: 'เก่า' }])).toBe('ซ่อมแล้ว');
    expect(latestNoteOf({ localNote: ' บันทึก ', description: 'ไฟดับ' }, [{ note: '' }])).toBe('บันทึก');
    // The item's own text (its creation entries) is not a progress note.
    expect(latestNoteOf({ localNote: '', description: 'ไฟดับ' }, [{ note: 'ไฟดับ' }])).toBe('');
  });
});
