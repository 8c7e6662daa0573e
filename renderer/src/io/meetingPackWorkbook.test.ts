// The follow-up pack workbook read back with openpyxl (Debian python3-openpyxl): 20 item rows, Thai
// text intact, formal BE dates, Sarabun, frozen header, text ticket ids, citizen formulas neutralised;
// and LibreOffice headless (skipped, saying so, where soffice is not installed).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { meetingPackRows, PACK_COLUMNS, type PackDeadline } from '#domain/meetingPack';
import { MEETING_AT, packItems, packMeeting } from '#domain/meetingPack.testFixtures';
import { buildMeetingPackWorkbook } from './meetingPackWorkbook';

const PYTHON = '/usr/bin/python3';
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p));
const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'khet-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const READ_BACK = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
print(json.dumps({
  'sheet': ws.title, 'freeze': ws.freeze_panes, 'maxRow': ws.max_row,
  'title': [ws.cell(row=r, column=1).value for r in range(1, 6)],
  'header': [c.value for c in ws[7]],
  'fonts': [[ws[a].font.name, ws[a].font.b] for a in ('A1', 'A7', 'B8')],
  'widthB': ws.column_dimensions['B'].width,
  'rows': [[{'v': c.value, 't': c.data_type} for c in r] for r in ws.iter_rows(min_row=8)],
}, ensure_ascii=False))
`;

interface ReadBack {
  sheet: string; freeze: string; maxRow: number; title: string[]; header: string[]; fonts: Array<[string, boolean]>; widthB: number;
  rows: Array<Array<{ v: string | number | null; t: string }>>;
}

describe('buildMeetingPackWorkbook', () => {
  it('20 items read back in openpyxl: layout, Thai text, BE dates, text ids, no formulas', () => {
    const deadline: PackDeadline = (c) => ({ dueAt: MEETING_AT + 15 * DAY, overdue: c.id === 'L-2' });
    const pack = meetingPackRows(packMeeting, packItems(20), { 'L-3': '@ติดต่อแล้ว' }, deadline, 'th');
    const file = join(dir, 'pack.xlsx');
    writeFileSync(file, buildMeetingPackWorkbook(pack, packMeeting.title));
    const wb = JSON.parse(execFileSync(PYTHON, ['-c', READ_BACK, file], { encoding: 'utf8' })) as ReadBack;

    expect(wb.sheet).toBe('ผู้ว่าฯ พบประชาชน เขตบางรัก');
    expect(wb.title[1]).toBe('ผู้ว่าฯ พบประชาชน เขตบางรัก');
    expect(wb.title[2]).toBe('วันที่ 4 ธันวาคม 2569 เวลา 09.30 น.');
    expect(wb.header).toEqual(PACK_COLUMNS.map((c) => pack.headers[c]));
    expect(wb.freeze).toBe('A8');
    expect(wb.fonts).toEqual([['Sarabun', true], ['Sarabun', true], ['Sarabun', false]]);
    expect(wb.widthB).toBeGreaterThan(40);
    expect(wb.maxRow).toBe(7 + 20);
    expect(wb.rows).toHaveLength(20);

    const col = (c: (typeof PACK_COLUMNS)[number]) => PACK_COLUMNS.indexOf(c);
    expect(wb.rows.map((r) => r[col('itemNo')])).toEqual(Array.from({ length: 20 }, (_, i) => ({ v: i + 1, t: 'n' })));
    const [r1, r2, r3, r4] = wb.rows;
    // Citizen text starting with a formula trigger comes back as text with the quote; no cell is a formula.
    expect(r1![col('description')]).toEqual({ v: `'=HYPERLINK("http://x","คลิก")`, t: 's' });
    expect(r3![col('latestNote')]!.v).toBe("'@ติดต่อแล้ว");
    expect(r4![col('latestNote')]!.v).toBe("'+ รอผู้รับเหมา");
    expect(wb.rows.flat().every((c) => c.t !== 'f')).toBe(true);
    expect(r1![col('ticket')]).toEqual({ v: '2026-ITEM1', t: 's' });
    expect(r2![col('ticket')]!.v).toBe('ยังไม่ส่ง');
    expect(r2![col('overdue')]!.v).toBe('เกินกำหนด');
    expect(r2![col('photos')]!.v).toBe('https://example.test/p1.jpg');
    expect(r1![col('photos')]!.v).toBeNull(); // no photos: an empty cell, not an empty string
    expect(r2![col('description')]!.v).toBe('ทางเท้าชำรุด หน้าซอย 2');
    expect(r2![col('place')]!.v).toBe('สีลม · หน้าวัด · ชุมชนวัดแก้ว');
    expect(wb.rows.every((r) => r[col('due')]!.v === '19 ธันวาคม 2569')).toBe(true);
  });

  it.skipIf(!SOFFICE)(`converts to CSV in LibreOffice headless${SOFFICE ? '' : ' (SKIPPED: soffice not installed)'}`, () => {
    const pack = meetingPackRows(packMeeting, packItems(20), {}, () => ({ dueAt: MEETING_AT + 15 * DAY, overdue: false }), 'th');
    const file = join(dir, 'lo.xlsx');
    writeFileSync(file, buildMeetingPackWorkbook(pack, packMeeting.title));
    execFileSync(SOFFICE!, [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file,
    ], { timeout: 180_000, stdio: 'pipe' });
    const table = Papa.parse<string[]>(readFileSync(join(dir, 'lo.csv'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: false })
      .data.filter((r) => r.length > 1 || r[0] !== '');
    expect(table[2]?.[0]).toBe('วันที่ 4 ธันวาคม 2569 เวลา 09.30 น.');
    const body = table.slice(table.findIndex((r) => r[0] === 'ลำดับ') + 1);
    expect(body).toHaveLength(20);
    expect(body[0]?.[1]).toBe(`'=HYPERLINK("http://x","คลิก")`);
    expect(body[19]?.slice(0, 2)).toEqual(['20', 'ทางเท้าชำรุด หน้าซอย 20']);
  }, 200_000);
});
