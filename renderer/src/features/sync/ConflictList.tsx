// Queued status changes whose case moved centrally since the edit was made. The coordinator sees both
// sides and decides: send mine anyway (re-based on the central copy), or drop mine. Never automatic.
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { resolveConflict } from '#data/outboxConflicts';
import { summaryOf, ticketOf, type OutboxEntry } from '#domain/outbox';
import { formatWhen } from '#ui/format';
import { hrefOf } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';

export function ConflictList({ conflicts }: { conflicts: readonly OutboxEntry[] }) {
  const { t, i18n } = useTranslation('sync');
  const { db, sync } = useApp();
  async function resolve(seq: number, choice: 'send-mine' | 'discard-mine') {
    await resolveConflict(db, seq, choice, new Date().getTime());
    if (choice === 'send-mine') await sync.pushNow();
  }
  if (conflicts.length === 0) return null;

  return (
    <Paper withBorder p="md" role="region" aria-label={t('conflicts.title', { count: conflicts.length })}>
      <Title order={4} mb="xs">
        {t('conflicts.title', { count: conflicts.length })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('conflicts.explain')}
      </Text>
      <Stack gap="sm">
        {conflicts.map((o) => (
          <Alert key={o.seq} color="orange" variant="light">
            <Stack gap={4}>
              <Anchor href={hrefOf({ name: 'case', id: o.caseId })} fw={600}>
                {ticketOf(o) || o.caseId}
              </Anchor>
              <Text size="sm">{t('conflicts.mine', { label: summaryOf(o).label, note: summaryOf(o).note })}</Text>
              <Text size="sm">
                {t('conflicts.theirs', {
                  label: o.conflict?.remoteStatusLabel ?? '',
                  when: o.conflict ? formatWhen(o.conflict.remoteActivityAt, i18n.language) : '',
                })}
              </Text>
              <Group gap="xs" mt={4}>
                <Button size="xs" onClick={() => void resolve(o.seq!, 'send-mine')}>
                  {t('conflicts.sendMine')}
                </Button>
                <Button size="xs" variant="default" onClick={() => void resolve(o.seq!, 'discard-mine')}>
                  {t('conflicts.discardMine')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ))}
      </Stack>
    </Paper>
  );
}
