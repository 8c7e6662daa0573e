// The case register as a UTF-8 CSV: the workbook's columns without its title rows, for tools that
// read no .xlsx. Every text field goes through the same safeText as the workbook (formula neutralising).
// Never: reads the register (rows are handed in) or translates (headers come translated).
import type { CaseRecord } from '#domain/case';
import { REGISTER_COLUMNS, REGISTER_COLUMN_KIND, registerRowValues } from '#domain/registerRow';
import { safeText, type RegisterExportOptions } from './registerWorkbook';

const KINDS = REGISTER_COLUMNS.map((c) => REGISTER_COLUMN_KIND[c]);
const WIDTH = REGISTER_COLUMNS.length;
const BANGKOK_MS = 7 * 3600_000;

/** Epoch ms → `YYYY-MM-DD HH:MM` Bangkok time (the CSV's sortable date column). */
export function bangkokDateTimeText(epochMs: number): string {
  return new Date(epochMs + BANGKOK_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The same columns as CSV (header row, then one row per case; no title rows), UTF-8 BOM, CRLF. */
export function buildRegisterCsv(rows: CaseRecord[], opts: RegisterExportOptions): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = REGISTER_COLUMNS.map((c) => csvField(safeText(opts.headers[c]))).join(',');
  for (let i = 0; i < rows.length; i++) {
    const values = registerRowValues(rows[i]!, opts);
    const fields = new Array<string>(WIDTH);
    for (let c = 0; c < WIDTH; c++) {
      const v = values[c];
      if (v == null) fields[c] = '';
      else if (typeof v === 'string') fields[c] = csvField(safeText(v));
      else fields[c] = KINDS[c] === 'date' ? bangkokDateTimeText(v) : String(v);
    }
    lines[i + 1] = fields.join(',');
    if (i % 5000 === 4999) opts.onProgress?.(i + 1, rows.length, 'build');
  }
  opts.onProgress?.(rows.length, rows.length, 'build');
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
