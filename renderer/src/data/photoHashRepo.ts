// After-photo content hashes: which case each photo closed. The same photo closing two cases is the
// "phantom fix" the governor warned about (DOMAIN.md §9).
import type { KhetDb } from './db';

/** Hashes among `hashes` already used on another case. */
export async function hashesUsedElsewhere(db: KhetDb, hashes: readonly string[], caseId: string): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db.photoHashes.bulkGet([...hashes]);
  return new Set(rows.filter((r) => r && r.caseId !== caseId).map((r) => r!.hash));
}

export async function rememberPhotoHashes(db: KhetDb, caseId: string, hashes: readonly string[], now: number): Promise<void> {
  await db.transaction('rw', db.photoHashes, async () => {
    for (const hash of hashes) if (!(await db.photoHashes.get(hash))) await db.photoHashes.add({ hash, caseId, at: now });
  });
}
