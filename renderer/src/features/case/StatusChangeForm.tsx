// Changing a case's status with a progress note and up to 3 after-photos. The change is saved locally
// with its outbox entry in one transaction first, then sent; offline, it simply waits in the queue.
// Whether the citizen is texted is chosen here and said in words right above the button. A finish
// runs the closure-quality checks first: the coordinator may proceed past a warning with a reason.
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  FileButton,
  Group,
  Image,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { enqueueClosingUpdate } from '#data/closureRepo';
import { hashesUsedElsewhere } from '#data/photoHashRepo';
import type { CaseRecord } from '#domain/case';
import { closureChecks, photoHash, type ClosureFlag } from '#domain/closureQuality';
import { MAX_PHOTOS } from '#domain/outbox';
import { DEFAULT_STATUS_CHOICES } from '#domain/status';
import { useApp } from '#features/app/AppContext';
import { compressPhoto } from './compressPhoto';
import { ReplyTemplatePicker } from './ReplyTemplatePicker';
import { usePushOutcome } from './usePushOutcome';

interface Photo {
  base64: string;
  hash: string;
}

export function StatusChangeForm({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation(['case', 'common']);
  const { db } = useApp();
  const announce = usePushOutcome();
  const [statusId, setStatusId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [notify, setNotify] = useState(false);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [flags, setFlags] = useState<ClosureFlag[]>([]);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choice = DEFAULT_STATUS_CHOICES.find((c) => String(c.issueStatusId) === statusId);
  const finishing = choice?.bucket === 'finish';

  // The closure checks follow the form as it is filled (photos, note), before anything is sent.
  useEffect(() => {
    if (!finishing) return;
    let cancelled = false;
    const hashes = photos.map((p) => p.hash);
    void hashesUsedElsewhere(db, hashes, caseRecord.id).then((elsewhere) => {
      const now = new Date().getTime();
      if (!cancelled)
        setFlags(closureChecks({ receivedAt: caseRecord.createdAt, now, note, afterPhotoHashes: hashes, hashesUsedElsewhere: elsewhere }));
    });
    return () => {
      cancelled = true;
    };
  }, [finishing, photos, note, db, caseRecord.id, caseRecord.createdAt]);
  const shownFlags = finishing ? flags : [];

  async function addPhotos(files: File[]) {
    const room = MAX_PHOTOS - photos.length;
    if (files.length > room) setProblem(t('status.tooManyPhotos', { max: MAX_PHOTOS }));
    try {
      const added = await Promise.all(
        files
          .slice(0, room)
          .map(async (f) => ({ base64: await compressPhoto(f), hash: await photoHash(new Uint8Array(await f.arrayBuffer())) })),
      );
      setPhotos((p) => [...p, ...added].slice(0, MAX_PHOTOS));
    } catch {
      setProblem(t('status.badPhoto'));
    }
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!choice || !caseRecord.ticketId) return;
    if (!note.trim()) return setProblem(t('status.noteRequired'));
    if (shownFlags.length > 0 && !reason.trim()) return setProblem(t('closure.reasonRequired'));
    setProblem(null);
    setBusy(true);
    const payload = {
      ticketId: caseRecord.ticketId,
      issueStatusId: choice.issueStatusId,
      statusLabel: choice.label,
      note: note.trim(),
      notifyReporter: notify,
    };
    const withPhotos = photos.length > 0 ? { ...payload, photosBase64: photos.map((p) => p.base64) } : payload;
    const now = new Date().getTime();
    await enqueueClosingUpdate(
      db,
      caseRecord.id,
      withPhotos,
      finishing ? { hashes: photos.map((p) => p.hash), closure: { flags: shownFlags, reason: reason.trim(), at: now } } : null,
      now,
    );
    setNote('');
    setStatusId(null);
    setPhotos([]);
    setReason('');
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
        {choice && <ReplyTemplatePicker caseRecord={caseRecord} bucket={choice.bucket} statusLabel={choice.label} onPick={setNote} />}
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
            {photos.map((p) => (
              <Image key={p.hash} src={`data:image/jpeg;base64,${p.base64}`} alt={t('photosAfter')} h={80} fit="cover" radius="sm" />
            ))}
          </SimpleGrid>
        )}
        {shownFlags.length > 0 && (
          <Alert color="orange" title={t('closure.title')} role="alert">
            <List size="sm">
              {shownFlags.map((f) => (
                <List.Item key={f}>{t(`closure.flags.${f}`)}</List.Item>
              ))}
            </List>
            <TextInput
              mt="xs"
              size="xs"
              label={t('closure.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={300}
            />
          </Alert>
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
