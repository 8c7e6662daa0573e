// The sync screen: phase, credits, last pull and what it brought, the outbox with errors and retry.
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { allOutbox, retryFailed } from '#data/outboxRepo';
import { formatWhen } from '#ui/format';
import { errorText } from '#ui/errorText';
import { pullCounts } from '#sync/pull';
import { hrefOf } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';
import { useSyncMeta, useSyncSnapshot } from '#features/shell/useSyncState';
import { SyncButton } from '#features/shell/SyncButton';
import { readMeta } from '#data/metaRepo';
import type { PullReport } from '#sync/pull';
import { ChangeList } from './ChangeList';

export function SyncPage() {
  const { t, i18n } = useTranslation(['sync', 'common', 'errors', 'case']);
  const { db, sync } = useApp();
  const snap = useSyncSnapshot();
  const meta = useSyncMeta();
  const outbox = useLiveQuery(() => allOutbox(db), [db]) ?? [];
  // The last pull's report is kept in the register, so the list survives a restart.
  const lastPull = useLiveQuery(() => readMeta<PullReport>(db, 'lastPull'), [db]);
  const pending = outbox.filter((o) => o.state !== 'sent').length;
  const credits = meta.unlimitedCredits ? t('common:credits.unlimited') : (meta.creditBalance?.toLocaleString() ?? t('common:credits.unknown'));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('title')}</Title>
        <Group>
          <Button size="xs" variant="light" onClick={() => void sync.pushNow()} disabled={pending === 0}>
            {t('pushNow')}
          </Button>
          <SyncButton />
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('state')}
          </Text>
          <Text fw={600}>{t(`phase.${snap.phase}`)}</Text>
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('credits')}
          </Text>
          <Text fw={600}>{credits}</Text>
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('lastPull')}
          </Text>
          <Text fw={600}>
            {meta.lastPullAt ? `${formatWhen(meta.lastPullAt, i18n.language)} (${t(`window.${meta.lastPullWindow ?? 'all'}`)})` : t('never')}
          </Text>
        </Paper>
      </SimpleGrid>
      {snap.lastError && <Alert color="red">{errorText(snap.lastError)}</Alert>}
      {snap.lastPull && (
        <Alert color="teal">
          {t('pulled', pullCounts(snap.lastPull))}
          {snap.lastPull.quarantined.length > 0 && <Text size="sm">{t('quarantined', { count: snap.lastPull.quarantined.length })}</Text>}
        </Alert>
      )}
      {meta.gapPossible && <Alert color="yellow">{t('gap')}</Alert>}
      {lastPull && <ChangeList changes={lastPull.changes} />}
      <Title order={4}>
        {t('outboxTitle')} · {t('pending', { count: pending })}
      </Title>
      {outbox.length === 0 ? (
        <Text c="dimmed">{t('outboxEmpty')}</Text>
      ) : (
        <Table striped>
          <Table.Tbody>
            {outbox.map((o) => (
              <Table.Tr key={o.seq}>
                <Table.Td>
                  <a href={hrefOf({ name: 'case', id: o.caseId })}>{o.payload.ticketId}</a>
                </Table.Td>
                <Table.Td>{o.payload.statusLabel}</Table.Td>
                <Table.Td>{formatWhen(o.createdAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={o.state === 'sent' ? 'teal' : o.state === 'failed' ? 'red' : 'yellow'}>
                    {t(`case:outbox.${o.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {o.lastError}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {o.state === 'failed' && (
                    <Button size="xs" variant="subtle" onClick={() => void retryFailed(db, o.seq!)}>
                      {t('retry')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
