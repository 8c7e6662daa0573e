// The settings screen (ตั้งค่า): the district's units, routing hints, deadline rules, holiday calendar
// and reply templates. Everything is read through live queries, so a save shows everywhere at once.
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readDeadlineSettings } from '#data/deadlineSettingsRepo';
import { readRouting } from '#data/routingRepo';
import { readTemplates } from '#data/templateRepo';
import { useApp } from '#features/app/AppContext';
import { DeadlineRulesSettings } from './DeadlineRulesSettings';
import { HolidaySettings } from './HolidaySettings';
import { RoutingRulesSettings } from './RoutingRulesSettings';
import { TemplateSettings } from './TemplateSettings';
import { UnitsSettings } from './UnitsSettings';

const TABS = ['units', 'routing', 'deadlines', 'holidays', 'templates'] as const;

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { db } = useApp();
  const routing = useLiveQuery(() => readRouting(db), [db]);
  const deadlines = useLiveQuery(() => readDeadlineSettings(db), [db]);
  const templates = useLiveQuery(() => readTemplates(db), [db]);
  const ready = routing && deadlines && templates;
  return (
    <Stack gap="md">
      <Title order={2}>{t('title')}</Title>
      <Text size="sm" c="dimmed">
        {t('explain')}
      </Text>
      {ready && (
        <Tabs defaultValue="units" keepMounted={false}>
          <Tabs.List aria-label={t('tabs.label')}>
            {TABS.map((tab) => (
              <Tabs.Tab key={tab} value={tab}>
                {t(`tabs.${tab}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="units" pt="md">
            <UnitsSettings routing={routing} />
          </Tabs.Panel>
          <Tabs.Panel value="routing" pt="md">
            <RoutingRulesSettings routing={routing} />
          </Tabs.Panel>
          <Tabs.Panel value="deadlines" pt="md">
            <DeadlineRulesSettings settings={deadlines} />
          </Tabs.Panel>
          <Tabs.Panel value="holidays" pt="md">
            <HolidaySettings settings={deadlines} />
          </Tabs.Panel>
          <Tabs.Panel value="templates" pt="md">
            <TemplateSettings templates={templates} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
