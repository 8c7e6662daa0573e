import { describe, expect, it } from 'vitest';
import { isOkStatus, mentionsBadToken, mentionsQuotaExhausted, parseBangkokTimestamp, parseLooseJson } from './central-envelope';

describe('central envelope readers', () => {
  it('finds the JSON after a PHP warning and ignores trailing noise', () => {
    expect(parseLooseJson('<b>Warning</b>: x in y.php on line 3\n{"status":"success"}')).toEqual({ status: 'success' });
    expect(parseLooseJson('{"a":{"b":1}}\n<!-- cached -->')).toEqual({ a: { b: 1 } });
    expect(parseLooseJson('<html>502</html>')).toBeNull();
    expect(parseLooseJson('{"truncated":')).toBeNull();
  });

  it('normalises the status values seen in the wild', () => {
    for (const s of ['success', 'warning', 'OK', 'ok', 200, '200', ' Success ']) expect(isOkStatus(s)).toBe(true);
    for (const s of ['fail', 'error', 500, null, undefined, {}]) expect(isOkStatus(s)).toBe(false);
  });

  it('reads Bangkok local time as UTC+7 without DST', () => {
    expect(parseBangkokTimestamp('2024-01-01 12:00:00')).toBe(Date.UTC(2024, 0, 1, 5, 0, 0));
    expect(parseBangkokTimestamp('2024-07-01 00:30:00')).toBe(Date.UTC(2024, 5, 30, 17, 30, 0));
    expect(parseBangkokTimestamp('2024-07-01T00:30:00+07:00')).toBe(Date.UTC(2024, 5, 30, 17, 30, 0));
    expect(parseBangkokTimestamp('not a date')).toBeNull();
    expect(parseBangkokTimestamp(1_700_000_000)).toBeNull();
  });

  it('recognises refused tokens and an exhausted quota', () => {
    expect(mentionsBadToken('Invalid token')).toBe(true);
    expect(mentionsBadToken('Token has expired | Token หมดอายุ')).toBe(true);
    expect(mentionsBadToken('Invalid ticket_id')).toBe(false);
    expect(mentionsQuotaExhausted('Running out of API usage quota | โควตาหมด')).toBe(true);
    expect(mentionsQuotaExhausted('Almost running out of API usage quota')).toBe(false);
  });
});
