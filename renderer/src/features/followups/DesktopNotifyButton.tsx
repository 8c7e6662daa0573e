// Asks once for permission to show follow-up reminders as desktop notifications. Without it, or where
// the shell refuses (the desktop app's permission handler denies by default), reminders stay in the app.
import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DesktopNotifyButton() {
  const { t } = useTranslation('followups');
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (!supported || permission !== 'default') return null;
  return (
    <Button size="xs" variant="default" onClick={() => void Notification.requestPermission().then(setPermission)}>
      {t('enableDesktop')}
    </Button>
  );
}
