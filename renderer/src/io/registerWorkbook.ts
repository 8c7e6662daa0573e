// Writing the case register as an XLSX workbook (SheetJS CE, dense mode) or a UTF-8 CSV.
// Owns the sheet layout: title row, blank row, header row (frozen pane not possible, see below),
// autofilter, column widths, text/number/date cell types. Every text cell goes through neutralizeCell.
// Never: reads the register (rows are handed in), translates (headers come translated), or styles cells:
// SheetJS CE writes no fonts, fills or frozen panes (its sheetView writer has no <pane>), so the
// Sarabun/Tahoma look and a frozen header need another writer or a post-processing step.
import * as XLSX from 'xlsx';
import type { CaseRecord } from '#domain/case';
import { neutralizeCell } from '#domain/cellSafety';
import { formatThaiDate } from '#domain/thaiDate';
import {
  REGISTER_COLUMNS, REGISTER_COLUMN_KIND, REGISTER_COLUMN_WIDTH, registerRowValues,
  type RegisterColumn, type RegisterRowOptions,
} from '#domain/registerRow';

export type { RegisterColumn };

export interface RegisterExportOptions extends RegisterRowOptions {
  title: string;
  districtName: string;
  /** Epoch ms the export was made (shown in the title row). */
  generatedAt: number;
  /** Header text per column, already translated by the caller. */
  headers: Record<RegisterColumn, string>;
  onProgress?(done: number, total: number): void;
}

/** Excel refuses cells longer than this. */
const MAX_CELL_TEXT = 32_767;
/** Real date cells carry Bangkok wall-clock time; the text columns beside them carry the BE display. */
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
const BANGKOK_MS = 7 * 3600_000;
const KINDS = REGISTER_COLUMNS.map((c) => REGISTER_COLUMN_KIND[c]);
const WIDTH = REGISTER_COLUMNS.length;

/** Epoch ms → Excel serial date of the Bangkok wall-clock time. */
export function toExcelSerial(epochMs: number): number {
  return (epochMs + BANGKOK_MS) / 86_400_000 + 25569;
}

/** Epoch ms → `YYYY-MM-DD HH:MM` Bangkok time (the CSV's sortable date column). */
export function bangkokDateTimeText(epochMs: number): string {
  return new Date(epochMs + BANGKOK_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function safeText(text: string): string {
  const s = neutralizeCell(text);
  return s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s;
}

const textCell = (text: string): XLSX.CellObject => ({ t: 's', v: safeText(text) });

function titleText(opts: RegisterExportOptions): string {
  const when = formatThaiDate(opts.generatedAt, { style: 'formal', withTime: true, lang: opts.lang });
  return [opts.title, opts.districtName, when].filter((s) => s.trim() !== '').join(' — ');
}

function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Register';
}

/** The register as .xlsx bytes: title row, blank row, header row (autofilter), one row per case. */
export function buildRegisterWorkbook(rows: CaseRecord[], opts: RegisterExportOptions): Uint8Array<ArrayBuffer> {
  const data = new Array<Array<XLSX.CellObject | undefined>>(rows.length + 3);
  data[0] = [textCell(titleText(opts))];
  data[1] = [];
  data[2] = REGISTER_COLUMNS.map((c) => textCell(opts.headers[c]));
  for (let i = 0; i < rows.length; i++) {
    const values = registerRowValues(rows[i]!, opts);
    const cells = new Array<XLSX.CellObject | undefined>(WIDTH);
    for (let c = 0; c < WIDTH; c++) {
      const v = values[c];
      if (v == null || v === '') continue;
      const kind = KINDS[c];
      if (kind === 'text') cells[c] = textCell(String(v));
      else if (typeof v !== 'number') cells[c] = textCell(v);
      else cells[c] = kind === 'date' ? { t: 'n', v: toExcelSerial(v), z: DATE_FORMAT } : { t: 'n', v };
    }
    data[i + 3] = cells;
    if (i % 5000 === 4999) opts.onProgress?.(i + 1, rows.length);
  }
  const last = { r: rows.length + 2, c: WIDTH - 1 };
  const ws: XLSX.WorkSheet = {
    '!data': data as XLSX.CellObject[][],
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: last }),
    '!cols': REGISTER_COLUMNS.map((c) => ({ wch: REGISTER_COLUMN_WIDTH[c] })),
    '!merges': [{ s: { r: 0, c: 0 }, e: { r: 0, c: WIDTH - 1 } }],
    '!autofilter': { ref: XLSX.utils.encode_range({ s: { r: 2, c: 0 }, e: last }) },
  };
  opts.onProgress?.(rows.length, rows.length); // all rows built; SheetJS now writes without progress
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName(opts.title));
  wb.Props = { Title: opts.title };
  // type 'buffer' yields a Node Buffer or, in browsers/workers, a Uint8Array straight from the zip writer;
  // type 'array' would round-trip the whole file through a binary string (several seconds at 100k rows).
  const out: unknown = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('SheetJS returned no bytes');
  return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
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
    if (i % 5000 === 4999) opts.onProgress?.(i + 1, rows.length);
  }
  opts.onProgress?.(rows.length, rows.length);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
