// The register: every case, filtered, searched and sorted by the in-memory engine; import and export.
import { useMemo, useState } from 'react';
import { Center, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CaseQuery, SortDir, SortField } from '#query/queryTypes';
import { ImportButton } from '#features/import/ImportButton';
import { RegisterTable } from './RegisterTable';
import { ExportButton } from './ExportButton';
import { RegisterFilters, DEFAULT_VIEW, type RegisterView } from './RegisterFilters';
import { useRegisterRows } from './useRegisterRows';

function toQuery(view: RegisterView, text: string): CaseQuery {
  const [field, dir] = view.sort.split(':') as [SortField, SortDir];
  const q: CaseQuery = { sort: { field, dir } };
  if (view.tab === 'open') q.open = true;
  else if (view.tab !== 'all') q.buckets = [view.tab];
  if (text.trim()) q.text = text;
  return q;
}

export function RegisterPage() {
  const { t } = useTranslation('register');
  const [view, setView] = useState<RegisterView>(DEFAULT_VIEW);
  const [text] = useDebouncedValue(view.text, 200);
  const filter = useMemo(() => toQuery(view, text), [view, text]);
  const { rows, total, facets, engineReady, searchReady, loadMore } = useRegisterRows(filter);
  const filtered = view.tab !== 'all' || text.trim() !== '';

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
      <RegisterFilters view={view} onChange={setView} facets={facets} engineReady={engineReady} searchReady={searchReady} />
      {rows === undefined ? (
        <Center p="xl">
          <Loader />
        </Center>
      ) : rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center">{filtered ? t('noMatch') : t('empty')}</Text>
        </Paper>
      ) : (
        <RegisterTable rows={rows} onNearEnd={loadMore} />
      )}
    </>
  );
}
