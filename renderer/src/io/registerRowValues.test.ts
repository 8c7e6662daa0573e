// registerRowValues (domain/registerRow.ts) as the writers use it: the per-day memo of the formatted
// date must give exactly what formatThaiDate gives, in both languages, across days and edge times.
import { describe, expect, it } from 'vitest';
import { newCaseFromRemote } from '#domain/case';
import { REGISTER_COLUMNS, registerRowValues } from '#domain/registerRow';
import { formatThaiDate } from '#domain/thaiDate';

const base = newCaseFromRemote('2023-AAAAAA', {
  ticketId: '2023-AAAAAA', source: 'traffy', categories: ['ถนน', 'ทางเท้า'], description: 'ถนนพัง', organizations: ['เขตบางรัก'],
  photos: [], photosAfter: [], lat: 13.72, lon: 100.52, address: '', subdistrict: 'สีลม', district: 'บางรัก', province: 'กรุงเทพมหานคร',
  createdAt: 0, lastActivityAt: 0, statusLabel: 'รอรับเรื่อง', bucket: 'waiting', star: null, countReopen: 0,
});
const at = (c: (typeof REGISTER_COLUMNS)[number]) => REGISTER_COLUMNS.indexOf(c);

describe('registerRowValues', () => {
  it('formats created / last activity exactly like formatThaiDate, memo or not', () => {
    const start = Date.UTC(2023, 4, 11, 16, 59); // 23:59 Bangkok, then across midnight and on
    for (const lang of ['th', 'en'] as const) {
      for (let i = 0; i < 400; i++) {
        const createdAt = start + i * 7 * 60_000 + (i % 3) * 999;
        const lastActivityAt = createdAt + i * 86_400_000;
        const values = registerRowValues({ ...base, createdAt, lastActivityAt }, { lang });
        expect(values[at('created')]).toBe(formatThaiDate(createdAt, { style: 'formal', withTime: true, lang }));
        expect(values[at('lastActivity')]).toBe(formatThaiDate(lastActivityAt, { style: 'formal', withTime: true, lang }));
        expect(values[at('createdDate')]).toBe(createdAt);
      }
    }
    expect(registerRowValues({ ...base, createdAt: start }, { lang: 'th' })[at('created')]).toBe('11 พฤษภาคม 2566 เวลา 23.59 น.');
  });
});
