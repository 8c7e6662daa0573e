// The .xlsx package around a streamed sheet body: takes the small uncompressed workbook SheetJS wrote
// (every part, the sheet with an empty <sheetData/>), freezes the header pane in the sheet head, swaps
// in the caller's styles.xml, registers the shared string table the row writer fills, and zips it all
// with fflate while the caller pushes row markup in: the sheet is deflated as it comes (in fflate's
// worker where one starts, see sheetDeflate.ts) and is never held whole in memory.
// Never: parses XML (string edits on the small sheet head, content types and workbook rels only),
// or touches any other part SheetJS wrote.
import { Zip, ZipDeflate, unzipSync } from 'fflate';
import { SheetZipDeflate } from './sheetDeflate';

const SHEET = 'xl/worksheets/sheet1.xml';
const STYLES = 'xl/styles.xml';
const TYPES = '[Content_Types].xml';
const WB_RELS = 'xl/_rels/workbook.xml.rels';
const SST = 'xl/sharedStrings.xml';
/** Markup waiting for the deflate worker is capped near this many bytes (backpressure). */
const MAX_QUEUED = 16 << 20;

/** The sheet head with rows 1…frozenRows frozen (pane + selection inside the first <sheetView>). */
export function freezeRows(head: string, frozenRows: number): string {
  const first = `A${frozenRows + 1}`;
  const pane =
    `<pane ySplit="${frozenRows}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${first}" sqref="${first}"/>`;
  const view = /<sheetView\b([^>]*?)\/>/.exec(head);
  if (!view) throw new Error('xlsx: no empty <sheetView/> in the sheet head to freeze');
  return head.replace(view[0], `<sheetView${view[1]}>${pane}</sheetView>`);
}

export interface XlsxSheetStream {
  /** Append row markup (`<row>…</row>`); `rowsDone` counts the data rows written so far. */
  push(rowsXml: string, rowsDone: number): void;
  /** Resolves once the deflater's queue is short again (call between pushes to bound memory). */
  room(): Promise<void>;
  /** Close the sheet, add the shared string table, close the zip; resolves with the whole file. */
  finish(sharedStringsXml: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Stop the deflate worker (after an error). */
  abort(): void;
}

/** Register xl/sharedStrings.xml (its content type and workbook relationship) in SheetJS's small parts. */
export function withSharedStrings(contentTypes: string, workbookRels: string): [string, string] {
  const type = `<Override PartName="/${SST}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`;
  const rel = '<Relationship Id="rIdKhetSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>';
  if (contentTypes.includes(`"/${SST}"`)) throw new Error('xlsx: SheetJS already wrote shared strings');
  if (!contentTypes.includes('</Types>') || !workbookRels.includes('</Relationships>')) throw new Error('xlsx: unexpected package parts');
  return [contentTypes.replace('</Types>', `${type}</Types>`), workbookRels.replace('</Relationships>', `${rel}</Relationships>`)];
}

export interface XlsxStreamOptions {
  frozenRows: number;
  stylesXml: string;
  /** Deflate the sheet in fflate's worker (see deflateWorkerStarts) or, if false, in this thread. */
  deflateInWorker: boolean;
  /** Called as the deflater consumes pushed markup, with the `rowsDone` of the last chunk consumed. */
  onDeflated?(rowsDone: number): void;
}

interface Skeleton {
  /** The sheet up to and including `<sheetData>`, pane frozen; and from `</sheetData>` on. */
  head: string;
  tail: string;
  /** Every other part, with content types, workbook rels and styles already edited. */
  parts: Array<[name: string, data: Uint8Array]>;
}

function readSkeleton(skeleton: Uint8Array, opts: XlsxStreamOptions): Skeleton {
  const files = unzipSync(skeleton);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const sheetXml = decoder.decode(files[SHEET]);
  const cut = sheetXml.indexOf('<sheetData/>');
  if (cut < 0) throw new Error(`xlsx: ${SHEET} with an empty <sheetData/> expected from SheetJS`);
  const [types, rels] = withSharedStrings(decoder.decode(files[TYPES]), decoder.decode(files[WB_RELS]));
  const edited: Record<string, string> = { [TYPES]: types, [WB_RELS]: rels, [STYLES]: opts.stylesXml };
  const names = Object.keys(files).filter((n) => n !== SHEET);
  names.sort((a, b) => Number(b === TYPES) - Number(a === TYPES)); // content types first, as Office writes it
  return {
    head: `${freezeRows(sheetXml.slice(0, cut), opts.frozenRows)}<sheetData>`,
    tail: `</sheetData>${sheetXml.slice(cut + '<sheetData/>'.length)}`,
    parts: names.map((n) => [n, edited[n] === undefined ? files[n]! : encoder.encode(edited[n])]),
  };
}

/** Open the package: `skeleton` is SheetJS output written with `compression: false`. */
export function openXlsxSheetStream(skeleton: Uint8Array, opts: XlsxStreamOptions): XlsxSheetStream {
  const { head, tail, parts } = readSkeleton(skeleton, opts);
  const encoder = new TextEncoder();
  let out: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  let file: Uint8Array<ArrayBuffer> | null = null;
  let wake = () => {};
  const zip = new Zip((err, chunk, final) => {
    if (err) failure = err;
    else out.push(chunk);
    if (final && !err) {
      file = join(out);
      out = [];
    }
    if (failure ?? file) wake();
  });
  const addPart = (name: string, data: Uint8Array) => {
    const part = new ZipDeflate(name, { level: 6 });
    zip.add(part);
    part.push(data, true);
  };
  // The small parts complete at once, so fflate never holds the streamed sheet back behind them.
  for (const [name, data] of parts) addPart(name, data);
  const body = new SheetZipDeflate(SHEET, opts.deflateInWorker);
  zip.add(body);
  const queuedRows: number[] = [];
  body.ondrained = () => {
    const rows = queuedRows.shift();
    if (rows !== undefined) opts.onDeflated?.(rows);
    wake();
  };
  let prefix = head;
  let rowsPushed = 0;
  const send = (xml: string, rowsDone: number, final: boolean) => {
    queuedRows.push((rowsPushed = rowsDone));
    body.push(encoder.encode(prefix + xml), final);
    prefix = '';
  };
  /** Waits (woken by each drain and by the end of the zip) until `ready`; rejects once the zip failed. */
  const waitFor = async (ready: () => boolean) => {
    for (;;) {
      if (failure) throw failure;
      if (ready()) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };

  return {
    push: (xml, rowsDone) => send(xml, rowsDone, false),
    room: () => waitFor(() => body.queuedSize < MAX_QUEUED),
    async finish(sharedStringsXml) {
      send(tail, rowsPushed, true);
      addPart(SST, encoder.encode(sharedStringsXml));
      zip.end();
      await waitFor(() => file !== null);
      if (!file) throw new Error('xlsx: the zip ended without its file');
      return file;
    },
    abort: () => zip.terminate(),
  };
}

function join(chunks: Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  const file = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    file.set(chunk, at);
    at += chunk.length;
  }
  return file;
}
