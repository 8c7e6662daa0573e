// A แขวง's centre, for an item whose exact spot nobody knows: the mean position of the register's
// cases in that แขวง (no network, no map data needed). Null when the register has none there.
import type { KhetDb } from '#data/db';
import { getCases } from '#data/caseRepo';
import type { QueryClient } from '#query/queryClient';

export async function subdistrictCentre(db: KhetDb, query: QueryClient, subdistrict: string): Promise<{ lat: number; lon: number } | null> {
  if (!subdistrict.trim()) return null;
  await query.ready;
  const r = await query.query({ subdistricts: [subdistrict.trim()], limit: 500 });
  let lat = 0;
  let lon = 0;
  let n = 0;
  for (const c of await getCases(db, r.ids)) {
    if (c?.lat == null || c.lon == null) continue;
    lat += c.lat;
    lon += c.lon;
    n++;
  }
  return n > 0 ? { lat: Math.round((lat / n) * 1e6) / 1e6, lon: Math.round((lon / n) * 1e6) / 1e6 } : null;
}
