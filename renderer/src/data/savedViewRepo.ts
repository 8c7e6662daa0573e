// Saved register views (filters, sort and columns under a name) in the `meta` table, one key for all
// of them (a district keeps a handful, not thousands). Stores the views as opaque JSON: what a view
// means and how an old one is read belongs to features/register/registerView. Never touches cases.
import type { KhetDb } from './db';
import { readMeta, writeMeta } from './metaRepo';

export interface SavedView {
  name: string;
  view: unknown;
  savedAt: number;
}

const KEY = 'register.savedViews';

export async function listSavedViews(db: KhetDb): Promise<SavedView[]> {
  const rows = await readMeta<SavedView[]>(db, KEY);
  return Array.isArray(rows) ? rows.filter((r) => typeof r?.name === 'string') : [];
}

/** Save under `name` (trimmed); a view of the same name is replaced. Returns the list after saving. */
export function saveView(db: KhetDb, name: string, view: unknown, now: number): Promise<SavedView[]> {
  const n = name.trim();
  return db.transaction('rw', db.meta, async () => {
    const rest = (await listSavedViews(db)).filter((r) => r.name !== n);
    const next = [...rest, { name: n, view, savedAt: now }].sort((a, b) => a.name.localeCompare(b.name, 'th'));
    await writeMeta(db, KEY, next);
    return next;
  });
}

export function deleteSavedView(db: KhetDb, name: string): Promise<SavedView[]> {
  return db.transaction('rw', db.meta, async () => {
    const next = (await listSavedViews(db)).filter((r) => r.name !== name);
    await writeMeta(db, KEY, next);
    return next;
  });
}
