// Tells interested parts of this window which cases a committed write touched (the query engine's
// worker folds them in). In-process only; emitted after the transaction has committed. A writer may
// pass the records it committed: while the listeners run, committedRecords() hands them to a listener
// that would otherwise read them back from IndexedDB (the query client posts them to its worker).
import type { CaseRecord } from '#domain/case';

type Listener = (ids: readonly string[]) => void;

const listeners = new Set<Listener>();
let dispatching: { ids: readonly string[]; records: readonly CaseRecord[] } | null = null;

export function onCasesChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `records`, when given, are the committed cases, one per id in the same order. */
export function emitCasesChanged(ids: readonly string[], records?: readonly CaseRecord[]): void {
  if (ids.length === 0) return;
  const outer = dispatching;
  dispatching = records && records.length === ids.length ? { ids, records } : null;
  try {
    for (const l of listeners) l(ids);
  } finally {
    dispatching = outer;
  }
}

/**
 * Inside a listener, synchronously: the records committed with these ids (the emitted list or a copy
 * of it), or null when the writer passed none or `ids` is another list.
 */
export function committedRecords(ids: readonly string[]): readonly CaseRecord[] | null {
  const d = dispatching;
  if (!d || d.ids.length !== ids.length) return null;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== d.ids[i]) return null;
  return d.records;
}
