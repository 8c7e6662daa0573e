// Routing hints: keyword → unit (one of the district's units, or an outside agency typed in), optionally
// only in the category or only in the description. Suggestions only; coordinators confirm.
import { useState } from 'react';
import { Autocomplete, Badge, Button, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { writeRouting, type RoutingSettings } from '#data/routingRepo';
import { DEFAULT_ROUTING_RULES, OUTSIDE_AGENCIES, type RoutingRule } from '#domain/routing';
import { useApp } from '#features/app/AppContext';
import { EditDialog, EmptyState, RestoreDefaults, RowActions, SettingsSection, useSaveNotice } from './SettingsParts';
import { cleanName, routingRuleProblem, withItem, withoutItem, type SettingsProblem } from './validate';

type Where = 'any' | 'category' | 'description';
interface Draft {
  index: number;
  keyword: string;
  unit: string;
  where: Where;
}

export function RoutingRulesSettings({ routing }: { routing: RoutingSettings }) {
  const { t } = useTranslation('settings');
  const { db } = useApp();
  const save = useSaveNotice();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const { units, rules } = routing;
  const known = new Set(units);
  const whereLabel: Record<Where, string> = {
    any: t('routing.whereAny'),
    category: t('routing.whereCategory'),
    description: t('routing.whereDescription'),
  };

  const open = (d: Draft) => {
    setProblem(null);
    setDraft(d);
  };

  async function submit() {
    if (!draft) return;
    const rule: RoutingRule = { keyword: draft.keyword.trim(), unit: cleanName(draft.unit) };
    if (draft.where !== 'any') rule.in = draft.where;
    const next = withItem(rules, draft.index, rule);
    const p = routingRuleProblem(next, draft.index >= 0 ? draft.index : next.length - 1);
    setProblem(p);
    if (p) return;
    await save(() => writeRouting(db, { rules: next }));
    setDraft(null);
  }

  const err = (keys: SettingsProblem[]) => (problem && keys.includes(problem) ? t(`problems.${problem}`) : null);
  const unitOptions = [...new Set([...units, ...OUTSIDE_AGENCIES.map((a) => a.nameTh)])];

  return (
    <SettingsSection
      title={t('routing.title')}
      explain={t('routing.explain')}
      actions={
        <>
          <Button size="xs" onClick={() => open({ index: -1, keyword: '', unit: '', where: 'any' })}>
            {t('routing.add')}
          </Button>
          <RestoreDefaults section={t('routing.title')} onRestore={() => writeRouting(db, { rules: [...DEFAULT_ROUTING_RULES] })} />
        </>
      }
    >
      {rules.length === 0 ? (
        <EmptyState>{t('routing.empty')}</EmptyState>
      ) : (
        <Table aria-label={t('routing.table')} striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('routing.keyword')}</Table.Th>
              <Table.Th>{t('routing.unit')}</Table.Th>
              <Table.Th>{t('routing.where')}</Table.Th>
              <Table.Th ta="right">{t('actions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((r, i) => (
              <Table.Tr key={`${r.keyword}|${r.unit}|${r.in ?? ''}|${i}`}>
                <Table.Td>{r.keyword}</Table.Td>
                <Table.Td>
                  {r.unit}{' '}
                  {!known.has(r.unit) && (
                    <Badge size="xs" variant="light" color="gray">
                      {t('routing.outside')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{whereLabel[r.in ?? 'any']}</Table.Td>
                <Table.Td>
                  <RowActions
                    name={`${r.keyword} → ${r.unit}`}
                    onEdit={() => open({ index: i, keyword: r.keyword, unit: r.unit, where: r.in ?? 'any' })}
                    onRemove={() => void save(() => writeRouting(db, { rules: withoutItem(rules, i) }), t('removed', { name: r.keyword }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <EditDialog
        opened={draft !== null}
        title={draft?.index === -1 ? t('routing.addTitle') : t('routing.editTitle')}
        onClose={() => setDraft(null)}
        onSubmit={submit}
      >
        {draft && (
          <>
            <TextInput
              data-autofocus
              label={t('routing.keyword')}
              value={draft.keyword}
              onChange={(e) => setDraft({ ...draft, keyword: e.currentTarget.value })}
              error={err(['keywordRequired', 'ruleDuplicate'])}
            />
            <Autocomplete
              label={t('routing.unit')}
              description={t('routing.unitHint')}
              data={unitOptions}
              value={draft.unit}
              onChange={(unit) => setDraft({ ...draft, unit })}
              error={err(['unitRequired'])}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="routing-where-label">
                {t('routing.where')}
              </Text>
              <SegmentedControl
                aria-labelledby="routing-where-label"
                value={draft.where}
                onChange={(v) => setDraft({ ...draft, where: v })}
                data={(['any', 'category', 'description'] as const).map((value) => ({ value, label: whereLabel[value] }))}
              />
            </Stack>
          </>
        )}
      </EditDialog>
    </SettingsSection>
  );
}
