// Asks for the central account's password again when the shell does not hold it (browser build).
import { useState } from 'react';
import { Alert, Button, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '#contract/result';
import { desktop } from '#platform/index';
import { errorText } from '#ui/errorText';
import { useApp } from '#features/app/AppContext';

export function ReconnectModal({ opened, onDone }: { opened: boolean; onDone: () => void }) {
  const { t } = useTranslation('setup');
  const { setup } = useApp();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const r = await desktop.centralConfigure({ baseUrl: setup.baseUrl ?? '', user: setup.user ?? '', password });
    if (!r.ok) return setError(r.error);
    setPassword('');
    onDone();
  }

  return (
    <Modal opened={opened} onClose={onDone} title={t('reconnectTitle')}>
      <Stack component="form" onSubmit={(e) => void submit(e)}>
        <Text size="sm">{t('reconnectBody')}</Text>
        <Text size="sm" c="dimmed">
          {setup.user} · {setup.baseUrl}
        </Text>
        <PasswordInput label={t('password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} data-autofocus required />
        {error && <Alert color="red">{errorText(error)}</Alert>}
        <Button type="submit">{t('submit')}</Button>
      </Stack>
    </Modal>
  );
}
