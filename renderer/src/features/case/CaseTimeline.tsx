// The merged timeline: central entries (fetched on demand, 1 credit) and local actions with their
// outbox state.
import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { timelineOf } from '#data/timelineRepo';
import { outboxOf } from '#data/outboxRepo';
import type { CaseRecord } from '#domain/case';
import type { AppError } from '#contract/result';
import { errorText } from '#ui/errorText';
import { formatWhen } from '#ui/format';
import { useApp } from '#features/app/AppContext';
import { CaseOrgViews } from './CaseOrgViews';

export function CaseTimeline({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t, i18n } = useTranslation(['case', 'errors']);
  const { db, sync } = useApp();
  const events = useLiveQuery(() => timelineOf(db, caseRecord.id), [db, caseRecord.id]) ?? [];
  const outbox = useLiveQuery(() => outboxOf(db, caseRecord.id), [db, caseRecord.id]) ?? [];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const stateOf = (seq: number | null) => outbox.find((o) => o.seq === seq)?.state;

  async function refresh() {
    if (!caseRecord.ticketId) return;
    setBusy(true);
    const r = await sync.refreshCase(caseRecord.id, caseRecord.ticketId);
    setBusy(false);
    setError(r.ok ? null : r.error);
  }

  return (
    <Paper withBorder p="md" mt="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('timeline.title')}</Title>
        <Button size="xs" variant="light" onClick={() => void refresh()} loading={busy} disabled={!caseRecord.ticketId}>
          {t('timeline.refresh')}
        </Button>
      </Group>
      {error && <Alert color="red">{errorText(error)}</Alert>}
      <CaseOrgViews caseId={caseRecord.id} />
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} aria-label={t('timeline.title')}>
          {events.map((e) => {
            const state = e.kind === 'local' ? stateOf(e.outboxSeq) : undefined;
            return (
              <Timeline.Item key={e.seq} title={e.statusLabel}>
                <Stack gap={2}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.note}
                  </Text>
                  <Group gap="xs">
                    <Text size="xs" c="dimmed">
                      {formatWhen(e.at, i18n.language)} · {e.kind === 'local' ? t('timeline.local') : e.org || t('timeline.remote')}
                    </Text>
                    {state && (
                      <Badge size="xs" variant="light" color={state === 'sent' ? 'teal' : state === 'failed' ? 'red' : 'yellow'}>
                        {t(`outbox.${state}`)}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
