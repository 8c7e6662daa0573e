// A comment on the ticket: staff-only by default (units and other agencies see it, the citizen does
// not); a public reply is chosen on purpose, and so is texting the citizen about it.
import { useState } from 'react';
import { Alert, Button, Checkbox, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { enqueuePush } from '#data/outboxRepo';
import type { CaseRecord } from '#domain/case';
import type { CommentKind } from '#domain/outbox';
import { useApp } from '#features/app/AppContext';
import { usePushOutcome } from './usePushOutcome';

export function CommentForm({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation('case');
  const { db } = useApp();
  const announce = usePushOutcome();
  const [kind, setKind] = useState<CommentKind>('chat_staff_only');
  const [text, setText] = useState('');
  const [notify, setNotify] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reporterSees = kind !== 'chat_staff_only';

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!caseRecord.ticketId) return;
    if (!text.trim()) return setProblem(t('comment.required'));
    setProblem(null);
    setBusy(true);
    const payload = { ticketId: caseRecord.ticketId, note: text.trim(), commentType: kind, notifyReporter: reporterSees && notify };
    await enqueuePush(db, caseRecord.id, { kind: 'comment', payload }, Date.now());
    setText('');
    await announce();
    setBusy(false);
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void submit(e)} aria-label={t('comment.title')}>
      <Stack>
        <SegmentedControl
          aria-label={t('comment.kind')}
          value={kind}
          onChange={(v) => setKind(v === 'chat' ? 'chat' : 'chat_staff_only')}
          data={[
            { value: 'chat_staff_only', label: t('comment.staffOnly') },
            { value: 'chat', label: t('comment.public') },
          ]}
        />
        <Textarea
          label={t('comment.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={2000}
          required
        />
        {reporterSees && <Checkbox label={t('status.notify')} checked={notify} onChange={(e) => setNotify(e.currentTarget.checked)} />}
        <Text size="sm" c={reporterSees && notify ? 'orange' : 'dimmed'}>
          {!reporterSees ? t('comment.hiddenFromReporter') : notify ? t('status.willNotify') : t('status.willNotNotify')}
        </Text>
        {problem && <Alert color="yellow">{problem}</Alert>}
        <Button type="submit" loading={busy} disabled={!caseRecord.ticketId}>
          {t('comment.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
