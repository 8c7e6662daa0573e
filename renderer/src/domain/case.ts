// The case record kept in the local register. Traffy mirror fields and local-only fields live side by
// side but are written by different paths: a pull may only touch `remote`-derived fields (see
// sync/reconcile), never the local ones. Pure types and helpers.
import type { StatusBucket } from './status';
import { isPausingStatus } from './pausing';
import type { MeetingLink } from './meeting';

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

  // Local only (never overwritten by the central service): see LocalFields.
  units: string[];
  localNote: string;
  /** Epoch ms of the last change made in Khet Desk, 0 if none. */
  localUpdatedAt: number;
  /** How the case reached the district (absent: a Traffy ticket). */
  channel?: CaseChannel;
  /** Every reference the case carries across channels (1555 id, letter receipt number, 1567 memo, meeting item…). */
  refs?: CaseRef[];
  /** The complainant's contact for call-backs (PDPA: shown masked until revealed, and the reveal is logged). */
  contact?: CaseContact | null;
  /** Spans waiting on budget, procurement or legal process: the deadline clock stops during them. */
  pauses?: StatusPause[];
  /** Closure-quality flags the coordinator proceeded past, with the reason given. */
  closure?: ClosureNote | null;
  /** For an item raised at a citizen meeting: its session and item number. */
  meeting?: MeetingLink;
}

export type CaseChannel = 'traffy' | 'hotline-1555' | 'letter' | 'memo-1567' | 'walk-in' | 'phone' | 'meeting';
export const CASE_CHANNELS: readonly CaseChannel[] = ['traffy', 'hotline-1555', 'letter', 'memo-1567', 'walk-in', 'phone', 'meeting'];

export type CaseRefKind = 'traffy' | 'hotline-1555' | 'letter-receipt' | 'memo-1567' | 'meeting-item' | 'duplicate-of' | 'duplicate';
export const CASE_REF_KINDS: readonly CaseRefKind[] = [
  'traffy',
  'hotline-1555',
  'letter-receipt',
  'memo-1567',
  'meeting-item',
  'duplicate-of',
  'duplicate',
];

export interface CaseRef {
  kind: CaseRefKind;
  value: string;
  addedAt: number;
}

export interface CaseContact {
  name: string;
  phone: string;
  /** The complainant agreed that the central service may text them. */
  consentToShare: boolean;
}

export interface StatusPause {
  from: number;
  /** null while still paused. */
  to: number | null;
  label: string;
}

export interface ClosureNote {
  flags: string[];
  reason: string;
  at: number;
}

/** The local-only fields: a pull or import never touches them. */
export type LocalFields = Pick<
  CaseRecord,
  'units' | 'localNote' | 'localUpdatedAt' | 'channel' | 'refs' | 'contact' | 'pauses' | 'closure'
>;
const LOCAL_KEYS = ['units', 'localNote', 'localUpdatedAt', 'channel', 'refs', 'contact', 'pauses', 'closure', 'meeting'] as const;

/** The fields a pull or import may overwrite. */
export type RemoteFields = Omit<CaseRecord, 'id' | keyof LocalFields>;

/** Open or close a pause when the status moves into or out of a pausing label. Pure. */
export function trackPauses(
  pauses: readonly StatusPause[] | undefined,
  beforeLabel: string,
  afterLabel: string,
  at: number,
): StatusPause[] | undefined {
  const was = isPausingStatus(beforeLabel);
  const is = isPausingStatus(afterLabel);
  if (was === is && (!was || beforeLabel === afterLabel)) return pauses ? [...pauses] : undefined;
  const next = (pauses ?? []).map((p) => (p.to === null && was ? { ...p, to: at } : p));
  if (is) next.push({ from: at, to: null, label: afterLabel });
  return next;
}

/** What a case that did not come from the central service is made of (walk-in, letter, meeting item…). */
export interface LocalCaseFields {
  description: string;
  address: string;
  subdistrict: string;
  lat: number | null;
  lon: number | null;
  categories: string[];
  photos?: string[];
}

/** A new local case (key `L-…`, waiting, no ticket yet); the caller adds channel, refs, contact. */
export function newLocalCase(f: LocalCaseFields, now: number): CaseRecord {
  const base = newCaseFromRemote(`L-${crypto.randomUUID()}`, {
    ticketId: null,
    source: 'local',
    categories: f.categories,
    description: f.description.normalize('NFC').trim(),
    organizations: [],
    photos: f.photos ?? [],
    photosAfter: [],
    lat: f.lat,
    lon: f.lon,
    address: f.address.normalize('NFC').trim(),
    subdistrict: f.subdistrict,
    district: '',
    province: 'กรุงเทพมหานคร',
    createdAt: now,
    lastActivityAt: now,
    statusLabel: 'รอรับเรื่อง',
    bucket: 'waiting',
    star: null,
    countReopen: 0,
  });
  return { ...base, localUpdatedAt: now };
}

export function newCaseFromRemote(id: string, remote: RemoteFields): CaseRecord {
  const base: CaseRecord = { id, ...remote, units: [], localNote: '', localUpdatedAt: 0 };
  return isPausingStatus(remote.statusLabel)
    ? { ...base, pauses: [{ from: remote.lastActivityAt, to: null, label: remote.statusLabel }] }
    : base;
}

/** Apply remote fields to an existing case, keeping every local-only field (pauses follow the status). */
export function mergeRemote(existing: CaseRecord, remote: RemoteFields): CaseRecord {
  const merged: CaseRecord = { ...existing, ...remote, id: existing.id };
  // An imported record is a whole CaseRecord at run time: its (empty) local fields must not win.
  const m = merged as unknown as Record<string, unknown>;
  for (const k of LOCAL_KEYS) {
    if (existing[k] === undefined) delete m[k];
    else m[k] = existing[k];
  }
  const pauses = trackPauses(existing.pauses, existing.statusLabel, remote.statusLabel, remote.lastActivityAt);
  if (pauses !== undefined) merged.pauses = pauses;
  return merged;
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
