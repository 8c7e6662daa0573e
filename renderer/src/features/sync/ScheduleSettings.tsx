// How background sync spends the district's credits: schedule, daily budget and stop threshold.
import { useState } from 'react';
import { Button, Group, NumberInput, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readSchedule, writeSchedule } from '#data/syncSettingsRepo';
import type { SyncSchedule } from '#domain/syncSchedule';
import { useApp } from '#features/app/AppContext';

export function ScheduleSettings() {
  const { db } = useApp();
  const saved = useLiveQuery(() => readSchedule(db), [db]);
  // Keyed by the saved settings: the form starts again from what was saved.
  return saved ? <ScheduleForm key={JSON.stringify(saved)} saved={saved} /> : null;
}

function ScheduleForm({ saved }: { saved: SyncSchedule }) {
  const { t } = useTranslation('sync');
  const { db, sync } = useApp();
  const [draft, setDraft] = useState<SyncSchedule>(saved);
  const num = (v: string | number, min: number) => Math.max(min, Math.round(Number(v) || min));

  async function save() {
    await writeSchedule(db, draft);
    await sync.tick();
    notifications.show({ color: 'teal', message: t('schedule.saved') });
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('schedule.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('schedule.explain')}
        </Text>
        <SegmentedControl
          aria-label={t('schedule.mode')}
          value={draft.mode}
          onChange={(v) => setDraft({ ...draft, mode: v === 'manual' ? 'manual' : 'office-hours' })}
          data={[
            { value: 'office-hours', label: t('schedule.officeHours') },
            { value: 'manual', label: t('schedule.manual') },
          ]}
        />
        <Group grow>
          <NumberInput
            label={t('schedule.every')}
            min={30}
            max={480}
            step={30}
            value={draft.everyMinutes}
            onChange={(v) => setDraft({ ...draft, everyMinutes: num(v, 30) })}
          />
          <NumberInput
            label={t('schedule.dailyBudget')}
            min={1}
            max={200}
            value={draft.dailyBudget}
            onChange={(v) => setDraft({ ...draft, dailyBudget: num(v, 1) })}
          />
          <NumberInput
            label={t('schedule.stopBelow')}
            min={0}
            max={10000}
            value={draft.stopBelowCredits}
            onChange={(v) => setDraft({ ...draft, stopBelowCredits: num(v, 0) })}
          />
        </Group>
        <Group>
          <Button size="xs" onClick={() => void save()}>
            {t('schedule.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
