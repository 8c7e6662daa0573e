// "Sync now": push the queue, then pull; the outcome is announced as a notification.
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText } from '#ui/errorText';
import { pullCounts } from '#sync/pull';
import { useApp } from '#features/app/AppContext';
import { useSyncSnapshot } from './useSyncState';

export function SyncButton() {
  const { t } = useTranslation(['common', 'sync', 'errors']);
  const { sync } = useApp();
  const snap = useSyncSnapshot();
  const busy = snap.phase === 'pulling' || snap.phase === 'pushing';

  async function run() {
    const r = await sync.syncNow();
    if (r.ok) notifications.show({ color: 'teal', message: t('sync:pulled', pullCounts(r.value)) });
    else notifications.show({ color: 'red', message: errorText(r.error) });
  }

  return (
    <Button size="xs" onClick={() => void run()} loading={busy}>
      {t('actions.syncNow')}
    </Button>
  );
}
