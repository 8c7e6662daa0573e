// The case record kept in the local register. Traffy mirror fields and local-only fields live side by
// side but are written by different paths: a pull may only touch `remote`-derived fields (see
// sync/reconcile), never the local ones. Pure types and helpers.
import type { StatusBucket } from './status';

export type CaseSource = 'traffy' | 'import' | 'local';

export interface CaseRecord {
  /** Register key: the Traffy ticket id when known, otherwise a generated `L-…` id. */
  id: string;
  ticketId: string | null;
  source: CaseSource;

  // Mirror of the central service (overwritten by pulls and imports).
  categories: string[];
  description: string;
  organizations: string[];
  photos: string[];
  photosAfter: string[];
  lat: number | null;
  lon: number | null;
  address: string;
  subdistrict: string;
  district: string;
  province: string;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms of the central `last_activity`: what a local edit was based on. */
  lastActivityAt: number;
  statusLabel: string;
  bucket: StatusBucket;
  star: number | null;
  countReopen: number;

  // Local only (never overwritten by the central service).
  units: string[];
  localNote: string;
  /** Epoch ms of the last change made in Khet Desk, 0 if none. */
  localUpdatedAt: number;
}

/** The fields a pull or import may overwrite. */
export type RemoteFields = Omit<CaseRecord, 'id' | 'units' | 'localNote' | 'localUpdatedAt'>;

export function newCaseFromRemote(id: string, remote: RemoteFields): CaseRecord {
  return { id, ...remote, units: [], localNote: '', localUpdatedAt: 0 };
}

/** Apply remote fields to an existing case, keeping every local-only field. */
export function mergeRemote(existing: CaseRecord, remote: RemoteFields): CaseRecord {
  return { ...existing, ...remote, id: existing.id, units: existing.units, localNote: existing.localNote, localUpdatedAt: existing.localUpdatedAt };
}

/** Split Traffy's category text: `{ถนน,ทางเท้า}`, `ถนน,จราจร` or empty. */
export function parseCategories(text: string | null | undefined): string[] {
  if (!text) return [];
  return String(text)
    .replace(/^[{[]|[}\]]$/g, '')
    .split(',')
    .map((s) => s.trim().replace(/^"|"$/g, ''))
    .filter((s) => s.length > 0);
}

/** Bangkok sits at lat ≈ 13.5–14.0, lon ≈ 100.3–100.95: decide which number is which by range. */
export function orderLatLon(a: number, b: number): { lat: number; lon: number } | null {
  const isLat = (v: number) => v > 5 && v < 21;
  const isLon = (v: number) => v > 97 && v < 106;
  if (isLat(a) && isLon(b)) return { lat: a, lon: b };
  if (isLon(a) && isLat(b)) return { lat: b, lon: a };
  return null;
}
