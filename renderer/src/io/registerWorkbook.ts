// Writing the case register as an XLSX workbook (the CSV twin is registerCsv.ts).
// Owns the sheet layout: title row, blank row, bold header row frozen below its pane, autofilter,
// column widths, text/number/date cell types, shared strings for the low-variety columns, Sarabun as
// the workbook font. SheetJS CE writes the small parts (workbook, rels, sheet head and tail) with no
// rows; the case rows are streamed as markup (sheetXml.ts) into fflate (xlsxPackage.ts): at 100,000
// rows SheetJS's own writer took ~14 s on one thread, ~1.1 GB and 93 MB. Every text cell goes through
// neutralizeCell.
// Never: reads the register (rows are handed in) or translates (headers come translated).
import * as XLSX from 'xlsx';
import type { CaseRecord } from '#domain/case';
import { neutralizeCell } from '#domain/cellSafety';
import { formatThaiDate } from '#domain/thaiDate';
import { registerStylesXml, XF } from './registerStyles';
import { SharedStrings, SheetRowWriter, type SheetCell } from './sheetXml';
import { deflateWorkerStarts } from './sheetDeflate';
import { openXlsxSheetStream } from './xlsxPackage';
import {
  REGISTER_COLUMNS, REGISTER_COLUMN_KIND, REGISTER_COLUMN_WIDTH, registerRowValues,
  type RegisterColumn, type RegisterRowOptions,
} from '#domain/registerRow';

export type { RegisterColumn };

/** What an export is doing: building rows (CSV), writing rows (XLSX: markup deflated as it goes), compress (zip finished). */
export type RegisterWritePhase = 'build' | 'write' | 'compress';

export interface RegisterExportOptions extends RegisterRowOptions {
  title: string;
  districtName: string;
  /** Epoch ms the export was made (shown in the title row). */
  generatedAt: number;
  /** Header text per column, already translated by the caller. */
  headers: Record<RegisterColumn, string>;
  onProgress?(done: number, total: number, phase: RegisterWritePhase): void;
}

/** Excel refuses cells longer than this. */
const MAX_CELL_TEXT = 32_767;
const BANGKOK_MS = 7 * 3600_000;
const KINDS = REGISTER_COLUMNS.map((c) => REGISTER_COLUMN_KIND[c]);
const WIDTH = REGISTER_COLUMNS.length;
/** Title, blank, header: data starts on row 4 and the pane freezes rows 1–3. */
const HEAD_ROWS = 3;
/** Rows per chunk of markup handed to the deflater (~3.5 MB of UTF-8); progress is reported per chunk. */
const BATCH_ROWS = 2000;

/** Epoch ms → Excel serial date of the Bangkok wall-clock time. */
export function toExcelSerial(epochMs: number): number {
  return (epochMs + BANGKOK_MS) / 86_400_000 + 25569;
}

/** Text as every writer stores it: formula triggers neutralised, capped at Excel's cell limit. */
export function safeText(text: string): string {
  const s = neutralizeCell(text);
  return s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s;
}

function titleText(opts: RegisterExportOptions): string {
  const when = formatThaiDate(opts.generatedAt, { style: 'formal', withTime: true, lang: opts.lang });
  return [opts.title, opts.districtName, when].filter((s) => s.trim() !== '').join(' — ');
}

function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Register';
}

/** SheetJS's part of the file: every package part, the sheet with its range, columns, merge and filter but no rows. */
function skeleton(rowCount: number, opts: RegisterExportOptions): Uint8Array {
  const last = { r: rowCount + HEAD_ROWS - 1, c: WIDTH - 1 };
  const ws: XLSX.WorkSheet = {
    // SheetJS walks every row of '!ref' while writing; one shared empty row keeps that walk cheap.
    '!data': new Array<XLSX.CellObject[]>(last.r + 1).fill([]),
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: last }),
    '!cols': REGISTER_COLUMNS.map((c) => ({ wch: REGISTER_COLUMN_WIDTH[c] })),
    '!merges': [{ s: { r: 0, c: 0 }, e: { r: 0, c: WIDTH - 1 } }],
    '!autofilter': { ref: XLSX.utils.encode_range({ s: { r: HEAD_ROWS - 1, c: 0 }, e: last }) },
  };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName(opts.title));
  wb.Props = { Title: opts.title };
  // 'array' is an ArrayBuffer in Node, browsers and workers alike; the skeleton is a few kB.
  const out: unknown = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: false });
  if (!(out instanceof ArrayBuffer)) throw new Error('SheetJS returned no bytes');
  return new Uint8Array(out);
}

const DATA_STYLES = KINDS.map((k) => (k === 'date' ? XF.date : XF.normal));
/** Columns with few distinct values go to the shared string table (~15% less XML to deflate). */
const SHARED = new Set<RegisterColumn>(['statusLabel', 'bucket', 'categories', 'subdistrict', 'district', 'organizations', 'units']);
const DATA_SHARED = REGISTER_COLUMNS.map((c) => SHARED.has(c));

/** One case as cells: text neutralised and capped, dates as Excel serials. */
function caseCells(row: CaseRecord, opts: RegisterExportOptions): SheetCell[] {
  const values = registerRowValues(row, opts);
  const cells = new Array<SheetCell>(WIDTH);
  for (let c = 0; c < WIDTH; c++) {
    const v = values[c];
    if (v == null || v === '') cells[c] = null;
    else if (typeof v === 'string' || KINDS[c] === 'text') cells[c] = safeText(String(v));
    else cells[c] = KINDS[c] === 'date' ? toExcelSerial(v) : v;
  }
  return cells;
}

/** An XLSX export in progress: rows go in as they come (in register order), the file comes out at the end. */
export interface RegisterWorkbookWriter {
  /** Write the next rows; resolves once the deflater has room for more. Never call it concurrently. */
  add(rows: readonly CaseRecord[]): Promise<void>;
  /** After exactly `total` rows: close the sheet and the zip. */
  finish(): Promise<Uint8Array<ArrayBuffer>>;
  /** Stop the deflate worker after a failure. */
  abort(): void;
}

/**
 * Start the register .xlsx for `total` cases: title row, blank row, frozen bold header row (autofilter),
 * then one row per case as add() hands them in. Progress counts rows through the deflater: phase
 * 'write' while rows are still coming, 'compress' once finish() closes the file.
 */
export async function openRegisterWorkbook(total: number, opts: RegisterExportOptions): Promise<RegisterWorkbookWriter> {
  let phase: RegisterWritePhase = 'write';
  opts.onProgress?.(0, total, phase);
  const sheet = openXlsxSheetStream(skeleton(total, opts), {
    frozenRows: HEAD_ROWS,
    stylesXml: registerStylesXml(),
    deflateInWorker: await deflateWorkerStarts(),
    onDeflated: (done) => opts.onProgress?.(done, total, phase),
  });
  const sst = new SharedStrings();
  const writer = new SheetRowWriter(WIDTH, { styles: DATA_STYLES, shared: DATA_SHARED, sst });
  const header = REGISTER_COLUMNS.map((c) => safeText(opts.headers[c]));
  let batch = [writer.row(1, [safeText(titleText(opts))], XF.title), writer.row(HEAD_ROWS, header, XF.header)];
  let written = 0;
  const flush = () => {
    sheet.push(batch.join(''), written);
    batch = [];
  };
  return {
    async add(rows) {
      for (const row of rows) {
        if (written === total) throw new Error(`export: more than the ${total} rows announced`);
        batch.push(writer.row(written + HEAD_ROWS + 1, caseCells(row, opts)));
        if (++written % BATCH_ROWS === 0) {
          flush();
          await sheet.room();
        }
      }
    },
    async finish() {
      if (written !== total) throw new Error(`export: ${written} rows written, ${total} announced`);
      flush();
      phase = 'compress';
      const file = await sheet.finish(sst.xml());
      opts.onProgress?.(total, total, phase);
      return file;
    },
    abort: () => sheet.abort(),
  };
}

/** The whole register as .xlsx bytes in one call (see openRegisterWorkbook). */
export async function buildRegisterWorkbook(rows: readonly CaseRecord[], opts: RegisterExportOptions): Promise<Uint8Array<ArrayBuffer>> {
  const book = await openRegisterWorkbook(rows.length, opts);
  try {
    await book.add(rows);
    return await book.finish();
  } catch (err) {
    book.abort();
    throw err;
  }
}
