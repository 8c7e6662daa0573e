// The district's unit list and routing rules, editable (units vary per district; rules are hints to
// be confirmed by coordinators). Shipped defaults until changed.
import type { KhetDb } from './db';
import { readMeta, writeMeta } from './metaRepo';
import { DEFAULT_ROUTING_RULES, DEFAULT_UNITS, type RoutingRule } from '#domain/routing';

export interface RoutingSettings {
  units: string[];
  rules: RoutingRule[];
}

export async function readRouting(db: KhetDb): Promise<RoutingSettings> {
  const saved = await readMeta<Partial<RoutingSettings>>(db, 'routing');
  return { units: saved?.units ?? DEFAULT_UNITS.map((u) => u.nameTh), rules: saved?.rules ?? [...DEFAULT_ROUTING_RULES] };
}

export async function writeRouting(db: KhetDb, patch: Partial<RoutingSettings>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await writeMeta(db, 'routing', { ...(await readRouting(db)), ...patch });
  });
}
