// All references of a case across channels (Traffy ticket, 1555 id, letter receipt number, 1567 memo,
// meeting item, duplicates), with linking and unlinking. Search finds a case by any of them.
import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Group, Paper, Select, Stack, Text, TextInput, Title, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addRef, removeRef } from '#data/caseLocalRepo';
import { CASE_REF_KINDS, type CaseRecord, type CaseRefKind } from '#domain/case';
import { hrefOf } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';

const LINKED: ReadonlySet<CaseRefKind> = new Set(['duplicate', 'duplicate-of']);

export function CaseRefs({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation('case');
  const { db } = useApp();
  const [kind, setKind] = useState<CaseRefKind>('hotline-1555');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const refs = caseRecord.refs ?? [];

  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (!value.trim()) return setProblem(t('refs.valueRequired'));
    const added = await addRef(db, caseRecord.id, kind, value, new Date().getTime());
    setProblem(added ? null : t('refs.exists'));
    if (added) setValue('');
  }

  return (
    <Paper withBorder p="md" mt="md" role="region" aria-label={t('refs.title')}>
      <Title order={4} mb="xs">
        {t('refs.title')}
      </Title>
      <Stack gap="xs">
        {caseRecord.ticketId && (
          <Group gap="xs">
            <Badge variant="light">{t('refs.kinds.traffy')}</Badge>
            <Text size="sm">{caseRecord.ticketId}</Text>
          </Group>
        )}
        {refs.map((r) => (
          <Group key={`${r.kind}:${r.value}`} gap="xs">
            <Badge variant="light" color={LINKED.has(r.kind) ? 'grape' : 'blue'}>
              {t(`refs.kinds.${r.kind}`)}
            </Badge>
            {LINKED.has(r.kind) ? (
              <Anchor href={hrefOf({ name: 'case', id: r.value })}>{r.value}</Anchor>
            ) : (
              <Text size="sm">{r.value}</Text>
            )}
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label={t('refs.remove', { value: r.value })}
              onClick={() => void removeRef(db, caseRecord.id, r, new Date().getTime())}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <form onSubmit={(e) => void add(e)} aria-label={t('refs.add')}>
          <Group align="end" gap="xs">
            <Select
              size="xs"
              w={170}
              label={t('refs.kind')}
              data={CASE_REF_KINDS.filter((k) => !LINKED.has(k) && k !== 'traffy').map((k) => ({ value: k, label: t(`refs.kinds.${k}`) }))}
              value={kind}
              onChange={(v) => v && setKind(v)}
              allowDeselect={false}
            />
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              label={t('refs.value')}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              maxLength={60}
            />
            <Button size="xs" type="submit" variant="light">
              {t('refs.add')}
            </Button>
          </Group>
        </form>
        {problem && (
          <Text size="xs" c="orange">
            {problem}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
