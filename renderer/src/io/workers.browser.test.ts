// The real module workers in Chromium (Vite bundles papaparse/SheetJS/fflate into them): a CSV import
// and a register export (its sheet deflated in fflate's own nested worker) each make a full round trip
// off the UI thread.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import type { CaseRecord, RemoteFields } from '#domain/case';
import { REGISTER_COLUMNS, type RegisterColumn } from '#domain/registerRow';
import { importInWorker } from './importInWorker';
import { exportRegisterFromDb, exportRegisterInWorker } from './exportInWorker';
import { ImportFileError } from './importPipeline';

const CSV = `\uFEFFticket_id,type,organization,comment,coords,photo,photo_after,address,subdistrict,district,province,timestamp,state,star,count_reopen,last_activity
2023-AAAAAA,{ถนน},เขตบางรัก,"ถนนพัง
หลายจุด","100.52,13.72",,,,สีลม,บางรัก,จังหวัดกรุงเทพมหานคร,"2023-05-12 02:30:00+00",รอรับเรื่อง,,0,"2023-05-12 02:30:00+00"
2023-BBBBBB,{ไฟฟ้า},เขตบางรัก,=cmd,"100.52,13.72",,,,สีลม,บางรัก,กรุงเทพมหานคร,"2023-05-12 03:30:00+00",finish,5,0,"2023-05-13 03:30:00+00"
2023-CCCCCC,{ไฟฟ้า},เขตบางรัก,?,"100.52,13.72",,,,สีลม,บางรัก,กรุงเทพมหานคร,"2023-05-12 03:30:00+00",???,5,0,
`;

describe('module workers in the browser', () => {
  it('imports a CSV file in import.worker.ts', async () => {
    const records: CaseRecord[] = [];
    const summary = await importInWorker(new File([CSV], 'traffy.csv'), () => {}, (r) => void records.push(...r));
    expect(summary).toMatchObject({ format: 'open-dataset', rows: 3, cases: 2, byBucket: { waiting: 1, finish: 1 } });
    expect(summary.rejected).toEqual([{ line: 5, reason: { code: 'unknown-state', value: '???', column: 'state' } }]);
    expect(records.map((r) => r.description)).toEqual(['ถนนพัง\nหลายจุด', '=cmd']);
    const err = await importInWorker(new File(['a,b\n1,2\n'], 'x.csv'), () => {}, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
  }, 30_000);

  it('exports the register in export.worker.ts and transfers the bytes', async () => {
    const records: CaseRecord[] = [];
    await importInWorker(new File([CSV], 'traffy.csv'), () => {}, (r) => void records.push(...r));
    const headers = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, c])) as Record<RegisterColumn, string>;
    const phases: string[] = [];
    const job = { lang: 'th' as const, title: 'ทะเบียน', districtName: 'เขตบางรัก', generatedAt: Date.now(), headers };
    const bytes = await exportRegisterInWorker(records, job, (_d, _t, phase) => phases.push(phase));
    const wb = XLSX.read(bytes, { dense: true });
    const data = wb.Sheets[wb.SheetNames[0]!]!['!data']!;
    expect(data).toHaveLength(5);
    expect(data[4]?.[REGISTER_COLUMNS.indexOf('description')]?.v).toBe("'=cmd");
    expect(data[3]?.[REGISTER_COLUMNS.indexOf('subdistrict')]).toMatchObject({ t: 's', v: 'สีลม' });
    // The deflate ran in fflate's worker nested in export.worker.ts; the pane and font were edited in.
    const parts = unzipSync(bytes);
    expect(strFromU8(parts['xl/worksheets/sheet1.xml']!)).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(strFromU8(parts['xl/styles.xml']!)).toContain('<name val="Sarabun"/>');
    expect(phases.at(-1)).toBe('compress');
  }, 30_000);
});

describe('export read inside the worker', () => {
  it('writes the same workbook from the database as from the rows read on the UI thread', async () => {
    const { KhetDb } = await import('#data/db');
    const { allCases, upsertRemote } = await import('#data/caseRepo');
    const db = new KhetDb(`export-${crypto.randomUUID()}`);
    await db.open();
    try {
      const records: CaseRecord[] = [];
      await importInWorker(new File([CSV], 'traffy.csv'), () => {}, (r) => void records.push(...r));
      // Enough cases for several pages (pageSize 2000), ids out of insertion order.
      const many = Array.from({ length: 4500 }, (_, i) => {
        const base: RemoteFields = { ...records[i % records.length]! };
        for (const local of ['id', 'units', 'localNote', 'localUpdatedAt']) delete (base as Partial<Record<string, unknown>>)[local];
        const id = `2023-${String((i * 7919) % 100000).padStart(6, '0')}`;
        return { id, remote: { ...base, ticketId: id, description: `${base.description} ${i}` } };
      });
      await upsertRemote(db, many);
      const headers = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, c])) as Record<RegisterColumn, string>;
      const job = { lang: 'th' as const, title: 'ทะเบียน', districtName: 'เขตบางรัก', generatedAt: Date.UTC(2026, 11, 4), headers };
      const fromRows = await exportRegisterInWorker(await allCases(db), job);
      const fromDb = await exportRegisterFromDb(db.name, job);
      expect(fromDb.rows).toBe(4500);
      const sheet = (bytes: Uint8Array) => {
        const wb = XLSX.read(bytes, { dense: true });
        return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: true });
      };
      const a = sheet(fromDb.bytes);
      expect(a).toHaveLength(4503);
      expect(a).toEqual(sheet(fromRows));
      const csvDb = await exportRegisterFromDb(db.name, { ...job, format: 'csv' });
      expect(new TextDecoder().decode(csvDb.bytes)).toBe(new TextDecoder().decode(await exportRegisterInWorker(await allCases(db), { ...job, format: 'csv' })));
    } finally {
      await db.delete();
    }
  }, 60_000);
});
