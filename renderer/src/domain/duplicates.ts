// Likely duplicates (DOMAIN.md §3, §9): one real problem reported several times, found by place (haversine
// distance), time, shared Traffy category and similar Thai text (token Jaccard over Intl.Segmenter words).
// Pure. A score is a hint for the coordinator to mark duplicates, never a merge by itself.
//
// score = time × (0.25·sharedCategory + 0.3·closeness + 0.45·textSimilarity), where closeness is 1 within
// maxDistanceM, falling to 0 at 3×maxDistanceM (0.5 when a case has no coordinates); the sum is halved when
// the two are known to be further apart than 3×maxDistanceM. time is 1 → 0.8 across maxDays, then falls
// to 0 at 2×maxDays. Same place and category with unrelated text stays under the default threshold.

export interface DuplicateInput {
  id: string;
  categories: string[];
  description: string;
  lat: number | null;
  lon: number | null;
  /** Epoch ms. */
  createdAt: number;
}

export interface DuplicateOptions {
  /** "Same place" radius in metres (default 50). */
  maxDistanceM?: number;
  /** "Same time" window in days (default 30). */
  maxDays?: number;
  /** findDuplicates: lowest score returned (default 0.6). */
  threshold?: number;
}

export interface DuplicateScore {
  /** 0..1, three decimals. */
  score: number;
  /** Metres; null when either case has no coordinates. */
  distanceM: number | null;
  /** Absolute difference of createdAt in days (fractional). */
  days: number;
  sharedCategory: boolean;
  /** Token Jaccard 0..1 of the descriptions. */
  textSimilarity: number;
}

export const DUPLICATE_DEFAULTS = { maxDistanceM: 50, maxDays: 30, threshold: 0.6 } as const;

const DAY_MS = 86_400_000;
const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres. */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

// Polite particles and request words that say nothing about the problem.
const STOPWORDS = new Set(['ครับ', 'ค่ะ', 'คะ', 'ค่า', 'นะ', 'จ้า', 'จ้ะ', 'ด้วย', 'ช่วย', 'หน่อย', 'และ', 'ที่', 'การ', 'ให้', 'ได้', 'แล้ว']);

let segmenter: Intl.Segmenter | null | undefined;
function thaiSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;
  return segmenter;
}

/** Word tokens of a description: NFC, lower case, Latin digits, Thai split from digits and Latin, no whitespace or punctuation. */
export function textTokens(text: string): string[] {
  const clean = text
    .normalize('NFC')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .toLowerCase()
    .replace(/[\u0E50-\u0E59]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0e50 + 48)) // Thai digits
    // "ลาดพร้าว71" and "ลาดพร้าว 71" should give the same tokens.
    .replace(/([\u0E00-\u0E7F])(?=[0-9a-z])|([0-9a-z])(?=[\u0E00-\u0E7F])/g, '$1$2 ');
  const seg = thaiSegmenter();
  const words = seg ? [...seg.segment(clean)].filter((s) => s.isWordLike).map((s) => s.segment) : clean.split(/\s+/);
  return words
    .map((w) => w.replace(/[^\p{L}\p{M}\p{N}.]/gu, '').replace(/^\.+|\.+$/g, ''))
    .filter((w) => w.length > 0 && !STOPWORDS.has(w));
}

/** |A ∩ B| / |A ∪ B| of two token lists (as sets); 0 when both are empty. */
export function tokenJaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 0;
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  return shared / (sa.size + sb.size - shared);
}

const normCategory = (c: string) => c.normalize('NFC').trim().toLowerCase();

function place(a: DuplicateInput, b: DuplicateInput): number | null {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return null;
  return haversineM(a.lat, a.lon, b.lat, b.lon);
}

function timeFactor(days: number, maxDays: number): number {
  if (days <= maxDays) return 1 - 0.2 * (days / maxDays);
  return Math.max(0, 0.8 * (1 - (days - maxDays) / maxDays));
}

function combine(time: number, shared: boolean, distanceM: number | null, text: number, maxD: number): number {
  const closeness = distanceM === null ? 0.5 : Math.max(0, Math.min(1, 1 - (distanceM - maxD) / (2 * maxD)));
  let sum = 0.25 * (shared ? 1 : 0) + 0.3 * closeness + 0.45 * text;
  if (distanceM !== null && distanceM > 3 * maxD) sum *= 0.5;
  return Math.round(Math.min(1, Math.max(0, time * sum)) * 1000) / 1000;
}

interface Prepared {
  tokens: string[];
  categories: Set<string>;
}

const prepare = (c: DuplicateInput): Prepared => ({
  tokens: textTokens(c.description),
  categories: new Set(c.categories.map(normCategory)),
});

function scorePrepared(a: DuplicateInput, pa: Prepared, b: DuplicateInput, pb: Prepared, opts?: DuplicateOptions): DuplicateScore {
  const maxD = opts?.maxDistanceM ?? DUPLICATE_DEFAULTS.maxDistanceM;
  const maxDays = opts?.maxDays ?? DUPLICATE_DEFAULTS.maxDays;
  const distanceM = place(a, b);
  const days = Math.abs(a.createdAt - b.createdAt) / DAY_MS;
  const sharedCategory = [...pa.categories].some((c) => c.length > 0 && pb.categories.has(c));
  const textSimilarity = Math.round(tokenJaccard(pa.tokens, pb.tokens) * 1000) / 1000;
  const score = combine(timeFactor(days, maxDays), sharedCategory, distanceM, textSimilarity, maxD);
  return { score, distanceM: distanceM === null ? null : Math.round(distanceM * 10) / 10, days, sharedCategory, textSimilarity };
}

export function duplicateScore(a: DuplicateInput, b: DuplicateInput, opts?: DuplicateOptions): DuplicateScore {
  return scorePrepared(a, prepare(a), b, prepare(b), opts);
}

export type DuplicateMatch<T extends DuplicateInput> = DuplicateScore & { candidate: T };

/** Candidates (other than the target itself) scoring at least the threshold, best first. */
export function findDuplicates<T extends DuplicateInput>(
  target: DuplicateInput,
  candidates: readonly T[],
  opts?: DuplicateOptions,
): DuplicateMatch<T>[] {
  const threshold = opts?.threshold ?? DUPLICATE_DEFAULTS.threshold;
  const maxD = opts?.maxDistanceM ?? DUPLICATE_DEFAULTS.maxDistanceM;
  const maxDays = opts?.maxDays ?? DUPLICATE_DEFAULTS.maxDays;
  const pt = prepare(target);
  const out: DuplicateMatch<T>[] = [];
  for (const c of candidates) {
    if (c.id === target.id) continue;
    // Cheap bound first: with identical text and a shared category, could this reach the threshold?
    const best = combine(timeFactor(Math.abs(target.createdAt - c.createdAt) / DAY_MS, maxDays), true, place(target, c), 1, maxD);
    if (best < threshold) continue;
    const s = scorePrepared(target, pt, c, prepare(c), opts);
    if (s.score >= threshold) out.push({ ...s, candidate: c });
  }
  return out.sort((x, y) => y.score - x.score || (x.distanceM ?? Infinity) - (y.distanceM ?? Infinity) || x.days - y.days);
}
