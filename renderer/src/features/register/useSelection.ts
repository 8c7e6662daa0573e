// Row selection as a Set of case ids (cheap at 100,000), with shift-click ranges over the rows shown.
import { useCallback, useRef, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<string>;
  /** Toggle row `index` of `rows`; with `range`, set every row from the last toggled one to it. */
  toggle: (rows: readonly { id: string }[], index: number, range: boolean) => void;
  set: (ids: Iterable<string>) => void;
  clear: () => void;
}

/**
 * The selection after toggling row `index`. With `range` and an anchor (the last toggled row) among
 * `rows`, every row between them takes the anchor's state; otherwise only that row flips. Pure.
 */
export function toggled(
  prev: ReadonlySet<string>,
  rows: readonly { id: string }[],
  index: number,
  anchor: string | null,
  range: boolean,
): Set<string> {
  const next = new Set(prev);
  const id = rows[index]?.id;
  if (id === undefined) return next;
  const from = range && anchor !== null ? rows.findIndex((r) => r.id === anchor) : -1;
  if (from < 0) {
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  }
  const on = prev.has(anchor!);
  const [a, b] = from < index ? [from, index] : [index, from];
  for (let i = a; i <= b; i++) {
    if (on) next.add(rows[i]!.id);
    else next.delete(rows[i]!.id);
  }
  return next;
}

export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);

  const toggle = useCallback((rows: readonly { id: string }[], index: number, range: boolean) => {
    const id = rows[index]?.id;
    if (id === undefined) return;
    const from = anchor.current;
    setSelected((prev) => toggled(prev, rows, index, from, range));
    anchor.current = id;
  }, []);

  const set = useCallback((ids: Iterable<string>) => setSelected(new Set(ids)), []);
  const clear = useCallback(() => {
    anchor.current = null;
    setSelected(new Set());
  }, []);
  return { selected, toggle, set, clear };
}
