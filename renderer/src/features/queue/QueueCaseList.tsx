// The cases of one queue list: ticket, status, what it is about, where, its units and the list's own
// note (the follow-up due, days past the deadline, the push error). Links open the case.
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getCases } from '#data/caseRepo';
import type { CaseRecord } from '#domain/case';
import { BucketBadge } from '#ui/BucketBadge';
import { formatWhen } from '#ui/format';
import { hrefOf } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';
import type { FollowUpKind } from '#domain/followUp';
import type { QueueList } from './queueLists';

const SHOWN = 200;

function NoteCell({ list, id }: { list: QueueList; id: string }) {
  const { t, i18n } = useTranslation(['queue', 'followups']);
  const note = list.notes?.[id];
  if (!note) return null;
  if (list.key === 'followups-overdue' || list.key === 'followups-today') {
    const [kind, dueAt, text] = note.split('|') as [FollowUpKind, string, string];
    return (
      <Text size="xs">
        {t(`followups:kinds.${kind}`)} · {formatWhen(Number(dueAt), i18n.language)} {text}
      </Text>
    );
  }
  if (list.key === 'past-deadline')
    return (
      <Badge color="red" variant="light">
        {t('daysOver', { count: Number(note) })}
      </Badge>
    );
  return (
    <Text size="xs" c="dimmed">
      {note}
    </Text>
  );
}

export function QueueCaseList({ list, title }: { list: QueueList; title: string }) {
  const { t } = useTranslation(['queue', 'common']);
  const { db } = useApp();
  const ids = list.ids.slice(0, SHOWN);
  const rows = useLiveQuery(() => getCases(db, ids), [db, ids.join(',')]);
  const cases = (rows ?? []).filter((c): c is CaseRecord => c != null);

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>
          {title} ({list.count.toLocaleString()})
        </Title>
        {list.count === 0 ? (
          <Text c="dimmed">{t('emptyList')}</Text>
        ) : (
          <Table striped highlightOnHover aria-label={title}>
            <Table.Tbody>
              {cases.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor href={hrefOf({ name: 'case', id: c.id })}>{c.ticketId ?? c.id.slice(0, 10)}</Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <BucketBadge bucket={c.bucket} label={c.statusLabel} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {c.description}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.subdistrict}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {c.units.map((u) => (
                        <Badge key={u} size="xs" variant="outline">
                          {u}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <NoteCell list={list} id={c.id} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {list.count > SHOWN && (
          <Text size="xs" c="dimmed">
            {t('more', { count: list.count - SHOWN })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
