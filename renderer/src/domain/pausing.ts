// Pausing statuses (DOMAIN.md §4–5): org status labels meaning the case waits on budget, procurement or a
// legal process, which the deadline clock does not count as inaction; and pauses derived from a status
// history. Pure. Re-exported by deadline.ts.
import type { Pause } from './deadline';

/** Org status labels that mean "waiting on a process, not inaction" (DOMAIN.md §4–5). */
export const PAUSING_STATUS_LABELS = ['ของบประมาณ', 'จัดซื้อจัดจ้าง', 'ขั้นตอนทางกฎหมาย'] as const;

export function isPausingStatus(label: string | null | undefined): boolean {
  if (!label) return false;
  const key = label.normalize('NFC').replace(/\s+/g, '');
  return (PAUSING_STATUS_LABELS as readonly string[]).includes(key);
}

/** Pauses from a status history (any order): each run of pausing statuses is one pause. */
export function pausesFromStatusHistory(events: readonly { at: number; statusLabel: string }[]): Pause[] {
  const pauses: Pause[] = [];
  let open: number | null = null;
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    const pausing = isPausingStatus(e.statusLabel);
    if (pausing && open === null) open = e.at;
    else if (!pausing && open !== null) {
      pauses.push({ from: open, to: e.at });
      open = null;
    }
  }
  if (open !== null) pauses.push({ from: open, to: null });
  return pauses;
}
