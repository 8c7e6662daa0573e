// The register: all cases, newest activity first, with export.
import { Center, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RegisterTable } from './RegisterTable';
import { ExportButton } from './ExportButton';
import { useRegisterRows } from './useRegisterRows';
import { ImportButton } from '#features/import/ImportButton';

export function RegisterPage() {
  const { t } = useTranslation('register');
  const { rows, total, loadMore } = useRegisterRows();
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={3}>{t('title')}</Title>
          {total != null && <Text c="dimmed">{t('count', { count: total, formatParams: {} })}</Text>}
        </Group>
        <Group gap="xs">
          <ImportButton />
          <ExportButton disabled={!total} />
        </Group>
      </Group>
      {rows === undefined ? (
        <Center p="xl">
          <Loader />
        </Center>
      ) : rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center">{t('empty')}</Text>
        </Paper>
      ) : (
        <RegisterTable rows={rows} onNearEnd={loadMore} />
      )}
    </>
  );
}
