import { describe, expect, it } from 'vitest';
import { validateNewCase } from './validateNewCase';

const ok = { description: 'ไฟดับ', lat: '', lon: '', phone: '' };

describe('validateNewCase', () => {
  it('needs a description and accepts a case without coordinates or phone', () => {
    expect(validateNewCase(ok).problems).toEqual([]);
    expect(validateNewCase({ ...ok, description: '   ' }).problems).toEqual(['descriptionRequired']);
  });
  it('takes coordinates in either order inside Bangkok, refuses half or outside ones', () => {
    expect(validateNewCase({ ...ok, lat: '100.56', lon: '13.81' }).coords).toEqual({ lat: 13.81, lon: 100.56 });
    expect(validateNewCase({ ...ok, lat: '13.81' }).problems).toEqual(['coordsBoth']);
    expect(validateNewCase({ ...ok, lat: '18.79', lon: '98.98' }).problems).toEqual(['coordsOutside']);
  });
  it('checks Thai phone numbers', () => {
    expect(validateNewCase({ ...ok, phone: '081-234-5678' }).problems).toEqual([]);
    expect(validateNewCase({ ...ok, phone: '02 123 4567' }).problems).toEqual([]);
    expect(validateNewCase({ ...ok, phone: '12345' }).problems).toEqual(['phoneInvalid']);
  });
});
