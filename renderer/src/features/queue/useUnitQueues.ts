// Per-unit queues: each unit's open cases (from the engine), for the weekly round and for chasing.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readRouting } from '#data/routingRepo';
import { useApp } from '#features/app/AppContext';
import { useRegisterVersion } from './useRegisterVersion';
import { LIST_LIMIT, type QueueList } from './queueLists';

export function useUnitQueues(): QueueList[] {
  const { db, query } = useApp();
  const routing = useLiveQuery(() => readRouting(db), [db]);
  const [lists, setLists] = useState<QueueList[]>([]);
  const version = useRegisterVersion();
  useEffect(() => {
    if (!routing) return;
    let cancelled = false;
    void (async () => {
      await query.ready;
      const out: QueueList[] = [];
      for (const unit of routing.units) {
        const r = await query.query({ open: true, units: [unit], limit: LIST_LIMIT, sort: { field: 'lastActivityAt', dir: 'asc' } });
        out.push({ key: `unit:${unit}`, count: r.total, ids: r.ids });
      }
      if (!cancelled) setLists(out);
    })();
    return () => {
      cancelled = true;
    };
  }, [routing, query, version]);
  return lists;
}
