// Pieces every settings section shares: the section frame, the edit dialog, row actions, the
// "restore defaults" button with its confirmation, and saving with a notification.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** Runs a write and says so; the write is only called once the caller has validated the whole list. */
export function useSaveNotice() {
  const { t } = useTranslation('settings');
  return async (write: () => Promise<void>, message: string = t('saved')) => {
    await write();
    notifications.show({ color: 'teal', message });
  };
}

export function SettingsSection({
  title,
  explain,
  actions,
  children,
}: {
  title: string;
  explain: ReactNode;
  actions: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" role="region" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3}>{title}</Title>
          <Group gap="xs">{actions}</Group>
        </Group>
        <Text size="sm" c="dimmed">
          {explain}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** A dialog with one form: Enter submits, Escape cancels, focus stays inside. */
export function EditDialog({
  opened,
  title,
  onClose,
  onSubmit,
  children,
}: {
  opened: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void | Promise<void>;
  children: ReactNode;
}) {
  const { t } = useTranslation('settings');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {children}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit">{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function RowActions({ name, onEdit, onRemove }: { name: string; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation('settings');
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Button size="compact-xs" variant="subtle" aria-label={t('actions.editItem', { name })} onClick={onEdit}>
        {t('actions.edit')}
      </Button>
      <Button size="compact-xs" variant="subtle" color="red" aria-label={t('actions.removeItem', { name })} onClick={onRemove}>
        {t('actions.remove')}
      </Button>
    </Group>
  );
}

export function RestoreDefaults({ section, onRestore }: { section: string; onRestore: () => Promise<void> }) {
  const { t } = useTranslation('settings');
  const [open, setOpen] = useState(false);
  const save = useSaveNotice();
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen(true)}>
        {t('actions.restore')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('actions.restoreTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('actions.restoreBody', { section })}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('actions.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() =>
                void save(onRestore, t('restored', { section })).then(() => {
                  setOpen(false);
                })
              }
            >
              {t('actions.restoreConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" ta="center" py="md">
      {children}
    </Text>
  );
}
