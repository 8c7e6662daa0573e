// The rows the register shows. The in-memory query engine answers filters, sorts and search; until
// it has loaded the register (seconds at 100,000 cases), the default view is read straight from
// IndexedDB by keyset so the first screen is fast. More rows are fetched as the user scrolls.
import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countCases, getCases, listNewest } from '#data/caseRepo';
import { onCasesChanged } from '#data/changeFeed';
import type { CaseRecord } from '#domain/case';
import type { CaseQuery, QueryFacets } from '#query/queryTypes';
import { useApp } from '#features/app/AppContext';

const PAGE = 200;

export interface RegisterRows {
  rows: CaseRecord[] | undefined;
  total: number | undefined;
  facets: QueryFacets | undefined;
  engineReady: boolean;
  searchReady: boolean;
  loadMore: () => void;
}

/** Newest activity first with no filter: the only view the keyset fallback can answer. */
function isDefaultView(q: CaseQuery): boolean {
  const paging = new Set(['sort', 'facetValues', 'offset', 'limit']);
  const none = Object.entries(q).every(([k, v]) => paging.has(k) || v === undefined || (Array.isArray(v) && v.length === 0));
  return none && (!q.sort || (q.sort.field === 'lastActivityAt' && q.sort.dir === 'desc'));
}

export function useRegisterRows(filter: CaseQuery): RegisterRows {
  const { db, query } = useApp();
  // How many rows to show grows with scrolling and starts again for every new filter.
  const [grown, setGrown] = useState({ filter, limit: PAGE });
  const limit = grown.filter === filter ? grown.limit : PAGE;
  const [engineReady, setEngineReady] = useState(false);
  const [result, setResult] = useState<Omit<RegisterRows, 'loadMore' | 'engineReady'> | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void query.ready.then(() => setEngineReady(true));
    return onCasesChanged(() => setVersion((v) => v + 1));
  }, [query]);

  // Before the engine is ready: keyset read of the newest rows (live).
  const fallbackRows = useLiveQuery(() => (engineReady ? undefined : listNewest(db, limit)), [db, limit, engineReady]);
  const fallbackTotal = useLiveQuery(() => (engineReady ? undefined : countCases(db)), [db, engineReady]);

  useEffect(() => {
    if (!engineReady) return;
    let cancelled = false;
    void (async () => {
      const r = await query.query({ ...filter, offset: 0, limit });
      const rows = (await getCases(db, r.ids)).filter((c): c is CaseRecord => c != null);
      if (!cancelled) setResult({ rows, total: r.total, facets: r.facets, searchReady: r.searchReady });
    })();
    return () => {
      cancelled = true;
    };
  }, [engineReady, filter, limit, version, db, query]);

  const rows = engineReady ? result?.rows : isDefaultView(filter) ? fallbackRows : undefined;
  const loadMore = useCallback(() => {
    if (rows && rows.length >= limit) setGrown({ filter, limit: limit + PAGE * 5 });
  }, [rows, limit, filter]);
  return {
    rows,
    total: engineReady ? result?.total : fallbackTotal,
    facets: engineReady ? result?.facets : undefined,
    engineReady,
    searchReady: result?.searchReady ?? false,
    loadMore,
  };
}
