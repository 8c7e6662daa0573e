// What every feature needs: the register, the district, the sync service. Provided once by Workspace.
import { createContext, useContext } from 'react';
import type { KhetDb } from '#data/db';
import type { SetupSettings } from '#data/metaRepo';
import type { District } from '#domain/districts';
import type { SyncService } from '#sync/syncService';
import type { QueryClient } from '#query/queryClient';

export interface AppContextValue {
  db: KhetDb;
  setup: SetupSettings;
  district: District;
  sync: SyncService;
  /** The in-memory query and search engine (a worker over the same register). */
  query: QueryClient;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
}
