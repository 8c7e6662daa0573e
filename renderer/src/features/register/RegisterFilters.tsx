// The register's view controls: status tabs with live counts, Thai full-text search, sort order.
import { Group, Loader, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BUCKETS, type StatusBucket } from '#domain/status';
import type { QueryFacets, SortField, SortDir } from '#query/queryTypes';

export type StatusTab = 'all' | 'open' | StatusBucket;

export interface RegisterView {
  tab: StatusTab;
  text: string;
  sort: `${SortField}:${SortDir}`;
}

export const DEFAULT_VIEW: RegisterView = { tab: 'all', text: '', sort: 'lastActivityAt:desc' };

const SORTS = {
  'lastActivityAt:desc': 'lastActivityAt_desc',
  'lastActivityAt:asc': 'lastActivityAt_asc',
  'createdAt:desc': 'createdAt_desc',
  'createdAt:asc': 'createdAt_asc',
  'star:asc': 'star_asc',
  'countReopen:desc': 'countReopen_desc',
  'ticketId:asc': 'ticketId_asc',
  'subdistrict:asc': 'subdistrict_asc',
} as const;
type SortKey = keyof typeof SORTS;

interface Props {
  view: RegisterView;
  onChange: (view: RegisterView) => void;
  facets: QueryFacets | undefined;
  engineReady: boolean;
  searchReady: boolean;
}

export function RegisterFilters({ view, onChange, facets, engineReady, searchReady }: Props) {
  const { t } = useTranslation(['register', 'common']);
  const count = (tab: StatusTab) => {
    if (!facets) return '';
    const n = tab === 'all' ? BUCKETS.reduce((s, b) => s + facets.buckets[b], 0) : tab === 'open' ? facets.open : facets.buckets[tab];
    return ` ${n.toLocaleString()}`;
  };
  const tabs: StatusTab[] = ['all', 'open', ...BUCKETS];
  return (
    <Group gap="sm" mb="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        size="xs"
        aria-label={t('filters.status')}
        value={view.tab}
        onChange={(v) => onChange({ ...view, tab: v })}
        disabled={!engineReady}
        data={tabs.map((tab) => ({ value: tab, label: `${tab === 'all' || tab === 'open' ? t(`filters.${tab}`) : t(`common:bucket.${tab}`)}${count(tab)}` }))}
      />
      <TextInput
        size="xs"
        w={260}
        type="search"
        aria-label={t('filters.search')}
        placeholder={engineReady ? t('filters.searchPlaceholder') : t('filters.preparing')}
        value={view.text}
        onChange={(e) => onChange({ ...view, text: e.currentTarget.value })}
        disabled={!engineReady}
        rightSection={engineReady && view.text && !searchReady ? <Loader size={12} /> : null}
      />
      <Select
        size="xs"
        w={200}
        aria-label={t('filters.sort')}
        value={view.sort}
        onChange={(v) => v && onChange({ ...view, sort: v })}
        allowDeselect={false}
        disabled={!engineReady}
        data={(Object.keys(SORTS) as SortKey[]).map((s) => ({ value: s, label: t(`filters.sorts.${SORTS[s]}`) }))}
      />
    </Group>
  );
}
