import { describe, expect, it } from 'vitest';
import { neutralizeCell } from './cellSafety';

describe('neutralizeCell', () => {
  it('prefixes a quote to text starting with a formula trigger', () => {
    for (const text of ['=cmd|\' /C calc\'!A0', '+66812345678', '-', '-081-234-5678', '@SUM(A1)', '\tx', '\rx', '\nx']) {
      expect(neutralizeCell(text)).toBe(`'${text}`);
    }
  });

  it('leaves other text untouched', () => {
    for (const text of ['', 'ถนนชำรุด', ' =1+1', '1+1', 'a=b', "'quoted", '2023-ABCDEF']) {
      expect(neutralizeCell(text)).toBe(text);
    }
  });
});
