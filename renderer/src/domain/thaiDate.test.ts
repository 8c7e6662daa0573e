import { describe, expect, it } from 'vitest';
import { fiscalQuarterOf, fiscalYearOf, fiscalYearRange, formatThaiDate, formatThaiTime, toThaiDigits } from './thaiDate';

// 12 May 2023, 09:30 in Bangkok = 02:30 UTC.
const at = Date.UTC(2023, 4, 12, 2, 30);
const bangkok = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 7, mi);

describe('formatThaiDate', () => {
  it('writes Buddhist-era dates with full month names in formal style', () => {
    expect(formatThaiDate(at, { style: 'formal' })).toBe('12 พฤษภาคม 2566');
    expect(formatThaiDate(at, { style: 'formal', withTime: true })).toBe('12 พฤษภาคม 2566 เวลา 09.30 น.');
    expect(formatThaiDate(at, { style: 'long' })).toBe('12 พ.ค. 2566');
    expect(formatThaiDate(at, { style: 'short', withTime: true })).toBe('12/05/2566 09.30 น.');
    expect(formatThaiDate(at, { style: 'formal', thaiDigits: true, withTime: true })).toBe('๑๒ พฤษภาคม ๒๕๖๖ เวลา ๐๙.๓๐ น.');
  });

  it('has every full Thai month name right', () => {
    const names = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
    names.forEach((name, i) => expect(formatThaiDate(bangkok(2024, i + 1, 1, 12), { style: 'formal' })).toBe(`1 ${name} 2567`));
  });

  it('uses Bangkok time whatever the machine zone: 23:30 UTC is already the next day', () => {
    const late = Date.UTC(2023, 11, 31, 17, 30); // 1 Jan 2024 00:30 Bangkok
    expect(formatThaiDate(late, { style: 'formal', withTime: true })).toBe('1 มกราคม 2567 เวลา 00.30 น.');
    expect(formatThaiTime(late, 'en')).toBe('00:30');
  });

  it('writes English with Gregorian years', () => {
    expect(formatThaiDate(at, { style: 'formal', lang: 'en', withTime: true })).toBe('12 May 2023 09:30');
    expect(formatThaiDate(at, { style: 'short', lang: 'en' })).toBe('12/05/2023');
  });

  it('converts digits', () => expect(toThaiDigits('2566-09')).toBe('๒๕๖๖-๐๙'));
});

describe('fiscal year', () => {
  it('turns over at 1 October 00:00 Bangkok time', () => {
    expect(fiscalYearOf(bangkok(2023, 9, 30, 23, 59))).toBe(2566);
    expect(fiscalYearOf(bangkok(2023, 10, 1, 0, 0))).toBe(2567);
    // 30 Sep 17:00 UTC is 1 Oct 00:00 in Bangkok: already the new fiscal year.
    expect(fiscalYearOf(Date.UTC(2023, 8, 30, 17, 0))).toBe(2567);
    expect(fiscalYearOf(Date.UTC(2023, 8, 30, 16, 59))).toBe(2566);
  });

  it('numbers quarters from October', () => {
    expect(fiscalQuarterOf(bangkok(2023, 10, 1))).toBe(1);
    expect(fiscalQuarterOf(bangkok(2023, 12, 31, 23))).toBe(1);
    expect(fiscalQuarterOf(bangkok(2024, 1, 1))).toBe(2);
    expect(fiscalQuarterOf(bangkok(2024, 6, 30))).toBe(3);
    expect(fiscalQuarterOf(bangkok(2024, 9, 30, 23, 59))).toBe(4);
  });

  it('gives the bounds of a fiscal year', () => {
    expect(fiscalYearRange(2567)).toEqual({ start: bangkok(2023, 10, 1), end: bangkok(2024, 10, 1) });
    const { start, end } = fiscalYearRange(2567);
    expect(fiscalYearOf(start)).toBe(2567);
    expect(fiscalYearOf(end - 1)).toBe(2567);
    expect(fiscalYearOf(end)).toBe(2568);
  });
});
