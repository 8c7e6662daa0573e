// The UI side of the query worker: starts it, correlates requests and replies by id, and exposes
// promise-returning calls. Owns the worker's lifetime. Never reads IndexedDB or holds case data (it
// only passes on the records a change-feed emit carries);
// never blocks: every call is a message.
import { committedRecords } from '#data/changeFeed';
import type { FromWorker, InitOptions, ToWorker } from './protocol';
import type { CaseQuery, QueryResult, QueryStats } from './queryTypes';

export interface QueryClient {
  /** Resolves when the filter index is loaded (search may still be building: see stats()). */
  ready: Promise<void>;
  /** Queries sent before `ready` wait for it; text queries also wait for the search index. */
  query(q: CaseQuery): Promise<QueryResult>;
  /**
   * Call after a committed write: the worker re-reads these cases (missing ones are removed). Called
   * from a change-feed listener with the emitted ids, the records the writer committed are posted
   * instead, so the worker need not read them back (an import's 100,000 cases).
   */
  notifyChanged(ids: string[]): void;
  /** Rebuild from the whole database (after a restore or a clear); later queries wait for it. */
  reload(): void;
  stats(): Promise<QueryStats>;
  /** Stop the worker; pending calls reject. */
  dispose(): void;
}

export interface QueryClientOptions extends InitOptions {
  /** Another worker (tests); by default the module worker next to this file. */
  createWorker?: () => Worker;
  /** Told when the search index has caught up after start-up. */
  onSearchReady?: (ms: number) => void;
  /**
   * Start loading the register only once this settles (e.g. the first screen is drawn), so the load does
   * not compete with it; calls made before wait in order. Default: at once.
   */
  startWhen?: Promise<unknown>;
}

type Reply = Extract<FromWorker, { type: 'result' | 'stats' }>;

export function createQueryClient(dbName: string, options: QueryClientOptions = {}): QueryClient {
  const { createWorker, onSearchReady, startWhen, ...init } = options;
  const worker = createWorker?.() ?? new Worker(new URL('./query.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let disposed = false;
  let settleReady: { resolve: () => void; reject: (e: Error) => void } | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  ready.catch(() => undefined); // a caller that never awaits `ready` must not see an unhandled rejection

  const failAll = (e: Error) => {
    settleReady?.reject(e);
    settleReady = null;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };

  worker.onmessage = (ev: MessageEvent<FromWorker>) => {
    const msg = ev.data;
    switch (msg.type) {
      case 'ready':
        settleReady?.resolve();
        settleReady = null;
        return;
      case 'searchReady':
        onSearchReady?.(msg.ms);
        return;
      case 'error': {
        const err = new Error(`query worker: ${msg.message}`);
        if (msg.id === null) {
          if (settleReady) failAll(err);
          else console.error(err);
          return;
        }
        pending.get(msg.id)?.reject(err);
        pending.delete(msg.id);
        return;
      }
      default:
        pending.get(msg.id)?.resolve(msg);
        pending.delete(msg.id);
    }
  };
  worker.onerror = (ev: ErrorEvent) => failAll(new Error(`query worker failed: ${ev.message || 'could not start'}`));

  // Until the worker is told to start, messages wait here (a query must not reach it before `init`).
  let queued: ToWorker[] | null = startWhen ? [] : null;
  const send = (msg: ToWorker) => {
    if (disposed) return;
    if (queued) queued.push(msg);
    else worker.postMessage(msg);
  };
  const request = (make: (id: number) => ToWorker): Promise<Reply> => {
    if (disposed) return Promise.reject(new Error('query client disposed'));
    const id = nextId++;
    return new Promise<Reply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      send(make(id));
    });
  };

  const initMsg: ToWorker = { type: 'init', dbName, ...init };
  if (!startWhen) send(initMsg);
  else {
    const start = () => {
      const waiting = queued ?? [];
      queued = null;
      send(initMsg);
      for (const msg of waiting) send(msg);
    };
    startWhen.then(start, start);
  }

  return {
    ready,
    async query(query) {
      const reply = await request((id) => ({ type: 'query', id, query }));
      if (reply.type !== 'result') throw new Error(`query worker: unexpected ${reply.type} reply`);
      return reply.result;
    },
    notifyChanged(ids) {
      if (ids.length === 0) return;
      const records = committedRecords(ids);
      send(records ? { type: 'upserted', records: [...records] } : { type: 'changed', ids });
    },
    reload() {
      send({ type: 'reload' });
    },
    async stats() {
      const reply = await request((id) => ({ type: 'stats', id }));
      if (reply.type !== 'stats') throw new Error(`query worker: unexpected ${reply.type} reply`);
      return reply.stats;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      worker.terminate();
      failAll(new Error('query client disposed'));
    },
  };
}
