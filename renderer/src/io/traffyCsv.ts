// CSV reader for Traffy exports: decoded text chunks → papaparse's core Parser → the import pipeline.
// Owns delimiter/newline sniffing, carrying a partial row across chunks, and physical line numbers.
// Never: stores records or touches the DOM (it runs in a worker); never holds more than one read chunk
// plus one partial row of text, so 100,000-row files stream through in bounded memory.
//
// Why Papa.Parser driven by our own loop instead of Papa.parse(file, { step, pause/resume }): the same
// code then runs on strings and Blobs in a worker, a page and Node (Papa's FileStreamer needs
// FileReader, absent in Node), awaiting onChunk is plain back-pressure (no pause-inside-step re-entry),
// and we keep the text of each chunk, so a row's physical line number is exact.
import Papa from 'papaparse';
import { textChunks, DEFAULT_CHUNK } from './textChunks';
import { createImportPipeline, type ImportOptions, type ImportSummary } from './importPipeline';

type Newline = '\n' | '\r' | '\r\n';
interface CoreResult {
  data: string[][];
  errors: Array<{ code?: string; row?: number }>;
  meta: { cursor: number };
}

/** A row larger than this is a broken quote, not data: stop carrying it so the reader stays linear. */
const MAX_CARRY = 32 * 1024 * 1024;

function guessNewline(text: string, final: boolean): Newline | null {
  const m = /\r\n|\n|\r/.exec(text);
  if (!m) return null;
  // A lone CR at the very end of a chunk may be the first half of CRLF: decide with the next chunk.
  if (m[0] === '\r' && m.index === text.length - 1 && !final) return null;
  return m[0] as Newline;
}

/** The delimiter used most on any of the first lines (a title line above the header may have none). */
function guessDelimiter(head: string): string {
  let best = ',';
  let bestCount = 0;
  for (const line of head.slice(0, 65_536).split(/\r\n|\n|\r/, 10)) {
    for (const d of [',', '\t', ';', '|']) {
      const count = line.split(d).length - 1;
      if (count > bestCount) {
        best = d;
        bestCount = count;
      }
    }
  }
  return best;
}

function newlinesIn(cells: readonly string[], ch: string): number {
  let n = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf(ch); i !== -1; i = cell.indexOf(ch, i + 1)) n++;
  }
  return n;
}

/** Rows the parser complained about (quotes), by row index within this parse. */
function rowErrors(errors: CoreResult['errors'], rows: number): Map<number, string> {
  const bad = new Map<number, string>();
  for (const e of errors) if (e.row !== undefined && e.row < rows) bad.set(e.row, e.code ?? 'parse-error');
  return bad;
}

export interface CsvImportOptions extends ImportOptions {
  /** Bytes (Blob) or characters (string) decoded per read; tests use small values. */
  readChunk?: number;
}

/**
 * Import a Traffy CSV export (UTF-8 with or without BOM; UTF-16 or windows-874 when so encoded).
 * Rejects with ImportFileError when the file is empty or its header is not a Traffy export.
 * Rejected rows carry the physical file line where they start (header = line 1).
 */
export async function parseTraffyCsv(input: string | Blob, opts: CsvImportOptions): Promise<ImportSummary> {
  const pipeline = createImportPipeline(opts);
  let parser: Papa.Parser | null = null;
  let lineChar = '\n';
  let carry = '';
  let line = 1;
  for await (const piece of textChunks(input, opts.readChunk ?? DEFAULT_CHUNK)) {
    const giveUpCarry = carry.length > MAX_CARRY;
    const text = carry + piece.text;
    if (!parser) {
      const newline = guessNewline(text, piece.final);
      if (!newline && !piece.final) {
        carry = text;
        continue;
      }
      parser = new Papa.Parser({ delimiter: guessDelimiter(text), newline: newline ?? '\n', quoteChar: '"' });
      lineChar = newline === '\r' ? '\r' : '\n';
    }
    const last = piece.final || giveUpCarry;
    const result = parser.parse(text, 0, !last) as CoreResult;
    carry = last ? '' : text.slice(result.meta.cursor);
    const bad = rowErrors(result.errors, result.data.length);
    for (let i = 0; i < result.data.length; i++) {
      const cells = result.data[i] ?? [];
      const start = line;
      line += 1 + newlinesIn(cells, lineChar);
      const pending = pipeline.push(cells, start, bad.get(i));
      if (pending) await pending;
    }
    opts.onProgress?.(piece.done, piece.total);
  }
  return pipeline.finish();
}
