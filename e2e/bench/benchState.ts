// Shared by the bench harness modules: the phase state, logging and small helpers.
import Dexie from 'dexie';
import type { KhetDb } from '#data/db';
import type { QueryClient } from '#query/queryClient';
import { synthCases, type SynthCase } from './synth';
export const DAY = 86_400_000;
/** The chunk size the import pipeline hands to its caller by default; the write comparison uses it too. */
export const WRITE_CHUNK = 2000;
/** The setup the app needs to open straight to the register (demo mode, Chatuchak). */
export const SETUP = { districtCode: '1030', mode: 'demo', baseUrl: null, user: null } as const;

export const log = (msg: string) => console.log(`[bench] ${msg}`);
export const round = (ms: number, digits = 1) => Math.round(ms * 10 ** digits) / 10 ** digits;
export const now = () => performance.now();

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}

/** Logs "label done/total" each time another `step` fraction is complete, so 100k-row phases stay readable. */
export function progress(label: string, step = 0.1): (done: number, total: number) => void {
  let logged = 0;
  return (done, total) => {
    const reached = total > 0 ? Math.floor((done / total) * (1 / step) + 1e-9) : 0;
    if (reached <= logged) return;
    logged = reached;
    log(`${label} ${Math.round((done / total) * 100)}% (${done.toLocaleString('en')}/${total.toLocaleString('en')})`);
  };
}

interface State {
  cases: SynthCase[] | null;
  csv: Blob | null;
  client: QueryClient | null;
  db: KhetDb | null;
  /** The query mix's reference ids per combo (engine answer), for the baseline cross-check. */
  engineIds: Map<string, string[]>;
}
export const state: State = { cases: null, csv: null, client: null, db: null, engineIds: new Map() };

export async function reset(names: string[]): Promise<void> {
  for (const name of names) await Dexie.delete(name);
}

export function generate(n: number): { ms: number; cases: number } {
  const t = now();
  state.cases = synthCases(n);
  return { ms: round(now() - t), cases: n };
}

export function free(): void {
  state.cases = null;
  state.csv = null;
}

export function requireCases(): SynthCase[] {
  if (!state.cases) throw new Error('generate() first');
  return state.cases;
}
