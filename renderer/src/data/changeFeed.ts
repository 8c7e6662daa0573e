// Tells interested parts of this window which cases a committed write touched (the query engine's
// worker re-reads them). In-process only; emitted after the transaction has committed.
type Listener = (ids: readonly string[]) => void;

const listeners = new Set<Listener>();

export function onCasesChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitCasesChanged(ids: readonly string[]): void {
  if (ids.length === 0) return;
  for (const l of listeners) l(ids);
}
