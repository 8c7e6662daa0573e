// Deadline rules: Traffy category → business days (1–365), and the default '*'. Each save writes a new
// array (deadline.ts indexes rule lists once per array).
import { useState } from 'react';
import { Button, NumberInput, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { writeDeadlineSettings, type DeadlineSettings } from '#data/deadlineSettingsRepo';
import { DEFAULT_DEADLINE_DAYS, DEFAULT_DEADLINE_RULES } from '#domain/deadline';
import { useApp } from '#features/app/AppContext';
import { EditDialog, EmptyState, RestoreDefaults, RowActions, SettingsSection, useSaveNotice } from './SettingsParts';
import { MAX_DEADLINE_DAYS, MIN_DEADLINE_DAYS, deadlineRuleProblem, withItem, withoutItem, type SettingsProblem } from './validate';

interface Draft {
  index: number;
  category: string;
  days: string | number;
}

export function DeadlineRulesSettings({ settings }: { settings: DeadlineSettings }) {
  const { t } = useTranslation('settings');
  const { db } = useApp();
  const save = useSaveNotice();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const { rules } = settings;
  const label = (category: string) => (category.trim() === '*' ? t('deadlines.fallback') : category);

  const open = (d: Draft) => {
    setProblem(null);
    setDraft(d);
  };

  async function submit() {
    if (!draft) return;
    const days = typeof draft.days === 'number' ? draft.days : Number(draft.days.trim() || NaN);
    const next = withItem(rules, draft.index, { category: draft.category.trim(), businessDays: days });
    const p = deadlineRuleProblem(next, draft.index >= 0 ? draft.index : next.length - 1);
    setProblem(p);
    if (p) return;
    await save(() => writeDeadlineSettings(db, { rules: next }));
    setDraft(null);
  }

  const err = (keys: SettingsProblem[]) => (problem && keys.includes(problem) ? t(`problems.${problem}`) : null);

  return (
    <SettingsSection
      title={t('deadlines.title')}
      explain={t('deadlines.explain')}
      actions={
        <>
          <Button size="xs" onClick={() => open({ index: -1, category: '', days: '' })}>
            {t('deadlines.add')}
          </Button>
          <RestoreDefaults
            section={t('deadlines.title')}
            onRestore={() => writeDeadlineSettings(db, { rules: [...DEFAULT_DEADLINE_RULES] })}
          />
        </>
      }
    >
      {rules.length === 0 ? (
        <EmptyState>{t('deadlines.empty', { count: DEFAULT_DEADLINE_DAYS })}</EmptyState>
      ) : (
        <Table aria-label={t('deadlines.table')} striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deadlines.category')}</Table.Th>
              <Table.Th>{t('deadlines.days')}</Table.Th>
              <Table.Th ta="right">{t('actions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((r, i) => (
              <Table.Tr key={`${r.category}|${i}`}>
                <Table.Td>{label(r.category)}</Table.Td>
                <Table.Td>{t('deadlines.daysValue', { count: r.businessDays })}</Table.Td>
                <Table.Td>
                  <RowActions
                    name={label(r.category)}
                    onEdit={() => open({ index: i, category: r.category, days: r.businessDays })}
                    onRemove={() =>
                      void save(() => writeDeadlineSettings(db, { rules: withoutItem(rules, i) }), t('removed', { name: label(r.category) }))
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <EditDialog
        opened={draft !== null}
        title={draft?.index === -1 ? t('deadlines.addTitle') : t('deadlines.editTitle')}
        onClose={() => setDraft(null)}
        onSubmit={submit}
      >
        {draft && (
          <>
            <TextInput
              data-autofocus
              label={t('deadlines.category')}
              description={t('deadlines.categoryHint')}
              value={draft.category}
              onChange={(e) => setDraft({ ...draft, category: e.currentTarget.value })}
              error={err(['categoryRequired', 'categoryDuplicate'])}
            />
            <NumberInput
              label={t('deadlines.days')}
              min={MIN_DEADLINE_DAYS}
              max={MAX_DEADLINE_DAYS}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              value={draft.days}
              onChange={(days) => setDraft({ ...draft, days })}
              error={err(['daysRange'])}
            />
          </>
        )}
      </EditDialog>
    </SettingsSection>
  );
}
