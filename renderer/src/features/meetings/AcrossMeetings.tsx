// Across every session: the share of meeting items resolved (what a district reports upward).
import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listMeetings, meetingItems } from '#data/meetingRepo';
import { meetingStats, resolvedShare } from '#domain/meetingStats';
import { useApp } from '#features/app/AppContext';

export function AcrossMeetings() {
  const { t } = useTranslation('meetings');
  const { db } = useApp();
  const stats = useLiveQuery(async () => {
    const items = (await Promise.all((await listMeetings(db)).map((m) => meetingItems(db, m)))).flat();
    return meetingStats(items, () => false);
  }, [db]);
  if (!stats || stats.items === 0) return null;
  return (
    <Text fw={600}>
      {t('acrossSessions', { pct: Math.round(resolvedShare(stats) * 100), resolved: stats.resolved, items: stats.items })}
    </Text>
  );
}
