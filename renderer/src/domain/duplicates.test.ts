import { describe, expect, it } from 'vitest';
import { duplicateScore, findDuplicates, haversineM, textTokens, tokenJaccard, type DuplicateInput } from './duplicates';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 5, 8, 2); // 8 June 2026, 09:00 Bangkok
// Soi Lat Phrao 71 area; 0.0001° of latitude ≈ 11 m.
const LAT = 13.7945;
const LON = 100.6052;

const mk = (id: string, over: Partial<DuplicateInput> = {}): DuplicateInput => ({
  id,
  categories: ['แสงสว่าง'],
  description: 'ไฟฟ้าส่องสว่างดับ ซอยลาดพร้าว 71',
  lat: LAT,
  lon: LON,
  createdAt: t0,
  ...over,
});

describe('text', () => {
  it('splits Thai into words, ignoring spaces, punctuation and polite particles', () => {
    expect(textTokens('ไฟฟ้าส่องสว่างดับ ซอยลาดพร้าว 71')).toEqual(['ไฟฟ้า', 'ส่อง', 'สว่าง', 'ดับ', 'ซอย', 'ลาดพร้าว', '71']);
    // Glued digits and Thai digits give the same tokens as spaced Latin digits.
    expect(textTokens('ไฟส่องสว่างดับหลายดวง ซอยลาดพร้าว71')).toContain('71');
    expect(textTokens('ซอยลาดพร้าว ๗๑!!')).toEqual(['ซอย', 'ลาดพร้าว', '71']);
    expect(textTokens('ช่วยด้วยครับ, ขยะ!!')).toEqual(['ขยะ']);
    expect(textTokens('   ')).toEqual([]);
  });

  it('measures token Jaccard', () => {
    expect(tokenJaccard(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3);
    expect(tokenJaccard([], [])).toBe(0);
    expect(tokenJaccard(textTokens('ไฟฟ้าส่องสว่างดับ ซอยลาดพร้าว 71'), textTokens('ไฟส่องสว่างดับหลายดวง ซอยลาดพร้าว71'))).toBeCloseTo(0.6);
  });

  it('measures distance in metres', () => {
    expect(haversineM(LAT, LON, LAT + 0.0003, LON)).toBeCloseTo(33.4, 0);
    expect(haversineM(13.7563, 100.5018, 13.7563, 100.5018)).toBe(0);
  });
});

describe('duplicateScore', () => {
  it('scores the same broken lights reported twice, 30 m and 2 days apart, as a likely duplicate', () => {
    const s = duplicateScore(
      mk('A'),
      mk('B', { description: 'ไฟส่องสว่างดับหลายดวง ซอยลาดพร้าว71', lat: LAT + 0.00027, createdAt: t0 + 2 * DAY }),
    );
    expect(s.sharedCategory).toBe(true);
    expect(s.distanceM).toBeGreaterThan(25);
    expect(s.distanceM).toBeLessThan(35);
    expect(s.days).toBe(2);
    expect(s.textSimilarity).toBeCloseTo(0.6);
    expect(s.score).toBeGreaterThanOrEqual(0.8);
  });

  it('scores far-apart or old reports low', () => {
    const far = duplicateScore(mk('A'), mk('B', { lat: LAT + 0.01 })); // about 1.1 km: another soi
    expect(far.distanceM).toBeGreaterThan(1000);
    expect(far.score).toBeLessThan(0.4);
    const old = duplicateScore(mk('A'), mk('B', { createdAt: t0 - 90 * DAY }));
    expect(old.score).toBe(0);
    const olderThanWindow = duplicateScore(mk('A'), mk('B', { createdAt: t0 + 45 * DAY }));
    expect(olderThanWindow.score).toBeLessThan(0.6);
  });

  it('needs more than place and category when the text differs', () => {
    const other = mk('B', { categories: ['ถนน'], description: 'ถนนเป็นหลุมบ่อ รถจักรยานยนต์ล้ม', createdAt: t0 + DAY });
    expect(duplicateScore(mk('A'), other).score).toBeLessThan(0.4);
    const sameCat = mk('B', { description: 'เสาไฟเอียง', createdAt: t0 + 3 * DAY });
    expect(duplicateScore(mk('A'), sameCat).score).toBeLessThan(0.6);
  });

  it('works without coordinates, on category and text', () => {
    const s = duplicateScore(mk('A', { lat: null, lon: null }), mk('B', { description: 'ไฟส่องสว่างดับ ซอยลาดพร้าว 71' }));
    expect(s.distanceM).toBeNull();
    expect(s.score).toBeGreaterThan(0.6);
  });

  it('is symmetric', () => {
    const a = mk('A');
    const b = mk('B', { description: 'ไฟส่องสว่างดับหลายดวง', lat: LAT + 0.0002, createdAt: t0 + 5 * DAY });
    expect(duplicateScore(a, b)).toEqual(duplicateScore(b, a));
  });
});

describe('findDuplicates', () => {
  it('returns candidates at or above the threshold, best first, never the target itself', () => {
    const target = mk('T');
    const candidates = [
      mk('T'),
      mk('near-similar', { description: 'ไฟส่องสว่างดับหลายดวง ซอยลาดพร้าว71', lat: LAT + 0.0002, createdAt: t0 + DAY }),
      mk('same', { createdAt: t0 - DAY }),
      mk('far', { lat: LAT + 0.02 }),
      mk('old', { createdAt: t0 - 200 * DAY }),
      mk('unrelated', { categories: ['ความสะอาด'], description: 'ขยะล้นถัง ส่งกลิ่นเหม็น' }),
    ];
    const found = findDuplicates(target, candidates);
    expect(found.map((m) => m.candidate.id)).toEqual(['same', 'near-similar']);
    expect(found[0]!.score).toBeGreaterThanOrEqual(found[1]!.score);
    expect(findDuplicates(target, candidates, { threshold: 0.95 }).map((m) => m.candidate.id)).toEqual(['same']);
    expect(findDuplicates(target, candidates, { maxDistanceM: 5000 }).map((m) => m.candidate.id)).toContain('far');
  });
});
