// Forward the ticket to, or invite to co-handle, other organisations: the district's units from
// get-org-list, or any agency found by name (search-org, one credit per search).
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, MultiSelect, Paper, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { enqueuePush } from '#data/outboxRepo';
import { districtOrgList } from '#data/orgRepo';
import type { CaseRecord } from '#domain/case';
import { errorText } from '#ui/errorText';
import { useApp } from '#features/app/AppContext';
import { usePushOutcome } from './usePushOutcome';

export function ForwardForm({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation(['case', 'errors']);
  const { db, sync } = useApp();
  const announce = usePushOutcome();
  const own = useLiveQuery(() => districtOrgList(db), [db]) ?? [];
  const [found, setFound] = useState<{ value: string; label: string }[]>([]);
  const [scenario, setScenario] = useState<'1' | '2'>('1');
  const [targets, setTargets] = useState<string[]>([]);
  const [keyword, setKeyword] = useState('');
  const [note, setNote] = useState('');
  const [notify, setNotify] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = [
    ...own.filter((o) => !o.isOffice).map((o) => ({ value: o.orgId, label: o.name })),
    ...found.filter((f) => !own.some((o) => o.orgId === f.value)),
  ];

  async function search() {
    if (!keyword.trim()) return;
    const r = await sync.searchOrgs(keyword.trim());
    if (!r.ok) return setProblem(errorText(r.error));
    setFound(r.value.map((o) => ({ value: o.org_id, label: o.name })));
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!caseRecord.ticketId) return;
    if (targets.length === 0) return setProblem(t('forward.pickTarget'));
    if (!note.trim()) return setProblem(t('forward.noteRequired'));
    setProblem(null);
    setBusy(true);
    const names = targets.map((id) => options.find((o) => o.value === id)?.label ?? id);
    const payload = {
      ticketId: caseRecord.ticketId,
      scenario: scenario === '2' ? (2 as const) : (1 as const),
      destinationOrgIds: targets,
      destinationNames: names,
      note: note.trim(),
      notifyReporter: notify,
    };
    await enqueuePush(db, caseRecord.id, { kind: 'join-forward', payload }, Date.now());
    setTargets([]);
    setNote('');
    await announce();
    setBusy(false);
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void submit(e)} aria-label={t('forward.title')}>
      <Stack>
        <SegmentedControl
          aria-label={t('forward.scenario')}
          value={scenario}
          onChange={(v) => setScenario(v === '2' ? '2' : '1')}
          data={[
            { value: '1', label: t('forward.invite') },
            { value: '2', label: t('forward.forward') },
          ]}
        />
        <MultiSelect label={t('forward.targets')} data={options} value={targets} onChange={setTargets} searchable clearable />
        <Group align="end" gap="xs">
          <TextInput
            style={{ flex: 1 }}
            label={t('forward.searchOther')}
            value={keyword}
            onChange={(e) => setKeyword(e.currentTarget.value)}
          />
          <Button variant="default" onClick={() => void search()}>
            {t('forward.search')}
          </Button>
        </Group>
        <Textarea
          label={t('forward.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          required
        />
        <Checkbox label={t('status.notify')} checked={notify} onChange={(e) => setNotify(e.currentTarget.checked)} />
        <Text size="sm" c={notify ? 'orange' : 'dimmed'}>
          {notify ? t('status.willNotify') : t('status.willNotNotify')}
        </Text>
        {problem && <Alert color="yellow">{problem}</Alert>}
        <Button type="submit" loading={busy} disabled={!caseRecord.ticketId}>
          {scenario === '2' ? t('forward.submitForward') : t('forward.submitInvite')}
        </Button>
      </Stack>
    </Paper>
  );
}
