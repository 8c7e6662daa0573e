// After queueing a push: try to send now and tell the user what happened (sent, or kept in the queue and why).
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApp } from '#features/app/AppContext';

export function usePushOutcome(): () => Promise<void> {
  const { t } = useTranslation('case');
  const { sync } = useApp();
  return async () => {
    const pushed = await sync.pushNow();
    if (pushed.sent + pushed.verified > 0) notifications.show({ color: 'teal', message: t('status.sent') });
    else if (pushed.conflicts > 0) notifications.show({ color: 'orange', message: t('status.conflict') });
    else notifications.show({ color: 'yellow', message: t('status.notSent', { message: pushed.stoppedBy ?? '' }) });
  };
}
