// Routing a case to the district's units (ฝ่าย): the units it sits with, suggestions from its category
// and text (editable rules), one click to accept a suggestion. "No unit" is the awaiting-unit bucket.
import { useState } from 'react';
import { Badge, Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { assignUnits } from '#data/caseLocalRepo';
import { readRouting } from '#data/routingRepo';
import type { CaseRecord } from '#domain/case';
import { suggestUnits } from '#domain/routing';
import { useApp } from '#features/app/AppContext';

export function CaseRouting({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation('case');
  const { db } = useApp();
  const routing = useLiveQuery(() => readRouting(db), [db]);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<string[]>(caseRecord.units);
  const suggestions = routing ? suggestUnits(caseRecord, routing.rules).filter((u) => !caseRecord.units.includes(u)) : [];
  const units = routing?.units ?? [];
  // A unit removed from the district's list still shows on old cases, marked as such.
  const known = new Set(units);

  async function save(next: string[], undoable = true) {
    const before = caseRecord.units;
    await assignUnits(db, [caseRecord.id], next, 'set', new Date().getTime());
    setEditing(false);
    notifications.show({
      color: 'teal',
      message: (
        <Group gap="xs">
          <Text size="sm">{t('routing.saved')}</Text>
          {undoable && (
            <Button size="compact-xs" variant="subtle" onClick={() => void save(before, false)}>
              {t('routing.undo')}
            </Button>
          )}
        </Group>
      ),
    });
  }

  return (
    <Paper withBorder p="md" mt="md" aria-label={t('routing.title')} role="region">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('routing.title')}</Title>
        {!editing && (
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              setDraft(caseRecord.units);
              setEditing(true);
            }}
          >
            {t('routing.edit')}
          </Button>
        )}
      </Group>
      <Stack gap="xs">
        {editing ? (
          <>
            <MultiSelect
              label={t('routing.units')}
              data={[...new Set([...units, ...draft])]}
              value={draft}
              onChange={setDraft}
              searchable
              clearable
            />
            <Group gap="xs">
              <Button size="xs" onClick={() => void save(draft)}>
                {t('routing.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                {t('routing.cancel')}
              </Button>
            </Group>
          </>
        ) : caseRecord.units.length === 0 ? (
          <Text size="sm" c="orange">
            {t('routing.awaiting')}
          </Text>
        ) : (
          <Group gap={4}>
            {caseRecord.units.map((u) => (
              <Badge key={u} variant="outline" color={known.has(u) ? 'teal' : 'gray'}>
                {u}
                {!known.has(u) && ` (${t('routing.removedUnit')})`}
              </Badge>
            ))}
          </Group>
        )}
        {!editing && suggestions.length > 0 && (
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {t('routing.suggested')}
            </Text>
            {suggestions.map((u) => (
              <Button key={u} size="compact-xs" variant="light" onClick={() => void save([...caseRecord.units, u])}>
                + {u}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
