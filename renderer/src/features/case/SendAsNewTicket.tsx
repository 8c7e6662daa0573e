// A local case (walk-in, phone, letter…) sent to the central service as a new Traffy ticket through
// the outbox: client_ticket_id = the case id, so a resend never creates a second ticket. The
// complainant's phone goes along only when they agreed. The case then lives under its ticket id.
import { useState } from 'react';
import { Alert, Button, Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { entryCaseId, enqueuePush } from '#data/outboxRepo';
import type { CaseRecord } from '#domain/case';
import { navigate } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';

export function SendAsNewTicket({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation('case');
  const { db, sync } = useApp();
  const [withPhone, setWithPhone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const c = caseRecord;
  const canSharePhone = Boolean(c.contact?.phone && c.contact.consentToShare);

  if (c.lat == null || c.lon == null) return <Alert color="yellow">{t('sendNew.needsLocation')}</Alert>;

  async function send() {
    setBusy(true);
    const payload = {
      clientTicketId: c.id,
      lat: c.lat!,
      lon: c.lon!,
      description: c.description,
      address: c.address,
      ...(c.categories[0] ? { categoryName: c.categories[0] } : {}),
      photosBase64: [],
      ...(withPhone && canSharePhone ? { reporterPhone: c.contact!.phone } : {}),
    };
    const seq = await enqueuePush(db, c.id, { kind: 'new-issue', payload }, new Date().getTime());
    const pushed = await sync.pushNow();
    setBusy(false);
    const newId = await entryCaseId(db, seq);
    if (newId && newId !== c.id) navigate({ name: 'case', id: newId });
    else setMessage(t('status.notSent', { message: pushed.stoppedBy ?? '' }));
  }

  return (
    <Paper withBorder p="md" role="region" aria-label={t('sendNew.title')}>
      <Stack gap="xs">
        <Title order={4}>{t('sendNew.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('sendNew.explain')}
        </Text>
        {canSharePhone && (
          <Checkbox label={t('sendNew.withPhone')} checked={withPhone} onChange={(e) => setWithPhone(e.currentTarget.checked)} />
        )}
        {message && <Alert color="yellow">{message}</Alert>}
        <Button onClick={() => void send()} loading={busy}>
          {t('sendNew.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
