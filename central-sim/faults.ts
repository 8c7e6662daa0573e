// Fault injection: the defaults (no faults), a seeded PRNG so a fault run is repeatable, and the
// per-request draw that decides which fault, if any, hits a request.
import type { Faults } from './types';

export const NO_FAULTS: Faults = {
  seed: 1,
  latencyMs: 0,
  timeoutRate: 0,
  errorRate5xx: 0,
  dropRate: 0,
  malformedRate: 0,
  staleReads: false,
  expireTokens: 0,
  duplicateNewIssue: false,
};

/** mulberry32: tiny, fast, good enough to pick faults deterministically. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FaultKind = 'none' | 'error5xx' | 'drop' | 'timeout' | 'malformed';

export class FaultInjector {
  private faults: Faults;
  private random: () => number;

  constructor(initial: Partial<Faults> = {}) {
    this.faults = { ...NO_FAULTS, ...initial };
    this.random = seededRandom(this.faults.seed);
  }

  get current(): Faults {
    return { ...this.faults };
  }

  /** Merge new settings; a new seed restarts the random sequence. */
  set(update: Partial<Faults>): void {
    this.faults = { ...this.faults, ...update };
    if (update.seed !== undefined) this.random = seededRandom(update.seed);
  }

  /** One draw per rate, in a fixed order, so the sequence depends only on the seed and request count. */
  draw(): FaultKind {
    const f = this.faults;
    const rolls = [this.random(), this.random(), this.random(), this.random()] as const;
    if (rolls[0] < f.errorRate5xx) return 'error5xx';
    if (rolls[1] < f.dropRate) return 'drop';
    if (rolls[2] < f.timeoutRate) return 'timeout';
    if (rolls[3] < f.malformedRate) return 'malformed';
    return 'none';
  }
}
