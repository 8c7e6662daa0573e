// Complaint photos kept in the register for offline viewing (a laptop at a meeting, a PC whose network
// is down). Bounded: the least recently viewed are dropped beyond PHOTO_CACHE_MAX_BYTES.
import type { KhetDb } from './db';

export const PHOTO_CACHE_MAX_BYTES = 300 * 1024 * 1024;

export async function cachedPhoto(db: KhetDb, url: string): Promise<Blob | null> {
  return (await db.photoCache.get(url))?.blob ?? null;
}

export async function touchPhoto(db: KhetDb, url: string, now: number): Promise<void> {
  await db.photoCache.update(url, { at: now });
}

export async function cachePhoto(db: KhetDb, url: string, blob: Blob, now: number, maxBytes = PHOTO_CACHE_MAX_BYTES): Promise<void> {
  await db.transaction('rw', db.photoCache, async () => {
    await db.photoCache.put({ url, blob, bytes: blob.size, at: now });
    let total = 0;
    const stale: string[] = [];
    // Newest first: everything past the budget goes.
    await db.photoCache
      .orderBy('at')
      .reverse()
      .each((row) => {
        total += row.bytes;
        if (total > maxBytes && row.url !== url) stale.push(row.url);
      });
    if (stale.length > 0) await db.photoCache.bulkDelete(stale);
  });
}
