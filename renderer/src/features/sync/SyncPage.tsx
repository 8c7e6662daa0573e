// The sync screen: figures (credits, calls, last and next pull), conflicts to decide, what the last
// pull changed, the outbox with its errors, and how background sync spends credits.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { allOutbox } from '#data/outboxRepo';
import { readMeta } from '#data/metaRepo';
import { isUnsent } from '#domain/outbox';
import { errorText } from '#ui/errorText';
import { pullCounts, type PullReport } from '#sync/pull';
import { useApp } from '#features/app/AppContext';
import { useSyncMeta, useSyncSnapshot } from '#features/shell/useSyncState';
import { SyncButton } from '#features/shell/SyncButton';
import { ImportButton } from '#features/import/ImportButton';
import { ChangeList } from './ChangeList';
import { ConflictList } from './ConflictList';
import { OutboxTable } from './OutboxTable';
import { ScheduleSettings } from './ScheduleSettings';
import { SyncStats } from './SyncStats';

export function SyncPage() {
  const { t } = useTranslation(['sync', 'common', 'errors', 'case']);
  const { db, sync } = useApp();
  const snap = useSyncSnapshot();
  const meta = useSyncMeta();
  const outbox = useLiveQuery(() => allOutbox(db), [db]) ?? [];
  // The last pull's report is kept in the register, so the list survives a restart.
  const lastPull = useLiveQuery(() => readMeta<PullReport>(db, 'lastPull'), [db]);
  const pending = outbox.filter((o) => isUnsent(o) && o.state !== 'conflict').length;
  const conflicts = outbox.filter((o) => o.state === 'conflict').reverse();

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
      <SyncStats />
      {snap.backgroundBlockedBy && snap.backgroundBlockedBy !== 'manual' && (
        <Alert color="yellow">{t(`blockedExplain.${snap.backgroundBlockedBy}`)}</Alert>
      )}
      {snap.lastError && <Alert color="red">{errorText(snap.lastError)}</Alert>}
      {snap.lastPull && (
        <Alert color="teal">
          {t('pulled', pullCounts(snap.lastPull))}
          {snap.lastPull.quarantined.length > 0 && <Text size="sm">{t('quarantined', { count: snap.lastPull.quarantined.length })}</Text>}
        </Alert>
      )}
      {meta.gapPossible && (
        <Alert color="yellow" title={t('gapTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t(meta.gapReason === 'offline' ? 'gapOffline' : 'gap')}</Text>
            <Group>
              <ImportButton />
            </Group>
          </Stack>
        </Alert>
      )}
      <ConflictList conflicts={conflicts} />
      <Title order={4}>
        {t('outboxTitle')} · {t('pending', { count: pending })}
      </Title>
      <OutboxTable entries={outbox} />
      {lastPull && <ChangeList changes={lastPull.changes} />}
      <ScheduleSettings />
    </Stack>
  );
}
