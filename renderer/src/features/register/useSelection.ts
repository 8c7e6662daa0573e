// Row selection as a Set of case ids (cheap at 100,000), with shift-click ranges over the rows shown.
import { useCallback, useRef, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<string>;
  /** Toggle row `index` of `rows`; with `range`, set every row from the last toggled one to it. */
  toggle: (rows: readonly { id: string }[], index: number, range: boolean) => void;
  set: (ids: Iterable<string>) => void;
  clear: () => void;
}

export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);

  const toggle = useCallback((rows: readonly { id: string }[], index: number, range: boolean) => {
    const id = rows[index]?.id;
    if (id === undefined) return;
    setSelected((prev) => {
      const next = new Set(prev);
      const from = range && anchor.current !== null ? rows.findIndex((r) => r.id === anchor.current) : -1;
      if (from >= 0) {
        const on = prev.has(anchor.current!);
        const [a, b] = from < index ? [from, index] : [index, from];
        for (let i = a; i <= b; i++) {
          if (on) next.add(rows[i]!.id);
          else next.delete(rows[i]!.id);
        }
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    anchor.current = id;
  }, []);

  const set = useCallback((ids: Iterable<string>) => setSelected(new Set(ids)), []);
  const clear = useCallback(() => {
    anchor.current = null;
    setSelected(new Set());
  }, []);
  return { selected, toggle, set, clear };
}
