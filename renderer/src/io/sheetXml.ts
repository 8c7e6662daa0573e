// SpreadsheetML cell and row markup for the register's sheet body, written as plain strings so 100,000
// rows never become SheetJS cell objects. Owns the escaping (XML specials; CR LF as LF; other control
// characters as `_xHHHH_`, a literal `_xHHHH_` guarded as `_x005F_xHHHH_`), the cell shapes (inline
// strings `t="inlineStr"`, numbers bare, styled cells `s="…"`) and the shared string table, used for
// the columns with few distinct values (status, district…) so the sheet XML stays small. Pure.
// Never: neutralises formulas or truncates (the caller hands in finished text), or writes package
// parts other than the shared string table.

/** Text a cell holds: XML specials, control characters and `_xHHHH_` look-alikes escaped. \p{Cc} is a
 * superset of what needs it (it has tab, LF and U+007F–U+009F too, which escapeChar lets through). */
const NEEDS_ESCAPE = /[&<>\p{Cc}\ufffe\uffff]|_x[0-9a-fA-F]{4}_/u;
const ESCAPE_ALL = /[&<>\p{Cc}\ufffe\uffff]|_(?=x[0-9a-fA-F]{4}_)/gu;
/** Text with leading/trailing whitespace or a line break keeps it only with xml:space="preserve". */
const NEEDS_PRESERVE = /^\s|\s$|[\t\n\r]/;
/** One test for the usual case, text that needs neither escaping nor xml:space. */
const PLAIN = /^(?!\s)[^&<>\p{Cc}\ufffe\uffff_]*(?:_(?!x[0-9a-fA-F]{4}_)[^&<>\p{Cc}\ufffe\uffff_]*)*(?<!\s)$/u;

function escapeChar(ch: string): string {
  if (ch === '&') return '&amp;';
  if (ch === '<') return '&lt;';
  if (ch === '>') return '&gt;';
  if (ch === '_') return '_x005F_';
  const code = ch.charCodeAt(0);
  if (ch === '\t' || ch === '\n' || (code >= 0x7f && code < 0xfffe)) return ch;
  return `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** Cell text as XML: CR LF and lone CR become LF (Excel's line break), then the escapes above. */
export function escapeCellText(text: string): string {
  const s = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return NEEDS_ESCAPE.test(s) ? s.replace(ESCAPE_ALL, escapeChar) : s;
}

/** Column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell: text (string), number, or nothing (null: the cell is left out). */
export type SheetCell = string | number | null;

const preserve = (text: string) => (NEEDS_PRESERVE.test(text) ? ' xml:space="preserve"' : '');

/** The workbook's shared string table (xl/sharedStrings.xml): each distinct text once, cells by index. */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.push(text) - 1;
      this.ids.set(text, id);
    }
    return id;
  }

  xml(): string {
    const items = this.texts.map((t) => `<si><t${preserve(t)}>${escapeCellText(t)}</t></si>`).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.texts.length}">${items}</sst>`
    );
  }
}

export interface RowWriterOptions {
  /** cellXfs index per column (0 = default, written without `s`). */
  styles?: readonly number[];
  /** Columns whose text goes to `sst` (few distinct values); other text is written in the cell. */
  shared?: readonly boolean[];
  sst?: SharedStrings;
}

/** Builds `<row>` markup for a fixed column count. */
export class SheetRowWriter {
  private readonly letters: string[];

  constructor(
    width: number,
    private readonly opts: RowWriterOptions = {},
  ) {
    this.letters = Array.from({ length: width }, (_, c) => columnLetters(c));
  }

  /** `<row r="N">…</row>` for 1-based `rowNumber`, '' when every cell is empty; `rowStyle` styles every cell. */
  row(rowNumber: number, cells: readonly SheetCell[], rowStyle?: number): string {
    const { styles = [], shared = [], sst } = this.opts;
    let out = '';
    for (let c = 0; c < cells.length && c < this.letters.length; c++) {
      const v = cells[c];
      if (v == null || v === '') continue;
      const s = rowStyle ?? styles[c] ?? 0;
      const head = `<c r="${this.letters[c]}${rowNumber}"${s === 0 ? '' : ` s="${s}"`}`;
      if (typeof v === 'number') {
        if (Number.isFinite(v)) out += `${head}><v>${v}</v></c>`;
      } else if (sst && shared[c]) {
        out += `${head} t="s"><v>${sst.id(v)}</v></c>`;
      } else if (PLAIN.test(v)) {
        out += `${head} t="inlineStr"><is><t>${v}</t></is></c>`;
      } else {
        out += `${head} t="inlineStr"><is><t${preserve(v)}>${escapeCellText(v)}</t></is></c>`;
      }
    }
    return out === '' ? '' : `<row r="${rowNumber}">${out}</row>`;
  }
}
