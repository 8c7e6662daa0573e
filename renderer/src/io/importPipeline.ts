// The import pipeline shared by the CSV and XLSX readers: find the header row → map columns →
// normalise each row → give it a register id → de-duplicate within the file → hand chunks to the caller →
// summarise. Owns ImportSummary and the id rule for id-less rows.
// Never: decodes bytes (the readers do), stores anything (the caller's data layer does) or keeps the
// whole file's records in memory: only ids, their last activity and bucket are remembered.
import { BUCKETS, type StatusBucket } from '#domain/status';
import { newCaseFromRemote, type CaseRecord } from '#domain/case';
import { normalizeTraffyRow, type RejectReason } from '#domain/traffyRow';
import { detectColumns, uniqueHeaders, type ColumnMap, type NotTraffyError, type TraffyFormat } from './columns';

export type ImportedCase = CaseRecord;

export interface ImportOptions {
  /** Progress in the reader's unit: bytes (Blob), characters (string) or sheet rows (XLSX). */
  onProgress?(done: number, total: number): void;
  /**
   * Receives records in file order, at most chunkSize at a time; a returned promise is awaited before
   * reading on. An id reaches onChunk again only when a later row of the file is newer than the version
   * already delivered: store with put/upsert semantics (last delivery wins).
   */
  onChunk(records: ImportedCase[]): void | Promise<void>;
  chunkSize?: number;
}

export interface ImportSummary {
  format: TraffyFormat;
  /** Non-blank data rows read (rows = cases + rejected + duplicatesInFile). */
  rows: number;
  /** Distinct register ids delivered. */
  cases: number;
  /** `line`: CSV = physical line where the row starts (1 = header line, multi-line fields counted); XLSX = sheet row. */
  rejected: Array<{ line: number; reason: RejectReason }>;
  byBucket: Record<StatusBucket, number>;
  /** Rows whose id was already seen in this file (the newer last activity wins; ties keep the first). */
  duplicatesInFile: number;
}

export type ImportFileProblem = NotTraffyError | { code: 'empty-file' };

/** The file as a whole cannot be imported; `problem.code` is for the UI to translate. */
export class ImportFileError extends Error {
  constructor(readonly problem: ImportFileProblem) {
    super(problem.code === 'empty-file' ? 'The file has no rows' : 'Not a Traffy export');
    this.name = 'ImportFileError';
  }
}

/** A title block above the header is tolerated for this many non-blank rows. */
const HEADER_SEARCH_ROWS = 10;

/** 53-bit string hash (cyrb53): stable across runs and machines, so re-imports keep the same ids. */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Register id: the ticket id, or `X-…` from what identifies an id-less report (creation, text, place). */
export function importedCaseId(r: Pick<CaseRecord, 'ticketId' | 'createdAt' | 'description' | 'lat' | 'lon'>): string {
  if (r.ticketId) return r.ticketId;
  return `X-${hash53(`${r.createdAt}|${r.description}|${r.lat},${r.lon}`).toString(36).toUpperCase()}`;
}

export interface ImportPipeline {
  /** Feed one parsed row. `malformed` marks a row the reader could not parse cleanly. */
  push(cells: readonly string[], line: number, malformed?: string): Promise<void> | undefined;
  finish(): Promise<ImportSummary>;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c === '' || c.trim() === '');

export function createImportPipeline(opts: ImportOptions): ImportPipeline {
  const chunkSize = Math.max(1, opts.chunkSize ?? 2000);
  let header: { format: TraffyFormat; columns: ColumnMap; picks: Array<[string, number]>; width: number } | null = null;
  let bestProblem: NotTraffyError | null = null;
  let searched = 0;
  let rows = 0;
  let duplicatesInFile = 0;
  const rejected: ImportSummary['rejected'] = [];
  // id → lastActivityAt * 8 + bucket index: one number per id keeps 100k+ ids cheap to remember.
  const seen = new Map<string, number>();
  let pending: ImportedCase[] = [];
  const pendingIndex = new Map<string, number>();

  const flush = (): Promise<void> | undefined => {
    if (pending.length === 0) return undefined;
    const batch = pending;
    pending = [];
    pendingIndex.clear();
    const result = opts.onChunk(batch);
    return result instanceof Promise ? result : undefined;
  };

  const findHeader = (cells: readonly string[]) => {
    searched++;
    const found = detectColumns(cells);
    if (!found.ok) {
      if (!bestProblem || found.error.missing.length < bestProblem.missing.length) bestProblem = found.error;
      return;
    }
    const unique = uniqueHeaders(cells);
    const picks: Array<[string, number]> = [];
    for (const name of Object.values(found.columns)) if (name !== undefined) picks.push([name, unique.indexOf(name)]);
    header = { format: found.format, columns: found.columns, picks, width: cells.length };
  };

  return {
    push(cells, line, malformed) {
      if (isBlank(cells)) return undefined;
      if (!header) {
        if (searched < HEADER_SEARCH_ROWS) findHeader(cells);
        return undefined;
      }
      rows++;
      let extra = false;
      for (let i = header.width; i < cells.length && !extra; i++) extra = cells[i]!.trim() !== '';
      if (malformed || extra) {
        const value = malformed ?? `${cells.length}/${header.width}`;
        rejected.push({ line, reason: { code: 'malformed-row', value } });
        return undefined;
      }
      const raw: Record<string, string> = {};
      for (const [name, index] of header.picks) raw[name] = cells[index] ?? '';
      const result = normalizeTraffyRow(raw, header.columns);
      if (!result.ok) {
        rejected.push({ line, reason: result.reason });
        return undefined;
      }
      const record = newCaseFromRemote(importedCaseId(result.record), result.record);
      const prev = seen.get(record.id);
      if (prev !== undefined) {
        duplicatesInFile++;
        if (record.lastActivityAt <= Math.floor(prev / 8)) return undefined;
      }
      seen.set(record.id, record.lastActivityAt * 8 + BUCKETS.indexOf(record.bucket));
      const at = pendingIndex.get(record.id);
      if (at !== undefined) {
        pending[at] = record;
        return undefined;
      }
      pendingIndex.set(record.id, pending.length);
      pending.push(record);
      return pending.length >= chunkSize ? flush() : undefined;
    },

    async finish() {
      if (!header) throw new ImportFileError(bestProblem ?? { code: 'empty-file' });
      await flush();
      const byBucket = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<StatusBucket, number>;
      for (const packed of seen.values()) byBucket[BUCKETS[((packed % 8) + 8) % 8]!]++;
      return { format: header.format, rows, cases: seen.size, rejected, byBucket, duplicatesInFile };
    },
  };
}
