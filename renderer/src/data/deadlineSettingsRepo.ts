// The district's deadline rules (business days per category) and holiday calendar, editable; the
// shipped defaults apply until the coordinator changes them.
import type { KhetDb } from './db';
import { readMeta, writeMeta } from './metaRepo';
import { DEFAULT_DEADLINE_RULES, type DeadlineRule } from '#domain/deadline';
import { DEFAULT_HOLIDAYS, type Holiday } from '#domain/holidays';

export interface DeadlineSettings {
  rules: DeadlineRule[];
  holidays: Holiday[];
}

export async function readDeadlineSettings(db: KhetDb): Promise<DeadlineSettings> {
  const saved = await readMeta<Partial<DeadlineSettings>>(db, 'deadlines');
  return { rules: saved?.rules ?? [...DEFAULT_DEADLINE_RULES], holidays: saved?.holidays ?? [...DEFAULT_HOLIDAYS] };
}

export async function writeDeadlineSettings(db: KhetDb, patch: Partial<DeadlineSettings>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await writeMeta(db, 'deadlines', { ...(await readDeadlineSettings(db)), ...patch });
  });
}
