// One case: the Traffy fields, photos, location, deadline, routing, follow-ups, references, contact,
// the merged timeline, the audit log, and what can be sent about it.
import { useEffect } from 'react';
import { Anchor, Button, Center, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getCase } from '#data/caseRepo';
import { BucketBadge } from '#ui/BucketBadge';
import { formatWhen } from '#ui/format';
import { navigate } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';
import { FollowUpPanel } from '#features/followups/FollowUpPanel';
import { CaseActions } from './CaseActions';
import { CaseAudit } from './CaseAudit';
import { CaseContact } from './CaseContact';
import { CaseDeadline } from './CaseDeadline';
import { CaseDuplicates } from './CaseDuplicates';
import { CaseClosureFlags } from './CaseClosureFlags';
import { CaseRefs } from './CaseRefs';
import { CaseRouting } from './CaseRouting';
import { CaseTimeline } from './CaseTimeline';
import { CasePhotos } from './CasePhotos';
import { SendAsNewTicket } from './SendAsNewTicket';

function back() {
  if (window.history.length > 1) window.history.back();
  else navigate({ name: 'register' });
}

export function CasePage({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation(['case', 'common', 'newcase']);
  const { db, sync } = useApp();
  // The case on screen gets its details refreshed when a pull shows it changed.
  useEffect(() => {
    sync.setOpenCase(caseId);
    return () => sync.setOpenCase(null);
  }, [sync, caseId]);
  const record = useLiveQuery(async () => (await getCase(db, caseId)) ?? null, [db, caseId]);

  if (record === undefined)
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  if (record === null) return <Text>{t('notFound')}</Text>;

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="sm">
          <Button variant="subtle" size="xs" onClick={back}>
            ← {t('common:actions.back')}
          </Button>
          <Title order={3}>{record.ticketId ?? record.id}</Title>
          <BucketBadge bucket={record.bucket} label={record.statusLabel} />
          {record.channel && record.channel !== 'traffy' && <Text size="sm">{t(`newcase:channels.${record.channel}`)}</Text>}
          <CaseDeadline caseRecord={record} />
          <CaseClosureFlags caseRecord={record} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('lastActivity')}: {formatWhen(record.lastActivityAt, i18n.language)}
        </Text>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Text style={{ whiteSpace: 'pre-wrap' }}>{record.description}</Text>
              <Text size="sm">
                <b>{t('categories')}:</b> {record.categories.join(', ') || t('noCategory')}
              </Text>
              <Text size="sm">
                <b>{t('organizations')}:</b> {record.organizations.join(', ')}
              </Text>
              <Text size="sm">
                <b>{t('location')}:</b> {record.address} {record.subdistrict}
                {record.lat != null && record.lon != null && (
                  <>
                    {' '}
                    (
                    <Anchor
                      href={`https://www.openstreetmap.org/?mlat=${record.lat}&mlon=${record.lon}#map=18/${record.lat}/${record.lon}`}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {t('openMap')}
                    </Anchor>
                    )
                  </>
                )}
              </Text>
              <Text size="sm">
                <b>{t('reported')}:</b> {formatWhen(record.createdAt, i18n.language)}
              </Text>
              <CasePhotos photos={record.photos} photosAfter={record.photosAfter} />
            </Stack>
          </Paper>
          <CaseRouting key={record.units.join('|')} caseRecord={record} />
          <FollowUpPanel caseId={record.id} />
          <CaseTimeline caseRecord={record} />
          <CaseDuplicates caseRecord={record} />
          <CaseRefs caseRecord={record} />
          <CaseContact key={JSON.stringify(record.contact ?? null)} caseRecord={record} />
          <CaseAudit caseId={record.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {record.ticketId ? <CaseActions caseRecord={record} /> : <SendAsNewTicket caseRecord={record} />}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
