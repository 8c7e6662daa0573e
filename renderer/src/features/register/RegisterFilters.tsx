// The register's view bar: status tabs with live counts, Thai full-text search, the filter panel
// toggle (with the number of filters set), saved views and the column chooser.
import { Button, Group, Loader, SegmentedControl, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BUCKETS } from '#domain/status';
import type { QueryFacets } from '#query/queryTypes';
import { ColumnsMenu } from './ColumnsMenu';
import { SavedViewsMenu } from './SavedViewsMenu';
import { activeFilterCount, type RegisterView, type StatusTab } from './registerView';

interface Props {
  view: RegisterView;
  onChange: (view: RegisterView) => void;
  facets: QueryFacets | undefined;
  engineReady: boolean;
  searchReady: boolean;
  panelOpen: boolean;
  onTogglePanel: () => void;
}

export function RegisterFilters({ view, onChange, facets, engineReady, searchReady, panelOpen, onTogglePanel }: Props) {
  const { t } = useTranslation(['register', 'common']);
  const count = (tab: StatusTab) => {
    if (!facets) return '';
    const n = tab === 'all' ? BUCKETS.reduce((s, b) => s + facets.buckets[b], 0) : tab === 'open' ? facets.open : facets.buckets[tab];
    return ` ${n.toLocaleString()}`;
  };
  const tabs: StatusTab[] = ['all', 'open', ...BUCKETS];
  const active = activeFilterCount(view);
  return (
    <Group gap="sm" mb="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        size="xs"
        aria-label={t('filters.status')}
        value={view.tab}
        onChange={(v) => onChange({ ...view, tab: v })}
        disabled={!engineReady}
        data={tabs.map((tab) => ({
          value: tab,
          label: `${tab === 'all' || tab === 'open' ? t(`filters.${tab}`) : t(`common:bucket.${tab}`)}${count(tab)}`,
        }))}
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
        rightSection={engineReady && view.text.trim() && !searchReady ? <Loader size={12} /> : null}
      />
      <Button
        size="xs"
        variant={panelOpen || active > 0 ? 'light' : 'default'}
        onClick={onTogglePanel}
        aria-expanded={panelOpen}
        disabled={!engineReady}
      >
        {active > 0 ? t('filters.moreCount', { count: active }) : t('filters.more')}
      </Button>
      <SavedViewsMenu view={view} onApply={onChange} />
      <ColumnsMenu value={view.columns} onChange={(columns) => onChange({ ...view, columns })} />
    </Group>
  );
}
