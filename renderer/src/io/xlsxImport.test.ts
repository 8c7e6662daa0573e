import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import Papa from 'papaparse';
import type { CaseRecord } from '#domain/case';
import { excelSerialToText, parseTraffyWorkbook } from './xlsxImport';
import { parseTraffyCsv } from './traffyCsv';
import { ImportFileError } from './importPipeline';

const sample = readFileSync('/work/shared/data/traffy-open-sample-2023-05.csv', 'utf8');

function toXlsx(cells: XLSX.CellObject[][]): Uint8Array {
  const width = Math.max(...cells.map((r) => r.length));
  const ws: XLSX.WorkSheet = {
    '!data': cells,
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: cells.length - 1, c: width - 1 } }),
  };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

async function run(bytes: Uint8Array) {
  const records: CaseRecord[] = [];
  const summary = await parseTraffyWorkbook(bytes, { onChunk: (r) => void records.push(...r) });
  return { summary, records };
}

describe('parseTraffyWorkbook', () => {
  it('imports the sample saved as a workbook exactly like the CSV', async () => {
    const rows = Papa.parse<string[]>(sample.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const bytes = toXlsx(rows.map((r) => r.map((v) => ({ t: 's', v }))));
    const fromCsv: CaseRecord[] = [];
    const csvSummary = await parseTraffyCsv(sample, { onChunk: (r) => void fromCsv.push(...r) });
    const { summary, records } = await run(bytes);
    expect(summary).toEqual(csvSummary);
    expect(records).toEqual(fromCsv);
  }, 60_000);

  it('reads date cells as Bangkok wall-clock time, padded numeric ids, numeric coordinates, a title row', async () => {
    const serial = (y: number, mo: number, d: number, h: number, mi: number) => Date.UTC(y, mo - 1, d, h, mi) / 86_400_000 + 25569;
    const bytes = toXlsx([
      [{ t: 's', v: 'ทะเบียนเรื่อง เขตบางรัก' }],
      ['ticket_id', 'description', 'latitude', 'longitude', 'timestamp', 'status', 'star'].map((v) => ({ t: 's', v })),
      [
        { t: 'n', v: 1234, z: '000000' }, { t: 's', v: 'ไฟดับ' }, { t: 'n', v: 100.5231 }, { t: 'n', v: 13.7291 },
        { t: 'n', v: serial(2024, 5, 12, 9, 30), z: 'dd/mm/yyyy hh:mm' }, { t: 's', v: 'finish' }, { t: 'n', v: 5 },
      ],
      [{ t: 's', v: '2024-ZZZZZZ' }, { t: 's', v: 'x' }, { t: 'n', v: 13.7 }, { t: 'n', v: 100.5 }, { t: 's', v: '12/05/2567 09:30' }, { t: 's', v: '???' }],
    ]);
    const { summary, records } = await run(bytes);
    expect(summary).toMatchObject({ format: 'download-issues', rows: 2, cases: 1 });
    expect(summary.rejected).toEqual([{ line: 4, reason: { code: 'unknown-state', value: '???', column: 'status' } }]);
    expect(records[0]).toMatchObject({ id: '001234', ticketId: '001234', lat: 13.7291, lon: 100.5231, star: 5, bucket: 'finish' });
    expect(records[0]?.createdAt).toBe(Date.UTC(2024, 4, 12, 2, 30));
  });

  it('refuses a workbook that is not a Traffy export', async () => {
    const bytes = toXlsx([['name', 'amount'].map((v) => ({ t: 's', v })), [{ t: 's', v: 'a' }, { t: 'n', v: 1 }]]);
    const err = await run(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as ImportFileError).problem.code).toBe('not-traffy');
  });

  it('converts Excel serials in both date systems', () => {
    expect(excelSerialToText(45424.395833333336)).toBe('2024-05-12 09:30:00');
    expect(excelSerialToText(45424.395833333336 - 1462, true)).toBe('2024-05-12 09:30:00');
    expect(excelSerialToText(45424.5 + 0.123 / 86400)).toBe('2024-05-12 12:00:00.123');
  });
});
