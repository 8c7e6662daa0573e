// Reading a Traffy export for seeding: papaparse row by row, tracking the physical line each record
// starts on (quoted comments span lines), so a corrupt file is reported by file and line.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export interface CsvRecord {
  /** 1-based physical line the record starts on (the header is line 1). */
  line: number;
  /** Values by lower-cased header name. */
  values: Record<string, string>;
}

export class SeedCsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`Bad Traffy CSV ${file} line ${line}: ${reason}`);
    this.name = 'SeedCsvError';
  }
}

/** Any one of each group must be present for a file to count as a Traffy export. */
const REQUIRED_GROUPS: readonly (readonly string[])[] = [['ticket_id'], ['comment', 'description'], ['state', 'status']];

export function readTraffyCsv(file: string): CsvRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SeedCsvError(file, 0, `cannot read file (${err instanceof Error ? err.message : String(err)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  // Declared with `as` so TS does not narrow them to null: the parser callback assigns them.
  let header = null as string[] | null;
  const records: CsvRecord[] = [];
  let failure = null as SeedCsvError | null;
  // Line counting is incremental: newlines between the previous record start and this one.
  let lineAt = 1;
  let scanned = 0;
  let prevCursor = 0;

  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: true,
    step: (result, parser) => {
      let start = prevCursor;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      for (let i = scanned; i < start; i++) if (text.charCodeAt(i) === 10) lineAt++;
      scanned = start;
      prevCursor = result.meta.cursor;
      const row = result.data;
      const parseError = result.errors[0];
      if (parseError) {
        failure = new SeedCsvError(file, lineAt, `${parseError.message} (${parseError.code})`);
        parser.abort();
        return;
      }
      if (header === null) {
        header = row.map((h) => h.trim().toLowerCase());
        const missing = REQUIRED_GROUPS.filter((g) => !g.some((c) => header?.includes(c))).map((g) => g.join('/'));
        if (missing.length > 0) {
          failure = new SeedCsvError(file, lineAt, `not a Traffy export, missing column(s) ${missing.join(', ')}`);
          parser.abort();
        }
        return;
      }
      if (row.length !== header.length) {
        failure = new SeedCsvError(file, lineAt, `expected ${header.length} fields but found ${row.length}`);
        parser.abort();
        return;
      }
      const values: Record<string, string> = {};
      header.forEach((h, i) => {
        values[h] = row[i] ?? '';
      });
      records.push({ line: lineAt, values });
    },
  });
  if (failure) throw failure;
  if (header === null) throw new SeedCsvError(file, 1, 'empty file, no header row');
  return records;
}
