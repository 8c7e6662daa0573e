// A session's figures: items by status, resolved share, overdue items, and open items per unit.
import { Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readDeadlineSettings } from '#data/deadlineSettingsRepo';
import type { CaseRecord } from '#domain/case';
import { deadlineState } from '#domain/deadline';
import { holidaySet } from '#domain/holidays';
import { meetingStats, resolvedShare } from '#domain/meetingStats';
import { BUCKETS } from '#domain/status';
import { useNow } from '#ui/useNow';
import { useApp } from '#features/app/AppContext';

export function MeetingDashboard({ items }: { items: readonly CaseRecord[] }) {
  const { t } = useTranslation(['meetings', 'common']);
  const { db } = useApp();
  const now = useNow();
  const settings = useLiveQuery(() => readDeadlineSettings(db), [db]);
  if (!settings || items.length === 0) return null;
  const holidays = holidaySet(settings.holidays);
  const s = meetingStats(
    items,
    (c) =>
      deadlineState({ receivedAt: c.createdAt, categories: c.categories, pauses: c.pauses ?? [], now }, settings.rules, holidays).overdue,
  );
  return (
    <Paper withBorder p="md" role="region" aria-label={t('dashboard')}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="xs">
        <Text aria-label={t('resolvedShare')}>
          <b>{Math.round(resolvedShare(s) * 100)}%</b> {t('resolvedShare')}
        </Text>
        <Text>
          <b>{s.overdue}</b> {t('overdue')}
        </Text>
      </SimpleGrid>
      <Group gap={4} mb="xs">
        {BUCKETS.filter((b) => s.byBucket[b] > 0).map((b) => (
          <Badge key={b} variant="light">
            {t(`common:bucket.${b}`)} {s.byBucket[b]}
          </Badge>
        ))}
      </Group>
      <Group gap={4}>
        {Object.entries(s.openByUnit).map(([u, n]) => (
          <Badge key={u} variant="outline" color={u ? 'teal' : 'orange'}>
            {u || t('noUnit')} · {n}
          </Badge>
        ))}
      </Group>
    </Paper>
  );
}
