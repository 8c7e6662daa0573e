// The sync snapshot (in memory) and the persisted sync meta (credits, last pull), for rendering.
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { EMPTY_SYNC_META, readSyncMeta, type SyncMeta } from '#data/metaRepo';
import type { SyncSnapshot } from '#sync/syncService';
import { useApp } from '#features/app/AppContext';

export function useSyncSnapshot(): SyncSnapshot {
  const { sync } = useApp();
  return useSyncExternalStore(sync.subscribe, sync.getSnapshot);
}

export function useSyncMeta(): SyncMeta {
  const { db } = useApp();
  return useLiveQuery(() => readSyncMeta(db), [db]) ?? EMPTY_SYNC_META;
}
