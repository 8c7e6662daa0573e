// A case's follow-ups: schedule one (what, by when, a note), complete it with its outcome and maybe
// the next step, or cancel it. A due time in the past is refused with a message; nothing half-saved.
import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { addFollowUp, cancelFollowUp, completeFollowUp, followUpsOf } from '#data/followUpRepo';
import { FOLLOW_UP_KINDS, followUpTiming, type FollowUp, type FollowUpKind } from '#domain/followUp';
import { formatWhen } from '#ui/format';
import { useNow } from '#ui/useNow';
import { useApp } from '#features/app/AppContext';

const HOUR = 3600_000;
const BANGKOK = 7 * HOUR;
/** 'YYYY-MM-DD HH:mm:ss' in Bangkok time, the picker's value format. */
const pickerValue = (t: number) => new Date(t + BANGKOK).toISOString().slice(0, 19).replace('T', ' ');
const at9Bangkok = (t: number, days: number) => {
  const day = Math.floor((t + BANGKOK) / (24 * HOUR)) + days;
  return day * 24 * HOUR - BANGKOK + 9 * HOUR;
};
const QUICK_PICKS = [
  { key: 'hour', at: (now: number) => pickerValue(now + HOUR) },
  { key: 'tomorrow', at: (now: number) => pickerValue(at9Bangkok(now, 1)) },
  { key: 'week', at: (now: number) => pickerValue(at9Bangkok(now, 7)) },
] as const;
/** The picker's value is Bangkok wall-clock time. */
const fromPicker = (v: string) => Date.parse(`${v.replace(' ', 'T')}+07:00`);

const TIMING_COLOR = { overdue: 'red', today: 'orange', later: 'blue', closed: 'gray' } as const;

function CompleteForm({ f, onDone }: { f: FollowUp; onDone: () => void }) {
  const { t } = useTranslation('followups');
  const { db } = useApp();
  const [outcome, setOutcome] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  async function done() {
    if (!outcome.trim()) return setProblem(t('outcomeRequired'));
    await completeFollowUp(db, f.seq!, outcome, new Date().getTime());
    onDone();
  }
  return (
    <Stack gap={4}>
      <Group align="end" gap="xs">
        <TextInput
          style={{ flex: 1 }}
          size="xs"
          label={t('outcome')}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && void done()}
        />
        <Button size="xs" onClick={() => void done()}>
          {t('markDone')}
        </Button>
      </Group>
      {problem && (
        <Text size="xs" c="red">
          {problem}
        </Text>
      )}
    </Stack>
  );
}

export function FollowUpPanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('followups');
  const { db } = useApp();
  const now = useNow(30_000);
  const list = useLiveQuery(() => followUpsOf(db, caseId), [db, caseId]) ?? [];
  const [kind, setKind] = useState<FollowUpKind>('call-complainant');
  const [due, setDue] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [completing, setCompleting] = useState<number | null>(null);

  async function schedule(e: React.FormEvent) {
    e.preventDefault();
    if (!due) return setProblem(t('dueRequired'));
    const r = await addFollowUp(db, { caseId, kind, dueAt: fromPicker(due), note }, new Date().getTime());
    if (!r.ok) return setProblem(t(r.error.message === 'due-in-past' ? 'dueInPast' : 'badDate'));
    setProblem(null);
    setDue(null);
    setNote('');
  }

  return (
    <Paper withBorder p="md" mt="md">
      <Title order={4} mb="sm">
        {t('title')}
      </Title>
      <Stack gap="xs">
        {list.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('none')}
          </Text>
        )}
        {list.map((f) => {
          const timing = followUpTiming(f, now);
          return (
            <Paper key={f.seq} withBorder p="xs" aria-label={`${t(`kinds.${f.kind}`)} ${formatWhen(f.dueAt, i18n.language)}`}>
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={0}>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {t(`kinds.${f.kind}`)}
                    </Text>
                    <Badge size="xs" color={TIMING_COLOR[timing]} variant="light">
                      {f.state === 'open' ? t(`timing.${timing}`) : t(`state.${f.state}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {formatWhen(f.dueAt, i18n.language)} {f.note}
                  </Text>
                  {f.outcome && <Text size="xs">{t('outcomeWas', { outcome: f.outcome })}</Text>}
                </Stack>
                {f.state === 'open' && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="light" onClick={() => setCompleting(f.seq!)}>
                      {t('complete')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      onClick={() => void cancelFollowUp(db, f.seq!, new Date().getTime())}
                    >
                      {t('cancel')}
                    </Button>
                  </Group>
                )}
              </Group>
              {completing === f.seq && <CompleteForm f={f} onDone={() => setCompleting(null)} />}
            </Paper>
          );
        })}
        <form onSubmit={(e) => void schedule(e)} aria-label={t('schedule')}>
          <Stack gap="xs">
            <Group grow align="end">
              <Select
                size="xs"
                label={t('kind')}
                data={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                value={kind}
                onChange={(v) => v && setKind(v)}
                allowDeselect={false}
              />
              <DateTimePicker
                size="xs"
                label={t('due')}
                value={due}
                onChange={setDue}
                valueFormat="DD/MM/BBBB HH:mm"
                minDate={new Date(now)}
                clearable
              />
            </Group>
            <Group gap={4}>
              {QUICK_PICKS.map((q) => (
                <Button key={q.key} size="compact-xs" variant="default" onClick={() => setDue(q.at(now))}>
                  {t(`quick.${q.key}`)}
                </Button>
              ))}
            </Group>
            <TextInput size="xs" label={t('note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            {problem && (
              <Alert color="yellow" p="xs">
                {problem}
              </Alert>
            )}
            <Group>
              <Button size="xs" type="submit">
                {t('schedule')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
