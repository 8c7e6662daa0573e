import { describe, expect, it } from 'vitest';
import { cleanText, normalizeProvince, normalizeTraffyRow, parsePhotoList, type ColumnMap } from './traffyRow';

const OPEN: ColumnMap = {
  ticketId: 'ticket_id', categories: 'type', organizations: 'organization', description: 'comment',
  photos: 'photo', photosAfter: 'photo_after', coords: 'coords', address: 'address', subdistrict: 'subdistrict',
  district: 'district', province: 'province', createdAt: 'timestamp', state: 'state', star: 'star',
  countReopen: 'count_reopen', lastActivity: 'last_activity',
};

const base: Record<string, string> = {
  ticket_id: '2023-FCX4QQ', type: '{กีดขวาง,ถนน}', organization: 'เขตธนบุรี,ฝ่ายโยธา เขตธนบุรี',
  comment: '  ทางเท้า\u200bชำรุด\r\nช่วยด้วย  ', photo: 'https://x/a.jpg', photo_after: '', coords: '100.48866,13.72368',
  address: 'ถนน', subdistrict: 'บางยี่เรือ', district: 'ป้อมปราบศัตรูพ่า', province: 'จังหวัดกรุงเทพมหานคร',
  timestamp: '2023-05-12 13:26:05.221234+00', state: 'รอรับเรื่อง', star: '', count_reopen: '0',
  last_activity: '2023-05-12 13:27:05+00',
};

function ok(row: Record<string, string>, columns: ColumnMap = OPEN) {
  const r = normalizeTraffyRow(row, columns);
  if (!r.ok) throw new Error(`rejected: ${JSON.stringify(r.reason)}`);
  return r.record;
}

describe('normalizeTraffyRow', () => {
  it('normalises an open-dataset row', () => {
    const r = ok(base);
    expect(r.ticketId).toBe('2023-FCX4QQ');
    expect(r.source).toBe('import');
    expect(r.categories).toEqual(['กีดขวาง', 'ถนน']);
    expect(r.organizations).toEqual(['เขตธนบุรี', 'ฝ่ายโยธา เขตธนบุรี']);
    expect(r.description).toBe('ทางเท้าชำรุด\nช่วยด้วย');
    expect(r.photos).toEqual(['https://x/a.jpg']);
    expect(r).toMatchObject({ lat: 13.72368, lon: 100.48866, province: 'กรุงเทพมหานคร', district: 'ป้อมปราบศัตรูพ่า' });
    expect(r.createdAt).toBe(Date.UTC(2023, 4, 12, 13, 26, 5, 221));
    expect(r.lastActivityAt).toBe(Date.UTC(2023, 4, 12, 13, 27, 5));
    expect(r).toMatchObject({ statusLabel: 'รอรับเรื่อง', bucket: 'waiting', star: null, countReopen: 0 });
  });

  it('accepts 1555 ids, empty ids and plain category lists; rejects ids with spaces', () => {
    expect(ok({ ...base, ticket_id: 'JGKLY8', type: 'ถนน,จราจร' })).toMatchObject({ ticketId: 'JGKLY8', categories: ['ถนน', 'จราจร'] });
    expect(ok({ ...base, ticket_id: '  ', type: '' })).toMatchObject({ ticketId: null, categories: [] });
    const r = normalizeTraffyRow({ ...base, ticket_id: 'not an id' }, OPEN);
    expect(r).toEqual({ ok: false, reason: { code: 'bad-ticket-id', value: 'not an id', column: 'ticket_id' } });
  });

  it('maps English state codes to the bucket and the Thai label', () => {
    const expected = { start: 'waiting', inprogress: 'inprogress', follow: 'follow', forward: 'forward', finish: 'finish', irrelevant: 'irrelevant' };
    for (const [code, bucket] of Object.entries(expected)) {
      const r = ok({ ...base, state: code });
      expect(r.bucket).toBe(bucket);
      expect(r.statusLabel).not.toMatch(/^[a-z]+$/);
    }
    expect(ok({ ...base, state: 'finish' }).statusLabel).toBe('เสร็จสิ้น');
  });

  it('rejects an unknown or missing state with the offending value', () => {
    expect(normalizeTraffyRow({ ...base, state: 'รอพิจารณา' }, OPEN)).toEqual({
      ok: false, reason: { code: 'unknown-state', value: 'รอพิจารณา', column: 'state' },
    });
    expect(normalizeTraffyRow({ ...base, state: '' }, OPEN)).toMatchObject({ ok: false, reason: { code: 'missing-state' } });
  });

  it('falls back to state_type when the Thai label is not in the bucket table', () => {
    const r = ok({ ...base, state: 'จัดทำนโยบาย', state_type: 'inprogress' }, { ...OPEN, stateType: 'state_type' });
    expect(r).toMatchObject({ statusLabel: 'จัดทำนโยบาย', bucket: 'inprogress' });
  });

  it('reads every timestamp shape as the same instant', () => {
    const at = Date.UTC(2023, 4, 12, 2, 30);
    for (const t of ['2023-05-12 02:30:00+00', '2023-05-12T02:30:00Z', '2023-05-12 09:30:00', '12/05/2566 09:30', '12/05/2023 09:30', '2023-05-12 09:30:00+07:00']) {
      expect(ok({ ...base, timestamp: t }).createdAt, t).toBe(at);
    }
  });

  it('rejects unreadable or missing creation times', () => {
    expect(normalizeTraffyRow({ ...base, timestamp: 'เมื่อวาน' }, OPEN)).toEqual({
      ok: false, reason: { code: 'bad-timestamp', value: 'เมื่อวาน', column: 'timestamp' },
    });
    expect(normalizeTraffyRow({ ...base, timestamp: '' }, OPEN)).toMatchObject({ ok: false, reason: { code: 'missing-timestamp' } });
    expect(normalizeTraffyRow({ ...base, last_activity: '31/02/2566 25:00' }, OPEN)).toMatchObject({ ok: false, reason: { code: 'bad-timestamp', column: 'last_activity' } });
  });

  it('without last_activity takes the newest of created/in-progress/finished', () => {
    const cols: ColumnMap = { ...OPEN, lastActivity: undefined, inprogressAt: 'ti', finishedAt: 'tf' };
    const row = { ...base, timestamp: '2023-05-01 08:00:00', ti: '2023-05-03 08:00:00', tf: '2023-05-02 08:00:00' };
    expect(ok(row, cols).lastActivityAt).toBe(Date.UTC(2023, 4, 3, 1));
    expect(ok({ ...row, ti: '', tf: '' }, cols).lastActivityAt).toBe(Date.UTC(2023, 4, 1, 1));
  });

  it('decides latitude/longitude by value range, whatever the columns say', () => {
    const cols: ColumnMap = { ...OPEN, coords: undefined, latitude: 'latitude', longitude: 'longitude' };
    expect(ok({ ...base, latitude: '100.5', longitude: '13.7' }, cols)).toMatchObject({ lat: 13.7, lon: 100.5 });
    expect(ok({ ...base, latitude: '13.7', longitude: '100.5' }, cols)).toMatchObject({ lat: 13.7, lon: 100.5 });
    expect(ok({ ...base, coords: '13.72368, 100.48866' })).toMatchObject({ lat: 13.72368, lon: 100.48866 });
    expect(ok({ ...base, coords: '0,0' })).toMatchObject({ lat: null, lon: null });
  });

  it('reads star and reopen counts leniently', () => {
    expect(ok({ ...base, star: '4.0', count_reopen: '2' })).toMatchObject({ star: 4, countReopen: 2 });
    expect(ok({ ...base, star: '9', count_reopen: 'x' })).toMatchObject({ star: null, countReopen: 0 });
  });
});

describe('text helpers', () => {
  it('cleans Thai text: NFC, no zero-width characters, trimmed', () => {
    // A tone mark typed before sara u (U+0E48 U+0E38) is put in canonical order (U+0E38 U+0E48).
    expect(cleanText('\uFEFF\u200bก\u0e48\u0e38 \u200d')).toBe('ก\u0e38\u0e48');
    expect(cleanText(undefined)).toBe('');
    expect(cleanText('ชื่อ &quot;มี ซาวน์น่า&quot; &amp;quot; &#39;x&#39; &nbsp;')).toBe('ชื่อ "มี ซาวน์น่า" &quot; \'x\' &nbsp;');
  });
  it('normalises province spellings', () => {
    expect(normalizeProvince('จังหวัดกรุงเทพมหานคร')).toBe('กรุงเทพมหานคร');
    expect(normalizeProvince('กทม.')).toBe('กรุงเทพมหานคร');
    expect(normalizeProvince('จ.ยโสธร')).toBe('ยโสธร');
  });
  it('reads photo lists in their several shapes', () => {
    expect(parsePhotoList('{https://a/1.jpg,https://a/2.jpg}')).toEqual(['https://a/1.jpg', 'https://a/2.jpg']);
    expect(parsePhotoList('["https://a/1.jpg", "https://a/2.jpg"]')).toEqual(['https://a/1.jpg', 'https://a/2.jpg']);
    expect(parsePhotoList('https://a/1.jpg')).toEqual(['https://a/1.jpg']);
    expect(parsePhotoList('')).toEqual([]);
  });
});
