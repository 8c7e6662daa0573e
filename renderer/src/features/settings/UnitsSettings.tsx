// The district's units (ฝ่าย): add, rename, remove. A removed unit stays on the cases it was given to
// (CaseRouting marks it "no longer in the list"); a rename follows into the routing hints, not old cases.
import { useState } from 'react';
import { Button, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { writeRouting, type RoutingSettings } from '#data/routingRepo';
import { useApp } from '#features/app/AppContext';
import { EditDialog, EmptyState, RowActions, SettingsSection, useSaveNotice } from './SettingsParts';
import { cleanName, sameName, unitProblem, withItem, withoutItem, type SettingsProblem } from './validate';

interface Draft {
  index: number; // -1: a new unit
  name: string;
}

export function UnitsSettings({ routing }: { routing: RoutingSettings }) {
  const { t } = useTranslation('settings');
  const { db } = useApp();
  const save = useSaveNotice();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const { units, rules } = routing;

  const open = (d: Draft) => {
    setProblem(null);
    setDraft(d);
  };

  async function submit() {
    if (!draft) return;
    const name = cleanName(draft.name);
    const next = withItem(units, draft.index, name);
    const p = unitProblem(next, draft.index >= 0 ? draft.index : next.length - 1);
    setProblem(p);
    if (p) return;
    const old = draft.index >= 0 ? units[draft.index] : undefined;
    const renamed = old !== undefined && !sameName(old, name);
    const nextRules = renamed ? rules.map((r) => (r.unit === old ? { ...r, unit: name } : r)) : rules;
    await save(() => writeRouting(db, { units: next, rules: nextRules }));
    setDraft(null);
  }

  return (
    <SettingsSection
      title={t('units.title')}
      explain={t('units.explain')}
      actions={
        <Button size="xs" onClick={() => open({ index: -1, name: '' })}>
          {t('units.add')}
        </Button>
      }
    >
      {units.length === 0 ? (
        <EmptyState>{t('units.empty')}</EmptyState>
      ) : (
        <Table aria-label={t('units.table')} striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('units.name')}</Table.Th>
              <Table.Th ta="right">{t('actions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u, i) => (
              <Table.Tr key={u}>
                <Table.Td>{u}</Table.Td>
                <Table.Td>
                  <RowActions
                    name={u}
                    onEdit={() => open({ index: i, name: u })}
                    onRemove={() => void save(() => writeRouting(db, { units: withoutItem(units, i) }), t('removed', { name: u }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <EditDialog
        opened={draft !== null}
        title={draft?.index === -1 ? t('units.addTitle') : t('units.editTitle')}
        onClose={() => setDraft(null)}
        onSubmit={submit}
      >
        <TextInput
          data-autofocus
          label={t('units.name')}
          value={draft?.name ?? ''}
          onChange={(e) => draft && setDraft({ ...draft, name: e.currentTarget.value })}
          error={problem ? t(`problems.${problem}`) : null}
        />
      </EditDialog>
    </SettingsSection>
  );
}
