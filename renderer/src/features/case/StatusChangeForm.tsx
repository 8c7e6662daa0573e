// Changing a case's status with a progress note and up to 3 after-photos. The change is saved locally
// with its outbox entry in one transaction first, then sent; offline, it simply waits in the queue.
// Whether the citizen is texted is chosen here and said in words right above the button.
import { useState } from 'react';
import { Alert, Button, Checkbox, FileButton, Group, Image, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { enqueueStatusUpdate } from '#data/outboxRepo';
import type { CaseRecord } from '#domain/case';
import { MAX_PHOTOS } from '#domain/outbox';
import { DEFAULT_STATUS_CHOICES } from '#domain/status';
import { useApp } from '#features/app/AppContext';
import { compressPhoto } from './compressPhoto';
import { usePushOutcome } from './usePushOutcome';

export function StatusChangeForm({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation(['case', 'common']);
  const { db } = useApp();
  const announce = usePushOutcome();
  const [statusId, setStatusId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [notify, setNotify] = useState(false);
  const [photos, setPhotos] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choice = DEFAULT_STATUS_CHOICES.find((c) => String(c.issueStatusId) === statusId);

  async function addPhotos(files: File[]) {
    const room = MAX_PHOTOS - photos.length;
    if (files.length > room) setProblem(t('status.tooManyPhotos', { max: MAX_PHOTOS }));
    try {
      const added = await Promise.all(files.slice(0, room).map(compressPhoto));
      setPhotos((p) => [...p, ...added].slice(0, MAX_PHOTOS));
    } catch {
      setProblem(t('status.badPhoto'));
    }
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!choice || !caseRecord.ticketId) return;
    if (!note.trim()) return setProblem(t('status.noteRequired'));
    setProblem(null);
    setBusy(true);
    const payload = {
      ticketId: caseRecord.ticketId,
      issueStatusId: choice.issueStatusId,
      statusLabel: choice.label,
      note: note.trim(),
      notifyReporter: notify,
    };
    await enqueueStatusUpdate(db, caseRecord.id, photos.length > 0 ? { ...payload, photosBase64: photos } : payload, Date.now());
    setNote('');
    setStatusId(null);
    setPhotos([]);
    await announce();
    setBusy(false);
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void submit(e)} aria-label={t('status.title')}>
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
        <Textarea
          label={t('status.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={2000}
          required
        />
        <Group gap="xs">
          <FileButton onChange={(f) => void addPhotos(f)} accept="image/*" multiple>
            {(props) => (
              <Button size="xs" variant="default" {...props} disabled={photos.length >= MAX_PHOTOS}>
                {t('status.addPhotos', { count: photos.length, max: MAX_PHOTOS })}
              </Button>
            )}
          </FileButton>
          {photos.length > 0 && (
            <Button size="xs" variant="subtle" onClick={() => setPhotos([])}>
              {t('status.removePhotos')}
            </Button>
          )}
        </Group>
        {photos.length > 0 && (
          <SimpleGrid cols={3}>
            {photos.map((p, i) => (
              <Image key={i} src={`data:image/jpeg;base64,${p}`} alt={t('photosAfter')} h={80} fit="cover" radius="sm" />
            ))}
          </SimpleGrid>
        )}
        <Checkbox
          label={t('status.notify')}
          description={t('status.notifyHint')}
          checked={notify}
          onChange={(e) => setNotify(e.currentTarget.checked)}
        />
        <Text size="sm" c={notify ? 'orange' : 'dimmed'}>
          {notify ? t('status.willNotify') : t('status.willNotNotify')}
        </Text>
        {problem && <Alert color="yellow">{problem}</Alert>}
        <Button type="submit" loading={busy} disabled={!choice || !caseRecord.ticketId}>
          {t('status.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
