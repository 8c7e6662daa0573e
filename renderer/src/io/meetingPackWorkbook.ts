// Writing a meeting's follow-up pack (domain/meetingPack.ts) as an .xlsx workbook: title lines, a
// blank row, the bold header row frozen below its pane, one row per item. SheetJS lays the sheet out
// (aoa_to_sheet, shared strings); the package is then touched up as the register's is: Sarabun styles
// (registerStyles.ts), the frozen pane (xlsxPackage.freezeRows), bold title and header cells.
// Every text cell goes through safeText (formula triggers neutralised, Excel's cell cap); numbers stay numbers.
// Never: reads the database or translates (the pack comes built in its language).
import * as XLSX from 'xlsx';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { PACK_COLUMNS, PACK_COLUMN_WIDTH, type MeetingPack, type MeetingPackRow } from '#domain/meetingPack';
import { registerStylesXml, XF } from './registerStyles';
import { freezeRows } from './xlsxPackage';
import { safeText } from './registerWorkbook';

const SHEET = 'xl/worksheets/sheet1.xml';
const STYLES = 'xl/styles.xml';

/** One item as cells: the number as a number, text neutralised, empty text as no cell at all. */
function cellsOf(row: MeetingPackRow): Array<string | number | null> {
  return PACK_COLUMNS.map((c) => {
    if (c === 'itemNo') return row.itemNo;
    const text = c === 'photos' ? row.photos.join('\n') : row[c];
    return text === '' ? null : safeText(text);
  });
}

/** Put a cellXfs index on every cell of the given rows (SheetJS CE writes no styles of its own). */
function styleRows(sheetXml: string, styles: ReadonlyMap<number, number>): string {
  return sheetXml.replace(/<c r="([A-Z]+)(\d+)"((?: [a-z]+="[^"]*")*?)( s="\d+")?([ >/])/g, (whole, col: string, row: string, attrs: string, _s, end: string) => {
    const xf = styles.get(Number(row));
    return xf === undefined ? whole : `<c r="${col}${row}"${attrs} s="${xf}"${end}`;
  });
}

function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Follow-up';
}

/** The pack as .xlsx bytes. `sheetTitle` names the sheet and the file's title property. */
export function buildMeetingPackWorkbook(pack: MeetingPack, sheetTitle: string): Uint8Array<ArrayBuffer> {
  const titleRows = pack.titleLines.map((line) => [safeText(line)]);
  const headerRowNo = titleRows.length + 2; // 1-based: title lines, one blank row, the header
  const aoa: Array<Array<string | number | null>> = [
    ...titleRows,
    [],
    PACK_COLUMNS.map((c) => safeText(pack.headers[c])),
    ...pack.rows.map(cellsOf),
  ];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws['!cols'] = PACK_COLUMNS.map((c) => ({ wch: PACK_COLUMN_WIDTH[c] }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName(sheetTitle));
  wb.Props = { Title: sheetTitle };
  const out: unknown = XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: true, compression: false });
  if (!(out instanceof ArrayBuffer)) throw new Error('SheetJS returned no bytes');

  const parts = unzipSync(new Uint8Array(out));
  const sheet = parts[SHEET];
  if (!sheet) throw new Error('xlsx: SheetJS wrote no sheet');
  const styles = new Map<number, number>([[1, XF.title], [headerRowNo, XF.header]]);
  for (let r = 2; r <= titleRows.length; r++) styles.set(r, XF.header);
  parts[SHEET] = strToU8(styleRows(freezeRows(strFromU8(sheet), headerRowNo), styles));
  parts[STYLES] = strToU8(registerStylesXml());
  return new Uint8Array(zipSync(parts, { level: 6 }));
}
