// The rows the register shows: newest activity first, read with keyset paging so the first screen
// is fast at any register size; more rows are read as the user scrolls.
import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countCases, listNewest } from '#data/caseRepo';
import type { CaseRecord } from '#domain/case';
import { useApp } from '#features/app/AppContext';

const PAGE = 200;

export function useRegisterRows(): { rows: CaseRecord[] | undefined; total: number | undefined; loadMore: () => void } {
  const { db } = useApp();
  const [limit, setLimit] = useState(PAGE);
  const rows = useLiveQuery(() => listNewest(db, limit), [db, limit]);
  const total = useLiveQuery(() => countCases(db), [db]);
  const loadMore = useCallback(() => {
    setLimit((l) => (rows && rows.length >= l ? l + PAGE * 5 : l));
  }, [rows]);
  return { rows, total, loadMore };
}
