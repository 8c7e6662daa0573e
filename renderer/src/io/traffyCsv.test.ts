import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '#domain/case';
import { parseTraffyCsv, type CsvImportOptions } from './traffyCsv';
import { ImportFileError } from './importPipeline';

const SAMPLE_PATH = '/work/shared/data/traffy-open-sample-2023-05.csv';
const sampleBytes = readFileSync(SAMPLE_PATH);
const sample = sampleBytes.toString('utf8');

async function run(input: string | Blob, opts: Partial<CsvImportOptions> = {}) {
  const records: CaseRecord[] = [];
  const summary = await parseTraffyCsv(input, { ...opts, onChunk: (r) => void records.push(...r) });
  return { summary, records, byId: new Map(records.map((r) => [r.id, r])) };
}

describe('parseTraffyCsv on the real open-data sample', () => {
  it('imports all 1,000 rows with the published state counts', async () => {
    const { summary, records, byId } = await run(sample);
    expect(summary).toEqual({
      format: 'open-dataset', rows: 1000, cases: 1000, rejected: [], duplicatesInFile: 0,
      byBucket: { waiting: 429, inprogress: 473, follow: 0, forward: 0, finish: 98, irrelevant: 0 },
    });
    expect(records).toHaveLength(1000);
    // 12 rows have no ticket id: they get distinct deterministic X- ids, ticketId stays null.
    const idless = records.filter((r) => r.ticketId === null);
    expect(idless).toHaveLength(12);
    expect(idless.every((r) => /^X-[0-9A-Z]+$/.test(r.id))).toBe(true);
    expect(records.filter((r) => r.ticketId && /^[0-9A-Z]{6}$/.test(r.ticketId))).toHaveLength(294);
    const first = byId.get('2023-FCX4QQ');
    expect(first?.createdAt).toBe(Date.UTC(2023, 4, 12, 13, 27, 54, 482));
    expect(first?.description.split('\n')).toHaveLength(3);
    expect(records.filter((r) => r.province === 'จังหวัดกรุงเทพมหานคร')).toHaveLength(0);
    expect(records.filter((r) => r.province === 'กรุงเทพมหานคร')).toHaveLength(996);
    expect(records.every((r) => r.lat! > 5 && r.lat! < 21 && r.lon! > 97 && r.lon! < 106)).toBe(true);
  }, 30_000);

  it('gives the same ids on re-import, and the same records whatever the chunking, Blob or string, LF or CRLF', async () => {
    const whole = await run(sample);
    const again = await run(sample);
    expect([...again.byId.keys()]).toEqual([...whole.byId.keys()]);
    const tiny = await run(sample, { readChunk: 997, chunkSize: 7 });
    expect(tiny.records).toEqual(whole.records);
    const blob = await run(new Blob([sampleBytes]), { readChunk: 1001 });
    expect(blob.records).toEqual(whole.records);
    const crlf = await run(sample.replace(/\n/g, '\r\n'), { readChunk: 4099 });
    expect(crlf.records).toEqual(whole.records);
  }, 60_000);

  it('reports a rejected row at the physical line where it starts, multi-line comments counted', async () => {
    const start = sample.indexOf('\nUWY6ZP,') + 1;
    expect(start).toBeGreaterThan(0);
    const rowEnd = sample.indexOf('+00",', sample.indexOf(',"2023-', start)) + 5;
    const edited = `${sample.slice(0, rowEnd)}${sample.slice(rowEnd).replace(/^[^,]+/, 'ลืมแล้ว')}`;
    const expectedLine = sample.slice(0, start).split('\n').length;
    expect(expectedLine).toBeGreaterThan(1000); // many rows above span several lines
    for (const input of [edited, new Blob([edited])]) {
      const { summary } = await run(input, { readChunk: 3001 });
      expect(summary.rejected).toEqual([{ line: expectedLine, reason: { code: 'unknown-state', value: 'ลืมแล้ว', column: 'state' } }]);
      expect(summary.cases).toBe(999);
    }
  }, 30_000);

  it('keeps the newer row when a ticket id repeats in one file', async () => {
    const lines = sample.split('\n');
    const header = lines[0]!;
    const row = '2023-FCX4QQ,{ถนน},เขตหนองจอก,ซ้ำ,"100.87281,13.81565",,,,,,กรุงเทพมหานคร,"2023-05-12 13:27:54+00",เสร็จสิ้น,5,0,';
    const newer = `${row}"2023-05-13 10:00:00+00"`;
    const older = `${row.replace('เสร็จสิ้น', 'ส่งต่อ')}"2023-05-01 10:00:00+00"`;
    const { summary, byId, records } = await run(`${sample.trimEnd()}\n${newer}\n${older}\n`, { chunkSize: 100 });
    expect(summary.duplicatesInFile).toBe(2);
    expect(summary.cases).toBe(1000);
    expect(summary.byBucket).toMatchObject({ waiting: 428, finish: 99, forward: 0 });
    expect(byId.get('2023-FCX4QQ')).toMatchObject({ bucket: 'finish', star: 5, description: 'ซ้ำ' });
    // Delivered once in the first chunk, again (newer) in the last: put semantics.
    expect(records.filter((r) => r.id === '2023-FCX4QQ')).toHaveLength(2);
    expect(header.startsWith('\uFEFFticket_id')).toBe(true);
  });

  it('awaits onChunk before reading on, and reports progress up to the total', async () => {
    const events: string[] = [];
    let progress: [number, number] = [0, 0];
    await parseTraffyCsv(new Blob([sampleBytes]), {
      chunkSize: 400,
      readChunk: 200_000,
      onProgress: (done, total) => (progress = [done, total]),
      onChunk: async (r) => {
        events.push(`start ${r.length}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push('end');
      },
    });
    expect(events).toEqual(['start 400', 'end', 'start 400', 'end', 'start 200', 'end']);
    expect(progress).toEqual([sampleBytes.length, sampleBytes.length]);
  });
});

const DOWNLOAD = `ticket_id,type,organization,description,photo,latitude,longitude,address,subdistrict,district,province,timestamp,timestamp_inprogress,timestamp_finished,org_finished,confirmed,state,star,count_reopen
2024-AAAAAA,ถนน,เขตบางรัก,หลุมบ่อ,https://x/1.jpg,100.5231,13.7291,ถนนสีลม,สีลม,บางรัก,จังหวัดกรุงเทพมหานคร,12/05/2567 09:30,13/05/2567 10:00,,,,inprogress,,0
2024-BBBBBB,"ทางเท้า,ถนน",เขตบางรัก,"=HYPERLINK(""x"")",,13.7291,100.5231,,,บางรัก,กรุงเทพมหานคร,2024-05-12T02:30:00Z,,2024-05-14 08:00:00,เขตบางรัก,true,finish,4,1
ABC123,,เขตบางรัก,โทร 1555,,13.70,100.50,,,บางรัก,กรุงเทพมหานคร,2024-05-12 09:30:00,,,,,start,,0
,,เขตบางรัก,ไม่มีเลข,,13.70,100.50,,,บางรัก,กรุงเทพมหานคร,2024-05-12 09:30:00,,,,,forward,,0
2024-CCCCCC,,เขตบางรัก,สถานะแปลก,,13.70,100.50,,,บางรัก,กรุงเทพมหานคร,2024-05-12 09:30:00,,,,,pending-review,,0
`;

describe('parseTraffyCsv on other real export shapes', () => {
  it('reads the download-issues form: swapped lat/lon, English codes, BE dd/mm/yyyy, Z and local times', async () => {
    const { summary, byId } = await run(DOWNLOAD);
    expect(summary).toMatchObject({ format: 'download-issues', rows: 5, cases: 4, duplicatesInFile: 0 });
    expect(summary.rejected).toEqual([{ line: 6, reason: { code: 'unknown-state', value: 'pending-review', column: 'state' } }]);
    expect(summary.byBucket).toEqual({ waiting: 1, inprogress: 1, follow: 0, forward: 1, finish: 1, irrelevant: 0 });
    const a = byId.get('2024-AAAAAA');
    expect(a).toMatchObject({ lat: 13.7291, lon: 100.5231, province: 'กรุงเทพมหานคร', statusLabel: 'กำลังดำเนินการ' });
    expect(a?.createdAt).toBe(Date.UTC(2024, 4, 12, 2, 30));
    expect(a?.lastActivityAt).toBe(Date.UTC(2024, 4, 13, 3, 0)); // newest of created / in progress / finished
    const b = byId.get('2024-BBBBBB');
    expect(b).toMatchObject({ lat: 13.7291, lon: 100.5231, categories: ['ทางเท้า', 'ถนน'], star: 4, countReopen: 1 });
    expect(b?.description).toBe('=HYPERLINK("x")'); // stored as written; exports neutralise it
    expect(b?.createdAt).toBe(byId.get('ABC123')?.createdAt);
    expect([...byId.keys()].filter((id) => id.startsWith('X-'))).toHaveLength(1);
  });

  it('reads a CityData officer-web export and an analysis export with duration columns', async () => {
    const citydata = `timestamp,ticket_id,type,comment,org_response,hashtag,coords,state,organization,district,province
"2023-05-12 09:30:00",2023-DDDDDD,{ความสะอาด},"ขยะ
ล้น",รับทราบ,#ขยะ,"100.60,13.80",ติดตามเรื่อง,"เขตบางเขน,ฝ่ายรักษาความสะอาด เขตบางเขน",บางเขน,กรุงเทพมหานคร
`;
    const c = await run(citydata);
    expect(c.summary).toMatchObject({ format: 'citydata', cases: 1, byBucket: { follow: 1 } });
    expect(c.records[0]).toMatchObject({ description: 'ขยะ\nล้น', organizations: ['เขตบางเขน', 'ฝ่ายรักษาความสะอาด เขตบางเขน'] });
    const analysis = `ticket_id,type,organization,comment,photo,photo_after,coords,address,subdistrict,district,province,timestamp,state,star,count_reopen,last_activity,duration_minutes_inprogress,duration_minutes_finished,duration_minutes_total
2023-EEEEEE,{น้ำท่วม},เขตจตุจักร,น้ำท่วมขัง,,,"100.55,13.82",,,จตุจักร,กรุงเทพมหานคร,2023-05-12 09:30:00,ไม่เกี่ยวข้อง,,0,2023-05-13 09:30:00,10,20,30
`;
    const a = await run(analysis);
    expect(a.summary).toMatchObject({ format: 'analysis-export', cases: 1, byBucket: { irrelevant: 1 } });
  });

  it('reads Excel re-saves: windows-874 CSV and UTF-16 tab-separated text', async () => {
    const text = 'ticket_id,comment,timestamp,state\n2023-FFFFFF,ถนนพัง,12/05/2566 09:30,เสร็จสิ้น\n';
    const tis = new Uint8Array([...text].map((ch) => (ch.charCodeAt(0) >= 0x0e01 ? ch.charCodeAt(0) - 0x0e00 + 0xa0 : ch.charCodeAt(0))));
    const r1 = await run(new Blob([tis]));
    expect(r1.records[0]).toMatchObject({ description: 'ถนนพัง', bucket: 'finish' });
    const tsv = `\uFEFF${text.replace(/,/g, '\t')}`;
    const utf16 = new Uint8Array(tsv.length * 2);
    for (let i = 0; i < tsv.length; i++) {
      utf16[2 * i] = tsv.charCodeAt(i) & 0xff;
      utf16[2 * i + 1] = tsv.charCodeAt(i) >> 8;
    }
    const r2 = await run(new Blob([utf16]));
    expect(r2.records).toEqual(r1.records);
    const titled = await run(`รายงานประจำวัน\n${text.replace(/,/g, '\t')}`);
    expect(titled.records).toEqual(r1.records);
  });

  it('tolerates a title row above the header and blank lines, counting lines exactly', async () => {
    const csv = `รายงานเรื่องร้องเรียน,,\n\nticket_id,comment,timestamp,state\n\n2023-GGGGGG,ok,2023-05-12 09:30,รอรับเรื่อง\n2023-HHHHHH,bad,,รอรับเรื่อง\n`;
    const { summary } = await run(csv);
    expect(summary).toMatchObject({ rows: 2, cases: 1, rejected: [{ line: 6, reason: { code: 'missing-timestamp', column: 'timestamp' } }] });
  });

  it('refuses a CSV that is not a Traffy export, and an empty one', async () => {
    const err = await parseTraffyCsv('name,phone,amount\nสมชาย,0812345678,100\n', { onChunk: () => {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as ImportFileError).problem).toMatchObject({ code: 'not-traffy', headers: ['name', 'phone', 'amount'] });
    const empty = await parseTraffyCsv('\uFEFF', { onChunk: () => {} }).catch((e: unknown) => e);
    expect((empty as ImportFileError).problem).toEqual({ code: 'empty-file' });
  });

  it('rejects rows whose quoting is broken or that carry extra fields', async () => {
    const csv = 'ticket_id,comment,timestamp,state\n2023-IIIIII,a,2023-05-12 09:30,รอรับเรื่อง,extra\n2023-JJJJJJ,"ok",2023-05-12 09:30,รอรับเรื่อง\n';
    const { summary } = await run(csv);
    expect(summary.rejected).toEqual([{ line: 2, reason: { code: 'malformed-row', value: '5/4' } }]);
    expect(summary.cases).toBe(1);
  });
});
