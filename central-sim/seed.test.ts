// Seeding: CSV quirks, org resolution, date shift, and corrupt files named by file and line.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrgDirectory, baseOrgs } from './orgs';
import { seedState } from './seed';
import { startCentralSim } from './server';
import { parseTimestamp } from './time';
import { fakeClock, row, SAMPLE_CSV, tempDir, writeCsv } from './test-support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('timestamps', () => {
  it('parses every form found in exports as the same instant', () => {
    const utc = Date.parse('2023-05-11T04:41:00Z');
    expect(parseTimestamp('2023-05-11 04:41:00.000000+00')).toBe(utc);
    expect(parseTimestamp('2023-05-11T04:41:00Z')).toBe(utc);
    expect(parseTimestamp('2023-05-11 11:41:00')).toBe(utc); // Bangkok local
    expect(parseTimestamp('11/05/2023 11:41')).toBe(utc);
    expect(parseTimestamp('11/05/2566 11:41')).toBe(utc); // Buddhist Era
    expect(parseTimestamp('2023-05-11 11:41:00+07:00')).toBe(utc);
    expect(parseTimestamp('nonsense')).toBeNull();
  });
});

describe('org names from exports', () => {
  const dir = new OrgDirectory(baseOrgs());
  it('maps offices, units, abbreviations, truncated names and agencies', () => {
    expect(dir.resolveName('เขตหนองจอก')).toBe('100300');
    expect(dir.resolveName('ฝ่ายเทศกิจ เขตคลองเตย')).toBe('103305');
    expect(dir.resolveName('ฝ่ายรักษาความสะอาดฯ เขตจตุจักร')).toBe('103007');
    expect(dir.resolveName('เขตป้อมปราบศัตรูพ่า')).toBe('100800');
    expect(dir.resolveName('ฝ่ายโยธา เขตป้อมปราบศัตรูพ่า')).toBe('100806');
    expect(dir.get('103006')?.name).toBe('ฝ่ายโยธา เขตจตุจักร');
    expect(dir.get('103000')?.name_en).toBe('Chatuchak District Office');
    const agency = dir.resolveName('กรุงเทพโปร่งใส');
    expect(agency).toBe('900001');
    expect(dir.resolveName('สำนักการโยธา กทม.')).toBe('900002');
    expect(dir.resolveName('กรุงเทพโปร่งใส')).toBe('900001');
    // District-side teams that are not one of the ten units become extra units of that district.
    expect(dir.resolveName('พนักงานกวาด เขตบางพลัด')).toBe('102511');
    expect(dir.get('102511')?.district).toBe('1025');
    // The electricity authority's own "เขต" is not a district office.
    expect(dir.get(dir.resolveName('การไฟฟ้านครหลวง เขตธนบุรี') ?? '')?.kind).toBe('central');
  });
});

describe('seeding', () => {
  it('reads quirky rows: braces, lat/lon order, empty and repeated ids', () => {
    const file = writeCsv(tmp.dir, [
      row({ ticket_id: '2023-DUP001', comment: 'first', type: '{ถนน,ทางเท้า}' }),
      row({ ticket_id: '', comment: 'no id\nsecond line', coords: '13.8,100.6', type: 'ถนน,จราจร' }),
      row({ ticket_id: '2023-DUP001', comment: 'later wins', state: 'finish', timestamp: '11/05/2566 12:00' }),
    ]);
    const state = seedState({ dataFile: file, keepDates: true, now: Date.now() });
    expect(state.tickets).toHaveLength(2);
    const dup = state.tickets.find((t) => t.ticket_id === '2023-DUP001');
    expect(dup?.description).toBe('later wins');
    expect(dup?.status_id).toBe(4);
    expect(dup?.timestamp).toBe(Date.parse('2023-05-11T05:00:00Z'));
    const generated = state.tickets.find((t) => t.ticket_id.startsWith('SIM-'));
    expect(generated?.ticket_id).toMatch(/^SIM-[0-9A-F]{6}$/);
    expect(generated?.type).toBe('ถนน,จราจร');
    expect(generated?.latitude).toBe(13.8);
    expect(generated?.longitude).toBe(100.6);
    expect(state.timelines[dup?.ticket_id ?? '']).toHaveLength(2);
  });

  it('shifts dates so the newest activity is 30 minutes ago, unless keepDates', () => {
    const file = writeCsv(tmp.dir, [row({ ticket_id: '2023-A', last_activity: '2023-05-12 10:00:00+00' }), row({ ticket_id: '2023-B' })]);
    const now = Date.parse('2024-03-10T05:00:00Z');
    const shifted = seedState({ dataFile: file, keepDates: false, now });
    const newest = Math.max(...shifted.tickets.map((t) => t.last_activity));
    expect(newest).toBe(now - 30 * 60_000);
    const b = shifted.tickets.find((t) => t.ticket_id === '2023-B');
    expect(newest - (b?.last_activity ?? 0)).toBe(Date.parse('2023-05-12T10:00:00Z') - Date.parse('2023-05-11T04:00:00Z'));
    const kept = seedState({ dataFile: file, keepDates: true, now });
    expect(Math.max(...kept.tickets.map((t) => t.last_activity))).toBe(Date.parse('2023-05-12T10:00:00Z'));
    expect(kept.shiftMs).toBe(0);
  });
});

describe('corrupt seed files', () => {
  const expectLine = async (file: string, line: number): Promise<void> => {
    await expect(startCentralSim({ port: 0, dataFile: file, now: fakeClock().now })).rejects.toThrow(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line ${line}:`),
    );
  };

  it('rejects a file that is not a Traffy export', async () => {
    const file = join(tmp.dir, 'other.csv');
    writeFileSync(file, 'name,amount\nrice,3\n');
    await expectLine(file, 1);
  });

  it('names the line of a row with the wrong field count, after multi-line comments', async () => {
    const file = writeCsv(tmp.dir, [row({ ticket_id: '2023-A', comment: 'one\ntwo\nthree' }), row({ ticket_id: '2023-B' })]);
    // Header = line 1, first record = lines 2-4, second = line 5; append a short row on line 6.
    appendFileSync(file, '2023-C,{ถนน},เขตจตุจักร\n');
    await expectLine(file, 6);
  });

  it('names the line of an unterminated quote', async () => {
    const file = writeCsv(tmp.dir, [row({ ticket_id: '2023-A' })]);
    appendFileSync(file, '2023-Q,{ถนน},เขตจตุจักร,"never closed\n');
    await expectLine(file, 3);
  });

  it('rejects a missing file with its name', async () => {
    await expect(startCentralSim({ port: 0, dataFile: join(tmp.dir, 'missing.csv') })).rejects.toThrow(/missing\.csv/);
  });
});

describe.skipIf(!existsSync(SAMPLE_CSV))('the real sample', () => {
  it('seeds 1,000 tickets, all with org ids, and all 50 districts', () => {
    const state = seedState({ dataFile: SAMPLE_CSV, keepDates: true, now: Date.now() });
    expect(state.tickets).toHaveLength(1000);
    expect(state.tickets.filter((t) => t.ticket_id.startsWith('SIM-'))).toHaveLength(12);
    const districts = new Set(
      state.tickets.flatMap((t) => t.orgs.map((o) => state.orgs.find((g) => g.org_id === o.org_id)?.district)).filter(Boolean),
    );
    expect(districts.size).toBe(50);
    expect(state.tickets.filter((t) => t.latitude !== null && (t.latitude < 5 || t.latitude > 21))).toHaveLength(0);
    expect(state.tickets.filter((t) => t.status_id === 4)).toHaveLength(98);
  });
});
