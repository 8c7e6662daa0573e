// The case's audit log: every local change, when, what, before and after. Read-only by design.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { auditOf } from '#data/caseLocalRepo';
import { formatWhen } from '#ui/format';
import { useApp } from '#features/app/AppContext';

const show = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));

export function CaseAudit({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('case');
  const { db } = useApp();
  const rows = useLiveQuery(() => auditOf(db, caseId), [db, caseId]) ?? [];
  return (
    <Paper withBorder p="md" mt="md">
      <Title order={4} mb="xs">
        {t('audit.title')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('audit.none')}
        </Text>
      ) : (
        <Table fz="xs" aria-label={t('audit.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.when')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.before')}</Table.Th>
              <Table.Th>{t('audit.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.seq}>
                <Table.Td>{formatWhen(r.at, i18n.language)}</Table.Td>
                <Table.Td>{r.action}</Table.Td>
                <Table.Td>{show(r.before)}</Table.Td>
                <Table.Td>{show(r.after ?? r.detail)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
