// The package step on a small SheetJS skeleton: pane, styles and shared strings edited in, rows streamed
// through fflate's deflate worker, and the result read back by SheetJS.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { SharedStrings, SheetRowWriter } from './sheetXml';
import { deflateWorkerStarts } from './sheetDeflate';
import { freezeRows, openXlsxSheetStream, withSharedStrings } from './xlsxPackage';

const STYLES = '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

function skeleton(rows: number, data?: XLSX.CellObject[][]): Uint8Array {
  const ws: XLSX.WorkSheet = { '!data': data ?? new Array<XLSX.CellObject[]>(rows).fill([]), '!ref': `A1:B${rows}` };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'S');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer);
}

describe('freezeRows / withSharedStrings', () => {
  it('puts a frozen pane below the header into the empty sheetView', () => {
    expect(freezeRows('<dimension ref="A1:B9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>', 3)).toBe(
      '<dimension ref="A1:B9"/><sheetViews><sheetView workbookViewId="0">' +
        '<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A4" sqref="A4"/></sheetView></sheetViews>',
    );
    expect(() => freezeRows('<sheetViews/>', 3)).toThrow(/sheetView/);
  });

  it('registers the shared string part once', () => {
    const [types, rels] = withSharedStrings('<Types></Types>', '<Relationships></Relationships>');
    expect(types).toContain('<Override PartName="/xl/sharedStrings.xml"');
    expect(rels).toContain('Target="sharedStrings.xml"');
    expect(() => withSharedStrings(types, rels)).toThrow(/already/);
  });
});

describe('openXlsxSheetStream', () => {
  it('finds that fflate\'s deflate worker starts here', async () => {
    expect(await deflateWorkerStarts()).toBe(true);
  });

  it.each([true, false])('streams rows into a workbook SheetJS reads back (deflate in a worker: %s)', async (deflateInWorker) => {
    const deflated: number[] = [];
    const sheet = openXlsxSheetStream(skeleton(2001), { frozenRows: 1, stylesXml: STYLES, deflateInWorker, onDeflated: (n) => deflated.push(n) });
    const sst = new SharedStrings();
    const writer = new SheetRowWriter(2, { shared: [false, true], sst });
    let xml = writer.row(1, ['ชื่อ', 'เขต']);
    for (let r = 1; r <= 2000; r++) {
      xml += writer.row(r + 1, [`เรื่อง ${r} & <${r}>`, r % 2 ? 'บางรัก' : 'ปทุมวัน']);
      if (r % 500 === 0) {
        sheet.push(xml, r);
        xml = '';
        await sheet.room();
      }
    }
    const bytes = await sheet.finish(sst.xml());
    // In a worker, the drain of the final chunk may or may not be heard before fflate ends the worker.
    expect(deflated.slice(0, 4)).toEqual([500, 1000, 1500, 2000]);
    expect(deflated.length).toBeLessThanOrEqual(5);

    const parts = unzipSync(bytes);
    expect(strFromU8(parts['xl/styles.xml']!)).toBe(STYLES);
    expect(strFromU8(parts['xl/worksheets/sheet1.xml']!)).toContain('<pane ySplit="1" topLeftCell="A2"');
    const wb = XLSX.read(bytes, { dense: true });
    const data = wb.Sheets.S!['!data']!;
    expect(data).toHaveLength(2001);
    expect(data[0]?.map((c) => c.v)).toEqual(['ชื่อ', 'เขต']);
    expect(data[2000]?.map((c) => c.v)).toEqual(['เรื่อง 2000 & <2000>', 'ปทุมวัน']);
    expect(data[1]?.[1]).toMatchObject({ t: 's', v: 'บางรัก' });
  });

  it('refuses a skeleton whose sheet already has rows', () => {
    const withRows = skeleton(1, [[{ t: 's', v: 'x' }]]);
    expect(() => openXlsxSheetStream(withRows, { frozenRows: 1, stylesXml: STYLES, deflateInWorker: true })).toThrow(/empty <sheetData\/>/);
  });

  it('can be aborted after rows were pushed', () => {
    const sheet = openXlsxSheetStream(skeleton(3), { frozenRows: 1, stylesXml: STYLES, deflateInWorker: true });
    sheet.push('<row r="1"><c r="A1"><v>1</v></c></row>', 1);
    expect(() => sheet.abort()).not.toThrow();
  });
});
