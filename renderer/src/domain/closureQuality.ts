// Closure quality (DOMAIN.md §9): warnings before a finish status is pushed (no or reused after-photo,
// closed within an hour of receipt, no note) and flags after the fact (a finished case reopened, or rated
// 1–2 stars). Also the after-photo fingerprint used to spot a photo reused across cases. Pure apart from
// photoHash, which uses Web Crypto (crypto.subtle, in browsers, Electron and Node 20).
import type { StatusBucket } from './status';

export const CLOSURE_FLAGS = ['no-after-photo', 'reused-photo', 'closed-within-hour', 'no-note'] as const;
export type ClosureFlag = (typeof CLOSURE_FLAGS)[number];

export const AFTER_THE_FACT_FLAGS = ['reopened', 'low-rating'] as const;
export type AfterTheFactFlag = (typeof AFTER_THE_FACT_FLAGS)[number];

const HOUR_MS = 3600_000;

export interface ClosureCheckInput {
  /** Epoch ms the case was received. */
  receivedAt: number;
  /** Epoch ms of the intended closure. */
  now: number;
  /** The note to send with the finish status. */
  note: string;
  /** photoHash of each after-photo to be sent. */
  afterPhotoHashes: string[];
  /** Hashes of after-photos already used on other cases (the caller leaves this case's own out). */
  hashesUsedElsewhere: ReadonlySet<string>;
}

/** A note counts only if it has a letter or a digit ("-", "." or "✓" alone is no note). */
function hasNote(note: string): boolean {
  return /[\p{L}\p{N}]/u.test(note);
}

/** Warnings for a closure about to be pushed, in CLOSURE_FLAGS order; empty when it looks sound. */
export function closureChecks(input: ClosureCheckInput): ClosureFlag[] {
  const flags = new Set<ClosureFlag>();
  const hashes = input.afterPhotoHashes.map((h) => h.trim().toLowerCase()).filter((h) => h.length > 0);
  if (hashes.length === 0) flags.add('no-after-photo');
  if (hashes.some((h) => input.hashesUsedElsewhere.has(h))) flags.add('reused-photo');
  if (input.now - input.receivedAt < HOUR_MS) flags.add('closed-within-hour');
  if (!hasNote(input.note)) flags.add('no-note');
  return CLOSURE_FLAGS.filter((f) => flags.has(f));
}

export interface AfterTheFactInput {
  /** Current bucket; the flags hold whatever it is now (a reopened case is usually back in progress). */
  bucket: StatusBucket;
  countReopen: number;
  star: number | null;
}

/** Flags on a case's closure history: reopened after finishing, or rated 1–2 stars. */
export function afterTheFactFlags(c: AfterTheFactInput): AfterTheFactFlag[] {
  const flags: AfterTheFactFlag[] = [];
  if (c.countReopen > 0) flags.push('reopened');
  if (c.star != null && c.star >= 1 && c.star <= 2) flags.push('low-rating');
  return flags;
}

/** SHA-256 of the photo bytes, lower-case hex: the same file gives the same hash on every PC. */
export async function photoHash(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
