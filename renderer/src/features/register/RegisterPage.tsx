// The register: every case, filtered, searched and sorted by the in-memory engine; saved views,
// optional columns, a selection with bulk actions; import and export.
import { useCallback, useMemo, useState } from 'react';
import { Button, Center, Collapse, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SortField } from '#query/queryTypes';
import { ImportButton } from '#features/import/ImportButton';
import { useApp } from '#features/app/AppContext';
import { BulkBar } from './BulkBar';
import { BulkDialog, type BulkAction } from './BulkDialog';
import { ExportButton } from './ExportButton';
import { FilterPanel } from './FilterPanel';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { visibleColumns } from './registerColumns';
import { DEFAULT_VIEW, clearFilters, isFiltered, toQuery, toggleSort, type RegisterView } from './registerView';
import { useRegisterRows } from './useRegisterRows';
import { useSelection } from './useSelection';

// The view outlives the page while the app runs: opening a case and coming back keeps the filters.
// (Not persisted: a restart starts from the default view; saved views are the lasting kind.)
let lastView: RegisterView = DEFAULT_VIEW;

export function RegisterPage() {
  const { t } = useTranslation('register');
  const { query } = useApp();
  const [view, setViewState] = useState<RegisterView>(lastView);
  const setView = useCallback((next: RegisterView | ((v: RegisterView) => RegisterView)) => {
    setViewState((prev) => (lastView = typeof next === 'function' ? next(prev) : next));
  }, []);
  const [panelOpen, setPanelOpen] = useState(false);
  const [text] = useDebouncedValue(view.text, 200);
  const filter = useMemo(() => toQuery(view, text), [view, text]);
  const { rows, total, facets, engineReady, searchReady, loadMore } = useRegisterRows(filter);
  const columns = useMemo(() => visibleColumns(view.columns), [view.columns]);
  const selection = useSelection();
  const [selectingAll, setSelectingAll] = useState(false);
  const [action, setAction] = useState<BulkAction | null>(null);

  const onSort = useCallback((field: SortField) => setView((v) => toggleSort(v, field)), [setView]);
  const onToggle = useCallback((index: number, range: boolean) => rows && selection.toggle(rows, index, range), [rows, selection]);

  async function selectAll() {
    if (!total) return;
    setSelectingAll(true);
    try {
      // Ids only, straight from the engine: fine at 100,000 (no case records cross the worker).
      const r = await query.query({ ...filter, facetValues: false, offset: 0, limit: total });
      selection.set(r.ids);
    } catch (e) {
      notifications.show({ color: 'red', message: t('bulk.failed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setSelectingAll(false);
    }
  }

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={3}>{t('title')}</Title>
          {total != null && <Text c="dimmed">{t('count', { count: total })}</Text>}
        </Group>
        <Group gap="xs">
          <ImportButton />
          <ExportButton disabled={!total} />
        </Group>
      </Group>
      <RegisterFilters
        view={view}
        onChange={setView}
        facets={facets}
        engineReady={engineReady}
        searchReady={searchReady}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((o) => !o)}
      />
      <Collapse expanded={panelOpen}>
        {panelOpen && <FilterPanel view={view} onChange={setView} facets={facets} disabled={!engineReady} />}
      </Collapse>
      <BulkBar
        count={selection.selected.size}
        total={engineReady ? total : undefined}
        selectingAll={selectingAll}
        onSelectAll={() => void selectAll()}
        onClear={selection.clear}
        onAction={setAction}
      />
      {rows === undefined ? (
        <Center p="xl">
          <Stack align="center" gap="xs">
            <Loader />
            <Text size="sm" c="dimmed">
              {t('loading')}
            </Text>
          </Stack>
        </Center>
      ) : rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="sm">
            <Text ta="center">{isFiltered(view, text) ? t('noMatch') : t('empty')}</Text>
            {isFiltered(view, text) && (
              <Button variant="light" size="xs" onClick={() => setView({ ...clearFilters(view), tab: 'all', text: '' })}>
                {t('filters.clearAll')}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <RegisterTable
          rows={rows}
          columns={columns}
          sort={view.sort}
          onSort={onSort}
          selected={selection.selected}
          onToggle={onToggle}
          onNearEnd={loadMore}
        />
      )}
      <BulkDialog
        action={action}
        selected={selection.selected}
        knownUnits={facets?.values?.unit.map((u) => u.value) ?? []}
        onClose={() => setAction(null)}
      />
    </>
  );
}
