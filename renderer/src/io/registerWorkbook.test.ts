// Register export checked with readers nobody here wrote: openpyxl (Debian python3-openpyxl) and
// LibreOffice headless (skipped, saying so, where soffice is not installed): layout, frozen header
// pane, Sarabun font, shared and inline strings, escaping of hostile text, formula neutralising.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { newCaseFromRemote, type CaseRecord } from '#domain/case';
import { REGISTER_COLUMNS, type RegisterColumn } from '#domain/registerRow';
import { neutralizeCell } from '#domain/cellSafety';
import { parseTraffyCsv } from './traffyCsv';
import { bangkokDateTimeText, buildRegisterCsv } from './registerCsv';
import { buildRegisterWorkbook, type RegisterExportOptions } from './registerWorkbook';

const PYTHON = '/usr/bin/python3';
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p));

const headers = Object.fromEntries(REGISTER_COLUMNS.map((c, i) => [c, `หัว${i + 1} ${c}`])) as Record<RegisterColumn, string>;
const opts: RegisterExportOptions = {
  lang: 'th', title: 'ทะเบียนเรื่องร้องเรียน', districtName: 'เขตบางรัก', generatedAt: Date.UTC(2023, 4, 12, 2, 30), headers,
};

/** XML specials, quotes, edge spaces, a tab and CR LF: each must come back as written (CR LF as LF). */
const TRICKY = '  ถนน & <ซอย> "5" \'ท่า\' tab\there\r\nบรรทัดสอง  ';

let dir = '';
let rows: CaseRecord[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'khet-register-'));
  await parseTraffyCsv(readFileSync('/work/shared/data/traffy-open-sample-2023-05.csv', 'utf8'), {
    onChunk: (r) => void rows.push(...r),
  });
  const base = rows[0]!;
  rows = [
    ...rows,
    newCaseFromRemote('123456', { ...base, ticketId: '123456', description: "=cmd|' /C calc'!A0", address: '+66 81 234 5678', star: 2 }),
    newCaseFromRemote('X-1', { ...base, ticketId: null, description: '@SUM(1+1)', categories: ['-'], photos: [], lat: null, lon: null }),
    newCaseFromRemote('2023-ZZZZZZ', { ...base, ticketId: '2023-ZZZZZZ', description: TRICKY, subdistrict: ' แขวง & <ทดสอบ> ', star: null }),
  ];
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const READ_BACK = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
def cell(c):
    v = c.value
    return {'v': v.isoformat() if hasattr(v, 'isoformat') else v, 't': c.data_type, 'date': c.is_date}
print(json.dumps({
  'title': ws['A1'].value, 'merged': [str(r) for r in ws.merged_cells.ranges], 'filter': ws.auto_filter.ref,
  'maxRow': ws.max_row, 'maxCol': ws.max_column, 'blank': [c.value for c in ws[2]], 'header': [c.value for c in ws[3]],
  'widthE': ws.column_dimensions['E'].width, 'freeze': ws.freeze_panes,
  'fonts': [[ws[a].font.name, ws[a].font.b, ws[a].font.sz] for a in ('A1', 'A3', 'A4', 'L4')],
  'rows': [[cell(c) for c in r] for r in ws.iter_rows(min_row=4)],
}, ensure_ascii=False))
`;

interface ReadBack {
  title: string; merged: string[]; filter: string; maxRow: number; maxCol: number; blank: unknown[]; header: string[]; widthE: number;
  freeze: string; fonts: Array<[string, boolean, number]>;
  rows: Array<Array<{ v: string | number | null; t: string; date: boolean }>>;
}

const col = (c: RegisterColumn) => REGISTER_COLUMNS.indexOf(c);

describe('buildRegisterWorkbook', () => {
  it('reads back in openpyxl: layout, one row per case, Thai text intact, text ids, no formulas', async () => {
    const file = join(dir, 'register.xlsx');
    writeFileSync(file, await buildRegisterWorkbook(rows, opts));
    const wb = JSON.parse(execFileSync(PYTHON, ['-c', READ_BACK, file], { encoding: 'utf8', maxBuffer: 64 << 20 })) as ReadBack;
    expect(wb.title).toBe('ทะเบียนเรื่องร้องเรียน — เขตบางรัก — 12 พฤษภาคม 2566 เวลา 09.30 น.');
    expect(wb.merged).toEqual(['A1:R1']);
    expect(wb.blank.every((v) => v === null)).toBe(true);
    expect(wb.header).toEqual(REGISTER_COLUMNS.map((c) => headers[c]));
    expect(wb.filter).toBe(`A3:R${rows.length + 3}`);
    expect(wb.widthE).toBeGreaterThan(50);
    expect(wb.freeze).toBe('A4');
    expect(wb.fonts).toEqual([['Sarabun', true, 14], ['Sarabun', true, 11], ['Sarabun', false, 11], ['Sarabun', false, 11]]);
    expect(wb.maxRow).toBe(rows.length + 3);
    expect(wb.rows).toHaveLength(rows.length);
    wb.rows.forEach((cells, i) => {
      const r = rows[i]!;
      expect(cells[col('ticketId')]).toMatchObject({ v: r.ticketId ?? r.id, t: 's' });
      expect(cells[col('description')]?.v ?? '').toBe(neutralizeCell(r.description).replace(/\r\n/g, '\n')); // Excel's line break
      expect(cells[col('subdistrict')]).toMatchObject({ v: r.subdistrict || null }); // a shared string
      expect(cells[col('district')]).toMatchObject({ v: r.district || null, t: r.district ? 's' : 'n' });
      expect(cells.every((c) => c.t !== 'f')).toBe(true);
      const created = cells[col('createdDate')]!;
      expect(created.date).toBe(true);
      expect(String(created.v).slice(0, 16)).toBe(bangkokDateTimeText(r.createdAt).replace(' ', 'T'));
    });
    const crafted = wb.rows[rows.length - 3]!;
    expect(crafted[col('ticketId')]).toEqual({ v: '123456', t: 's', date: false });
    expect(String(crafted[col('description')]?.v)).toMatch(/^'=cmd/);
    expect(crafted[col('address')]?.v).toBe("'+66 81 234 5678");
    expect(crafted[col('star')]).toMatchObject({ v: 2, t: 'n' });
    const idless = wb.rows[rows.length - 2]!;
    expect(idless[col('description')]?.v).toBe("'@SUM(1+1)");
    expect(idless[col('categories')]?.v).toBe("'-");
    expect(idless[col('lat')]?.v).toBeNull();
    const tricky = wb.rows[rows.length - 1]!;
    expect(tricky[col('description')]?.v).toBe(TRICKY.replace('\r\n', '\n'));
    expect(tricky[col('subdistrict')]?.v).toBe(' แขวง & <ทดสอบ> ');
    expect(tricky[col('star')]?.v).toBeNull();
    expect(wb.rows[0]![col('created')]?.v).toBe('12 พฤษภาคม 2566 เวลา 20.27 น.');
  }, 60_000);

  it.skipIf(!SOFFICE)(`converts to CSV in LibreOffice headless${SOFFICE ? '' : ' (SKIPPED: soffice not installed)'}`, async () => {
    const file = join(dir, 'lo.xlsx');
    writeFileSync(file, await buildRegisterWorkbook(rows, opts));
    execFileSync(SOFFICE!, [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file,
    ], { timeout: 180_000, stdio: 'pipe' });
    const csv = readFileSync(join(dir, 'lo.csv'), 'utf8');
    const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data.filter((r) => r.length > 1 || r[0] !== '');
    expect(table[0]?.[0]).toBe('ทะเบียนเรื่องร้องเรียน — เขตบางรัก — 12 พฤษภาคม 2566 เวลา 09.30 น.');
    const headerAt = table.findIndex((r) => r[0] === headers.ticketId);
    const body = table.slice(headerAt + 1);
    expect(body).toHaveLength(rows.length);
    body.forEach((cells, i) => {
      expect(cells[col('description')]).toBe(neutralizeCell(rows[i]!.description).replace(/\r\n/g, '\n'));
      expect(cells[col('createdDate')]).toBe(bangkokDateTimeText(rows[i]!.createdAt));
    });
    expect(body[rows.length - 3]?.[col('description')]).toBe("'=cmd|' /C calc'!A0");
    expect(body[rows.length - 3]?.[col('ticketId')]).toBe('123456');
    expect(body[rows.length - 1]?.[col('subdistrict')]).toBe(' แขวง & <ทดสอบ> ');
  }, 200_000);
});

describe('buildRegisterCsv', () => {
  it('writes a BOM, the same columns, neutralised text and sortable dates', () => {
    const csv = buildRegisterCsv(rows, opts);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(table[0]).toEqual(REGISTER_COLUMNS.map((c) => headers[c]));
    expect(table).toHaveLength(rows.length + 1);
    table.slice(1).forEach((cells, i) => {
      expect(cells).toHaveLength(REGISTER_COLUMNS.length);
      expect(cells[col('description')]).toBe(neutralizeCell(rows[i]!.description));
    });
    expect(table[rows.length - 2]?.[col('description')]).toBe("'=cmd|' /C calc'!A0");
    expect(table[rows.length]?.[col('description')]).toBe(TRICKY);
    expect(table[1]?.[col('createdDate')]).toBe('2023-05-12 20:27');
  }, 30_000);
});
