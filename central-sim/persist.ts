// Saving and loading the simulator state as one JSON file: atomic writes (temp file + rename), and a
// load that ignores a state seeded from another CSV and moves an unreadable file aside.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SimState } from './types';

// Shallow shape check: enough to refuse a foreign or truncated file, cheap on big states.
const stateShape = z.object({
  version: z.literal(1),
  seededFrom: z.string(),
  seedDigest: z.string(),
  shiftMs: z.number(),
  orgs: z.array(z.object({ org_id: z.string(), name: z.string() }).loose()),
  categories: z.array(z.unknown()),
  tickets: z.array(z.object({ ticket_id: z.string(), orgs: z.array(z.unknown()) }).loose()),
  timelines: z.record(z.string(), z.array(z.unknown())),
  creditsUsed: z.record(z.string(), z.number()),
  notifications: z.array(z.unknown()),
  comments: z.array(z.unknown()),
  created: z.array(z.string()),
  photos: z.record(z.string(), z.string()),
});

/** sha256 of a file's bytes; null when it cannot be read. */
export function fileDigest(file: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

export function saveState(path: string, state: SimState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, path);
}

/**
 * Writes the state to one path: at once after ticket changes, and within `delayMs` after credit-only
 * changes (a read should not cost a multi-megabyte write each time). flush() on close.
 */
export class StateWriter {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly path: string,
    private readonly state: SimState,
    private readonly delayMs = 250,
  ) {}

  now(): void {
    this.cancel();
    saveState(this.path, this.state);
  }

  soon(): void {
    this.timer ??= setTimeout(() => this.now(), this.delayMs);
  }

  flush(): void {
    if (this.timer) this.now();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

export type LoadOutcome =
  { kind: 'loaded'; state: SimState } | { kind: 'absent' } | { kind: 'other-seed' } | { kind: 'corrupt'; movedTo: string };

/**
 * Load a saved state for `dataFile` (same content; a missing CSV is fine when the state exists).
 * A corrupt file is renamed `*.corrupt-<time>` so a reseed can proceed.
 */
export function loadState(path: string, dataFile: string, now: number): LoadOutcome {
  if (!existsSync(path)) return { kind: 'absent' };
  try {
    const parsed = stateShape.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(parsed.error.message);
    // Shape checked above; the nested records were written by saveState from a SimState.
    const state = parsed.data as unknown as SimState;
    const digest = fileDigest(dataFile);
    if (digest !== null && digest !== state.seedDigest) return { kind: 'other-seed' };
    return { kind: 'loaded', state };
  } catch {
    const movedTo = `${path}.corrupt-${now}`;
    renameSync(path, movedTo);
    return { kind: 'corrupt', movedTo };
  }
}
