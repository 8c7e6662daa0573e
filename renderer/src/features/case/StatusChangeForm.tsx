// Changing a case's status with a progress note. The change is saved locally with its outbox entry
// in one transaction first, then sent; offline, it simply waits in the queue.
import { useState } from 'react';
import { Alert, Button, Checkbox, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { enqueueStatusUpdate } from '#data/outboxRepo';
import type { CaseRecord } from '#domain/case';
import { DEFAULT_STATUS_CHOICES } from '#domain/status';
import { useApp } from '#features/app/AppContext';

export function StatusChangeForm({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation(['case', 'common']);
  const { db, sync } = useApp();
  const [statusId, setStatusId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [notify, setNotify] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choice = DEFAULT_STATUS_CHOICES.find((c) => String(c.issueStatusId) === statusId);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!choice) return;
    if (!note.trim()) return setProblem(t('status.noteRequired'));
    if (!caseRecord.ticketId) return;
    setProblem(null);
    setBusy(true);
    await enqueueStatusUpdate(
      db,
      caseRecord.id,
      { ticketId: caseRecord.ticketId, issueStatusId: choice.issueStatusId, statusLabel: choice.label, note: note.trim(), notifyReporter: notify },
      Date.now(),
    );
    setNote('');
    setStatusId(null);
    const pushed = await sync.pushNow();
    setBusy(false);
    if (pushed.sent + pushed.verified > 0) notifications.show({ color: 'teal', message: t('status.sent') });
    else notifications.show({ color: 'yellow', message: t('status.notSent', { message: pushed.stoppedBy ?? '' }) });
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void submit(e)}>
      <Stack>
        <Title order={4}>{t('status.title')}</Title>
        <Select
          label={t('status.label')}
          data={DEFAULT_STATUS_CHOICES.map((c) => ({ value: String(c.issueStatusId), label: c.label }))}
          value={statusId}
          onChange={setStatusId}
          required
          allowDeselect={false}
        />
        <Textarea label={t('status.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={3} maxLength={2000} required />
        <Checkbox label={t('status.notify')} description={t('status.notifyHint')} checked={notify} onChange={(e) => setNotify(e.currentTarget.checked)} />
        {problem && <Alert color="yellow">{problem}</Alert>}
        <Button type="submit" loading={busy} disabled={!choice || !caseRecord.ticketId}>
          {t('status.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
