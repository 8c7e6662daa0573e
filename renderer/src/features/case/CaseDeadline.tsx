// The case's deadline clock: business days used and left (Thai holidays skipped, paused while it waits
// on budget, procurement or legal process), and its ageing bucket.
import { Badge, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readDeadlineSettings } from '#data/deadlineSettingsRepo';
import type { CaseRecord } from '#domain/case';
import { ageingBucket, deadlineState } from '#domain/deadline';
import { holidaySet } from '#domain/holidays';
import { isOpen } from '#domain/status';
import { formatWhen } from '#ui/format';
import { useNow } from '#ui/useNow';
import { useApp } from '#features/app/AppContext';

const DAY = 86_400_000;

export function CaseDeadline({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t, i18n } = useTranslation('case');
  const { db } = useApp();
  const now = useNow();
  const settings = useLiveQuery(() => readDeadlineSettings(db), [db]);
  if (!settings || !isOpen(caseRecord.bucket)) return null;
  const d = deadlineState(
    { receivedAt: caseRecord.createdAt, categories: caseRecord.categories, pauses: caseRecord.pauses ?? [], now },
    settings.rules,
    holidaySet(settings.holidays),
  );
  const age = Math.floor((now - caseRecord.createdAt) / DAY);
  return (
    <Group gap="xs" role="status" aria-label={t('deadline.label')}>
      <Badge color={d.overdue ? 'red' : d.businessDaysLeft <= 2 ? 'orange' : 'teal'} variant="light">
        {d.overdue ? t('deadline.overdue', { count: -d.businessDaysLeft }) : t('deadline.left', { count: d.businessDaysLeft })}
      </Badge>
      {d.paused && (
        <Badge color="gray" variant="light">
          {t('deadline.paused')}
        </Badge>
      )}
      <Text size="xs" c="dimmed">
        {t('deadline.due', { when: formatWhen(d.dueAt, i18n.language, false) })} · {t('deadline.age', { bucket: ageingBucket(age) })}
      </Text>
    </Group>
  );
}
