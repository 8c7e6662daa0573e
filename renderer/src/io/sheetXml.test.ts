// The sheet markup writer on its own: escaping, cell shapes, the shared string table.
import { describe, expect, it } from 'vitest';
import { columnLetters, escapeCellText, SharedStrings, SheetRowWriter } from './sheetXml';

describe('escapeCellText', () => {
  it('leaves ordinary Thai text alone and escapes XML specials', () => {
    expect(escapeCellText('ถนนพัง "มาก" \'จริง\'')).toBe('ถนนพัง "มาก" \'จริง\'');
    expect(escapeCellText('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
  });

  it('turns CR LF and lone CR into LF, other control characters into _xHHHH_, and guards _xHHHH_ text', () => {
    expect(escapeCellText('one\r\ntwo\rthree\tfour')).toBe('one\ntwo\nthree\tfour');
    expect(escapeCellText('bell\u0007 nul\u0000 \uffff')).toBe('bell_x0007_ nul_x0000_ _xFFFF_');
    expect(escapeCellText('_x0041_ and _x12_')).toBe('_x005F_x0041_ and _x12_');
    expect(escapeCellText('del\u007f nel\u0085 & tab\t')).toBe('del\u007f nel\u0085 &amp; tab\t'); // legal in XML 1.0
  });
});

describe('columnLetters', () => {
  it('counts A…Z, AA…', () => {
    expect([0, 17, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'R', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('SheetRowWriter', () => {
  it('writes inline text, bare numbers and styles; skips empty, null and non-finite cells', () => {
    const w = new SheetRowWriter(5, { styles: [0, 0, 1, 0, 0] });
    expect(w.row(4, ['2023-AB', null, 45058.5, Number.NaN, ' x\n'])).toBe(
      '<row r="4"><c r="A4" t="inlineStr"><is><t>2023-AB</t></is></c><c r="C4" s="1"><v>45058.5</v></c>' +
        '<c r="E4" t="inlineStr"><is><t xml:space="preserve"> x\n</t></is></c></row>',
    );
    expect(w.row(5, [null, '', Number.POSITIVE_INFINITY])).toBe('');
    expect(w.row(1, ['หัวเรื่อง'], 3)).toBe('<row r="1"><c r="A1" s="3" t="inlineStr"><is><t>หัวเรื่อง</t></is></c></row>');
  });

  it('puts shared columns in the string table, once per distinct text', () => {
    const sst = new SharedStrings();
    const w = new SheetRowWriter(2, { shared: [false, true], sst });
    expect(w.row(2, ['a', 'บางรัก'])).toBe('<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2" t="s"><v>0</v></c></row>');
    expect(w.row(3, ['b', ' & '])).toContain('<c r="B3" t="s"><v>1</v></c>');
    expect(w.row(4, ['c', 'บางรัก'])).toContain('<c r="B4" t="s"><v>0</v></c>');
    expect(sst.xml()).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="2">' +
        '<si><t>บางรัก</t></si><si><t xml:space="preserve"> &amp; </t></si></sst>',
    );
  });
});
