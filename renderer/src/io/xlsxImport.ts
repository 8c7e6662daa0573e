// XLSX/XLS/ODS reader for Traffy exports saved or kept as workbooks: first sheet, dense mode, each row
// turned into the same text cells a CSV gives, then the shared import pipeline.
// Owns how a spreadsheet cell becomes text: date cells → Bangkok wall-clock text, numbers exactly,
// zero-padded ids as displayed. Never: writes workbooks, looks at sheets other than the first.
import * as XLSX from 'xlsx';
import { createImportPipeline, ImportFileError, type ImportOptions, type ImportSummary } from './importPipeline';

// The SheetJS CE typings declare SSF as `any`; these are the two functions used here.
const ssf = XLSX.SSF as { is_date(format: string): boolean; format(format: string, value: number): string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An Excel serial date (wall clock, no zone) as `YYYY-MM-DD HH:MM:SS`, read later as Bangkok time. */
export function excelSerialToText(serial: number, date1904 = false): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000);
  const d = new Date(ms);
  const ms3 = d.getUTCMilliseconds();
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${ms3 ? `.${pad(ms3, 3)}` : ''}`
  );
}

function cellText(cell: XLSX.CellObject | undefined, date1904: boolean): string {
  if (!cell || cell.v == null) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'n': {
      const value = cell.v as number;
      const format = typeof cell.z === 'string' ? cell.z : '';
      if (format && ssf.is_date(format)) return excelSerialToText(value, date1904);
      // `000000`-style formats keep the leading zeros of numeric 1555 ids as shown in Excel.
      if (/^0+$/.test(format)) return ssf.format(format, value);
      return String(value);
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'd':
      return cell.v instanceof Date ? excelSerialToText(cell.v.getTime() / 86_400_000 + 25569) : String(cell.v);
    default:
      return '';
  }
}

/** Import the first sheet of a workbook; rejected rows carry their sheet row number (1-based). */
export async function parseTraffyWorkbook(bytes: Uint8Array, opts: ImportOptions): Promise<ImportSummary> {
  const wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: false, cellDates: false });
  const name = wb.SheetNames[0];
  const sheet = name === undefined ? undefined : wb.Sheets[name];
  if (!sheet) throw new ImportFileError({ code: 'empty-file' });
  const pipeline = createImportPipeline(opts);
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const data = sheet['!data'] ?? [];
  const ref = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']) : null;
  const width = ref ? ref.e.c + 1 : 0;
  const total = data.length;
  for (let r = 0; r < total; r++) {
    const row = data[r];
    if (!row) continue;
    const cells = new Array<string>(Math.max(width, row.length));
    for (let c = 0; c < cells.length; c++) cells[c] = cellText(row[c], date1904);
    const pending = pipeline.push(cells, r + 1);
    if (pending) await pending;
    if (r % 2000 === 1999) opts.onProgress?.(r + 1, total);
  }
  opts.onProgress?.(total, total);
  return pipeline.finish();
}
