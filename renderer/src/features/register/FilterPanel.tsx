// The register's filters beyond the status tabs. The choices for category, แขวง, unit and channel and
// their counts come from the engine's facets (each counted as if its own filter were unset), never
// from a scan of the register here; a chosen value stays listed even when nothing matches it now.
import { Button, Checkbox, Group, MultiSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/th';
import { useTranslation } from 'react-i18next';
import type { FacetCount, FacetDimension, QueryFacets } from '#query/queryTypes';
import { clearFilters, type DayRange, type RegisterView } from './registerView';

interface Props {
  view: RegisterView;
  onChange: (view: RegisterView) => void;
  facets: QueryFacets | undefined;
  disabled: boolean;
}

/** The facet's values (most frequent first), then chosen values nothing matches now (count 0). */
function options(counts: FacetCount[] | undefined, chosen: string[], label: (v: string) => string) {
  const list = counts ?? [];
  const seen = new Set(list.map((c) => c.value));
  const all = [...list, ...chosen.filter((v) => !seen.has(v)).map((value) => ({ value, count: 0 }))];
  return { data: all.map((c) => ({ value: c.value, label: label(c.value) })), count: new Map(all.map((c) => [c.value, c.count])) };
}

export function FilterPanel({ view, onChange, facets, disabled }: Props) {
  const { t, i18n } = useTranslation('register');
  const fmt = (value: string, count: number) => t('filters.option', { value, n: count.toLocaleString() });
  const multi = (
    dim: FacetDimension,
    key: 'categories' | 'subdistricts' | 'units' | 'channels',
    label: string,
    show = (v: string) => v,
  ) => {
    const { data, count } = options(facets?.values?.[dim], view[key], show);
    return (
      <MultiSelect
        size="xs"
        label={label}
        data={data}
        // The count is shown in the list only; the chosen pill carries the plain value.
        renderOption={({ option }) => fmt(option.label, count.get(option.value) ?? 0)}
        value={view[key]}
        onChange={(v) => onChange({ ...view, [key]: v })}
        searchable
        clearable
        disabled={disabled}
        nothingFoundMessage={t('filters.nothing')}
        comboboxProps={{ withinPortal: true }}
      />
    );
  };
  const range = (key: 'created' | 'activity') => (
    <DatePickerInput
      size="xs"
      type="range"
      label={t(`filters.${key}`)}
      placeholder={t('filters.datePlaceholder')}
      value={[view[key].from, view[key].to]}
      onChange={([from, to]) => onChange({ ...view, [key]: { from: from ?? null, to: to ?? null } satisfies DayRange })}
      allowSingleDateInRange
      clearable
      valueFormat="D MMM YYYY"
      disabled={disabled}
    />
  );
  const tri = (key: 'reopened' | 'afterPhoto') => (
    <Stack gap={2}>
      <Text size="xs" fw={500} id={`register-filter-${key}`}>
        {t(`filters.${key}`)}
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby={`register-filter-${key}`}
        value={view[key]}
        onChange={(v) => onChange({ ...view, [key]: v })}
        disabled={disabled}
        data={(['any', 'yes', 'no'] as const).map((v) => ({ value: v, label: t(`filters.tri.${key}.${v}`) }))}
      />
    </Stack>
  );

  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'th' }}>
      <Paper withBorder p="sm" mb="sm" role="region" aria-label={t('filters.panel')}>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
          {multi('category', 'categories', t('filters.category'))}
          {multi('subdistrict', 'subdistricts', t('filters.subdistrict'))}
          <Stack gap={4}>
            {multi('unit', 'units', t('filters.unit'))}
            <Checkbox
              size="xs"
              label={t('filters.awaitingUnit')}
              checked={view.awaitingUnit}
              onChange={(e) => onChange({ ...view, awaitingUnit: e.currentTarget.checked })}
              disabled={disabled}
            />
          </Stack>
          {multi('channel', 'channels', t('filters.channel'), (v) => t(`channels.${v}`, { defaultValue: v }))}
          {range('created')}
          {range('activity')}
          <Stack gap={2}>
            <Text size="xs" fw={500} id="register-filter-rating">
              {t('filters.rating')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby="register-filter-rating"
              value={view.rating}
              onChange={(v) => onChange({ ...view, rating: v })}
              disabled={disabled}
              data={(['any', 'low', 'rated', 'none'] as const).map((v) => ({ value: v, label: t(`filters.ratings.${v}`) }))}
            />
          </Stack>
          <Group gap="sm" align="flex-end">
            {tri('reopened')}
            {tri('afterPhoto')}
          </Group>
        </SimpleGrid>
        <Group justify="flex-end" mt="xs">
          <Button size="xs" variant="subtle" onClick={() => onChange(clearFilters(view))} disabled={disabled}>
            {t('filters.clearAll')}
          </Button>
        </Group>
      </Paper>
    </DatesProvider>
  );
}
