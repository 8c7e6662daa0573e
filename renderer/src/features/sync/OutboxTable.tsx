// The outbox: every queued push (status change, comment, forward, new ticket), its state and last error.
import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { retryFailed } from '#data/outboxRepo';
import { summaryOf, ticketOf, type OutboxEntry, type OutboxState } from '#domain/outbox';
import { formatWhen } from '#ui/format';
import { hrefOf } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';

export const STATE_COLOR: Record<OutboxState, string> = {
  pending: 'yellow',
  sending: 'yellow',
  sent: 'teal',
  failed: 'red',
  conflict: 'orange',
  discarded: 'gray',
};

export function OutboxTable({ entries }: { entries: readonly OutboxEntry[] }) {
  const { t, i18n } = useTranslation(['sync', 'case']);
  const { db } = useApp();
  if (entries.length === 0) return <Text c="dimmed">{t('outboxEmpty')}</Text>;
  return (
    <Table striped aria-label={t('outboxTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('outbox.case')}</Table.Th>
          <Table.Th>{t('outbox.action')}</Table.Th>
          <Table.Th>{t('outbox.queuedAt')}</Table.Th>
          <Table.Th>{t('outbox.state')}</Table.Th>
          <Table.Th>{t('outbox.error')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((o) => {
          const s = summaryOf(o);
          return (
            <Table.Tr key={o.seq}>
              <Table.Td>
                <Anchor href={hrefOf({ name: 'case', id: o.caseId })} size="sm">
                  {ticketOf(o) || o.caseId}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t(`outbox.kind.${s.kind}`)}
                  {s.label && `: ${s.label}`}
                </Text>
              </Table.Td>
              <Table.Td>{formatWhen(o.createdAt, i18n.language)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATE_COLOR[o.state]}>
                  {t(`case:outbox.${o.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {o.lastError}
                </Text>
              </Table.Td>
              <Table.Td>
                {o.state === 'failed' && (
                  <Button size="xs" variant="subtle" onClick={() => void retryFailed(db, o.seq!)}>
                    {t('retry')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
