// My queue, the home screen: what needs the coordinator today, each list with its count, one click
// away. Counts come from the query engine and the small follow-up / outbox tables.
import { useState } from 'react';
import { Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '#ui/useHashRoute';
import { DesktopNotifyButton } from '#features/followups/DesktopNotifyButton';
import { QueueCaseList } from './QueueCaseList';
import { QUEUE_KEYS, type QueueKey, type QueueList } from './queueLists';
import { useUnitQueues } from './useUnitQueues';
import { useQueue } from './useQueue';

const URGENT: ReadonlySet<QueueKey> = new Set(['followups-overdue', 'past-deadline', 'push-failed', 'conflicts', 'reopened']);

export function QueuePage() {
  const { t } = useTranslation('queue');
  const { lists, ready } = useQueue();
  const unitLists = useUnitQueues();
  const [selected, setSelected] = useState<QueueList['key'] | null>(null);
  const current = selected
    ? selected.startsWith('unit:')
      ? unitLists.find((l) => l.key === selected)
      : lists[selected as QueueKey]
    : undefined;
  const titleOf = (l: QueueList) => (l.key.startsWith('unit:') ? t('unitOpen', { unit: l.key.slice(5) }) : t(`lists.${l.key as QueueKey}`));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('title')}</Title>
        <Group gap="xs">
          <DesktopNotifyButton />
          <Button onClick={() => navigate({ name: 'new-case' })}>{t('newCase')}</Button>
        </Group>
      </Group>
      {!ready && (
        <Center>
          <Loader size="sm" />
        </Center>
      )}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} role="list" aria-label={t('title')}>
        {QUEUE_KEYS.map((key) => {
          const count = lists[key]?.count;
          const hot = count !== undefined && count > 0 && URGENT.has(key);
          return (
            <UnstyledButton
              key={key}
              role="listitem"
              onClick={() => setSelected(key)}
              aria-pressed={selected === key}
              aria-label={`${t(`lists.${key}`)}: ${count ?? '…'}`}
            >
              <Paper withBorder p="md" bg={selected === key ? 'var(--mantine-color-teal-light)' : undefined}>
                <Text size="xl" fw={700} c={hot ? 'red' : count ? undefined : 'dimmed'}>
                  {count?.toLocaleString() ?? '…'}
                </Text>
                <Text size="sm">{t(`lists.${key}`)}</Text>
              </Paper>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
      {unitLists.length > 0 && (
        <Group gap="xs" role="list" aria-label={t('byUnit')}>
          <Text size="sm" fw={600}>
            {t('byUnit')}
          </Text>
          {unitLists.map((l) => (
            <Button
              key={l.key}
              role="listitem"
              size="compact-sm"
              variant={selected === l.key ? 'filled' : 'light'}
              onClick={() => setSelected(l.key)}
            >
              {l.key.slice(5)} · {l.count.toLocaleString()}
            </Button>
          ))}
        </Group>
      )}
      {current ? <QueueCaseList list={current} title={titleOf(current)} /> : <Text c="dimmed">{t('pick')}</Text>}
    </Stack>
  );
}
