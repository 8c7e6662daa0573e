// Reading a text file piece by piece: a string or a Blob/File becomes a sequence of decoded string
// chunks, with the encoding sniffed from the first bytes. Works the same in a worker, a page and Node.
// Never: parses CSV, holds more than one chunk of the file, or drops a byte-order mark into the text.

export interface TextChunk {
  text: string;
  /** Bytes (Blob) or characters (string) consumed so far, and the total, for progress. */
  done: number;
  total: number;
  final: boolean;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

/**
 * The encoding of a text file from its first bytes: a BOM decides; otherwise bytes that are not valid
 * UTF-8 mean a Thai legacy code page (Excel "CSV" on Thai Windows saves windows-874 / TIS-620).
 */
export function sniffEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-874';
  }
}

export const DEFAULT_CHUNK = 4 * 1024 * 1024;

export async function* textChunks(input: string | Blob, chunk = DEFAULT_CHUNK): AsyncGenerator<TextChunk> {
  if (typeof input === 'string') {
    const total = input.length;
    let start = input.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (start >= total) yield { text: '', done: total, total, final: true };
    while (start < total) {
      let end = Math.min(total, start + chunk);
      // Keep surrogate pairs whole.
      if (end < total && input.charCodeAt(end - 1) >= 0xd800 && input.charCodeAt(end - 1) <= 0xdbff) end++;
      yield { text: input.slice(start, end), done: end, total, final: end >= total };
      start = end;
    }
    return;
  }
  const total = input.size;
  let decoder: TextDecoder | null = null;
  let offset = 0;
  if (total === 0) yield { text: '', done: 0, total, final: true };
  while (offset < total) {
    const end = Math.min(total, offset + chunk);
    const bytes = new Uint8Array(await input.slice(offset, end).arrayBuffer());
    decoder ??= new TextDecoder(sniffEncoding(bytes.subarray(0, 64 * 1024)));
    const final = end >= total;
    // The decoder strips a leading BOM itself and keeps multi-byte characters split across slices whole.
    const text = decoder.decode(bytes, { stream: !final });
    yield { text, done: end, total, final };
    offset = end;
  }
}
