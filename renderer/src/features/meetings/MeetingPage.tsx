// One session: its details and state, the rapid intake while it is open, every item with its central
// state (queued / sent / a ticket), close and submit. Submitting twice never creates a ticket twice.
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getMeeting, meetingItems, setMeetingState } from '#data/meetingRepo';
import { allOutbox } from '#data/outboxRepo';
import { BucketBadge } from '#ui/BucketBadge';
import { formatWhen } from '#ui/format';
import { hrefOf } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';
import { ItemIntakeForm } from './ItemIntakeForm';
import { ItemTextCell } from './ItemTextCell';
import { canEditItems } from '#domain/meeting';
import { FollowUpPack } from './FollowUpPack';
import { MeetingDashboard } from './MeetingDashboard';
import { submitMeeting, type SubmitOutcome } from './submitMeeting';

export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation(['meetings', 'case']);
  const { db, sync } = useApp();
  const meeting = useLiveQuery(() => getMeeting(db, meetingId), [db, meetingId]);
  const items = useLiveQuery(async () => (meeting ? meetingItems(db, meeting) : []), [db, meeting]) ?? [];
  const outbox = useLiveQuery(() => allOutbox(db), [db]) ?? [];
  const [outcome, setOutcome] = useState<SubmitOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  if (!meeting) return <Text>{t('notFound')}</Text>;
  const m = meeting;
  const pushOf = (caseId: string) => outbox.find((o) => o.caseId === caseId && o.kind === 'new-issue');

  async function submit() {
    setBusy(true);
    setOutcome(await submitMeeting(db, sync, m.id, new Date().getTime()));
    setBusy(false);
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={3}>{m.title}</Title>
          <Text size="sm" c="dimmed">
            {formatWhen(m.startsAt, i18n.language)} · {m.venue} {m.community} {m.subdistrict} · {m.part === 2 ? t('part2') : t('part1')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge variant="light">{t(`state.${m.state}`)}</Badge>
          <FollowUpPack meeting={m} items={items} />
          {m.state === 'open' && (
            <Button variant="default" onClick={() => void setMeetingState(db, m.id, 'closed', new Date().getTime())}>
              {t('close')}
            </Button>
          )}
          {m.state === 'closed' && (
            <Button variant="default" onClick={() => void setMeetingState(db, m.id, 'open', new Date().getTime())}>
              {t('reopen')}
            </Button>
          )}
          {m.state !== 'open' && (
            <Button onClick={() => void submit()} loading={busy} disabled={items.length === 0}>
              {m.state === 'submitted' ? t('resubmit') : t('submit')}
            </Button>
          )}
        </Group>
      </Group>
      {outcome && (
        <Alert color={outcome.missingLocation > 0 ? 'yellow' : 'teal'}>
          {t('submitted', { queued: outcome.queued, done: outcome.alreadyTickets })}
          {outcome.missingLocation > 0 && <Text size="sm">{t('missingLocation', { count: outcome.missingLocation })}</Text>}
        </Alert>
      )}
      <MeetingDashboard items={items} />
      {m.state === 'open' && <ItemIntakeForm meeting={m} />}
      <Title order={4}>{t('itemsTitle', { count: items.length })}</Title>
      <Table striped aria-label={t('itemsTable')}>
        <Table.Tbody>
          {items.map((c) => {
            const push = pushOf(c.id);
            return (
              <Table.Tr key={c.id}>
                <Table.Td>{c.meeting?.itemNo}</Table.Td>
                <Table.Td>
                  <ItemTextCell item={c} editable={canEditItems(m)} />
                  <Text size="xs" c="dimmed">
                    {c.subdistrict} {c.address} {c.meeting?.urgency === 'urgent' && `· ${t('urgent')}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <BucketBadge bucket={c.bucket} label={c.statusLabel} />
                </Table.Td>
                <Table.Td>
                  {c.ticketId ? (
                    <Anchor href={hrefOf({ name: 'case', id: c.id })}>{c.ticketId}</Anchor>
                  ) : push ? (
                    <Badge variant="light" color={push.state === 'failed' ? 'red' : 'yellow'}>
                      {t(`case:outbox.${push.state}`)}
                    </Badge>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('local')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
