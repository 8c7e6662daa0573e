import { describe, expect, it } from 'vitest';
import { CLOSURE_FLAGS, afterTheFactFlags, closureChecks, photoHash } from './closureQuality';

const HOUR = 3600_000;
const received = Date.UTC(2026, 5, 8, 2); // 8 June 2026, 09:00 Bangkok
const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

const sound = {
  receivedAt: received,
  now: received + 26 * HOUR,
  note: 'ฝ่ายโยธาเปลี่ยนหลอดไฟ 3 ดวงแล้ว ตรวจสอบเมื่อ 09.30 น.',
  afterPhotoHashes: [HASH_A],
  hashesUsedElsewhere: new Set<string>([HASH_B]),
};

describe('closureChecks', () => {
  it('passes a closure with a fresh after-photo, a note and time taken', () => {
    expect(closureChecks(sound)).toEqual([]);
  });

  it('flags a missing after-photo and a missing note', () => {
    expect(closureChecks({ ...sound, afterPhotoHashes: [] })).toEqual(['no-after-photo']);
    expect(closureChecks({ ...sound, afterPhotoHashes: ['  '] })).toEqual(['no-after-photo']);
    expect(closureChecks({ ...sound, note: '   ' })).toEqual(['no-note']);
    expect(closureChecks({ ...sound, note: ' - . ' })).toEqual(['no-note']);
    expect(closureChecks({ ...sound, note: 'ok' })).toEqual([]);
  });

  it('flags an after-photo already used on another case (hash compared case-insensitively)', () => {
    expect(closureChecks({ ...sound, afterPhotoHashes: [HASH_A, HASH_B.toUpperCase()] })).toEqual(['reused-photo']);
  });

  it('flags a closure within an hour of receipt, not one just after', () => {
    expect(closureChecks({ ...sound, now: received + 59 * 60_000 })).toEqual(['closed-within-hour']);
    expect(closureChecks({ ...sound, now: received + HOUR })).toEqual([]);
    expect(closureChecks({ ...sound, now: received - 5 * 60_000 })).toEqual(['closed-within-hour']); // clock skew
  });

  it('reports every problem at once, in a fixed order', () => {
    const all = closureChecks({ ...sound, now: received + 10 * 60_000, note: '', afterPhotoHashes: [] });
    expect(all).toEqual(['no-after-photo', 'closed-within-hour', 'no-note']);
    const worst = closureChecks({ ...sound, now: received + 60_000, note: '', afterPhotoHashes: [HASH_B] });
    expect(worst).toEqual(['reused-photo', 'closed-within-hour', 'no-note']);
    expect(CLOSURE_FLAGS).toEqual(['no-after-photo', 'reused-photo', 'closed-within-hour', 'no-note']);
  });
});

describe('afterTheFactFlags', () => {
  it('flags reopened and 1–2 star cases', () => {
    expect(afterTheFactFlags({ bucket: 'finish', countReopen: 0, star: 5 })).toEqual([]);
    expect(afterTheFactFlags({ bucket: 'finish', countReopen: 0, star: null })).toEqual([]);
    expect(afterTheFactFlags({ bucket: 'inprogress', countReopen: 1, star: null })).toEqual(['reopened']);
    expect(afterTheFactFlags({ bucket: 'finish', countReopen: 0, star: 2 })).toEqual(['low-rating']);
    expect(afterTheFactFlags({ bucket: 'finish', countReopen: 2, star: 1 })).toEqual(['reopened', 'low-rating']);
    expect(afterTheFactFlags({ bucket: 'finish', countReopen: 0, star: 3 })).toEqual([]);
    expect(afterTheFactFlags({ bucket: 'finish', countReopen: 0, star: 0 })).toEqual([]); // 0 = not rated
  });
});

describe('photoHash', () => {
  it('is SHA-256 in lower-case hex', async () => {
    expect(await photoHash(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await photoHash(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a view of a larger buffer by its own bytes only', async () => {
    const big = new Uint8Array([0, 97, 98, 99, 0]);
    expect(await photoHash(big.subarray(1, 4))).toBe(await photoHash(new TextEncoder().encode('abc')));
  });
});
