// The sync screen's figures: state, credits, calls used today and this month, last pull, next pull.
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readLedger } from '#data/syncSettingsRepo';
import { EMPTY_LEDGER, currentLedger } from '#domain/syncSchedule';
import { formatWhen } from '#ui/format';
import { useApp } from '#features/app/AppContext';
import { useSyncMeta, useSyncSnapshot } from '#features/shell/useSyncState';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600} aria-label={label}>
        {value}
      </Text>
    </Paper>
  );
}

export function SyncStats() {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const { db } = useApp();
  const snap = useSyncSnapshot();
  const meta = useSyncMeta();
  const ledger = useLiveQuery(async () => currentLedger(await readLedger(db), Date.now()), [db]) ?? EMPTY_LEDGER;
  const credits = meta.unlimitedCredits
    ? t('common:credits.unlimited')
    : (meta.creditBalance?.toLocaleString() ?? t('common:credits.unknown'));
  const lastPull = meta.lastPullAt
    ? `${formatWhen(meta.lastPullAt, i18n.language)} (${t(`window.${meta.lastPullWindow ?? 'all'}`)})`
    : t('never');
  const next = snap.backgroundBlockedBy
    ? t(`blocked.${snap.backgroundBlockedBy}`)
    : snap.nextPullAt
      ? formatWhen(snap.nextPullAt, i18n.language)
      : t('never');
  return (
    <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }}>
      <Stat label={t('state')} value={t(`phase.${snap.phase}`)} />
      <Stat label={t('credits')} value={credits} />
      <Stat label={t('callsToday')} value={t('callsOf', { count: ledger.callsToday, background: ledger.backgroundToday })} />
      <Stat label={t('callsMonth')} value={ledger.callsThisMonth.toLocaleString()} />
      <Stat label={t('lastPull')} value={lastPull} />
      <Stat label={t('nextPull')} value={next} />
    </SimpleGrid>
  );
}
