// Each organisation's own view of the ticket (its status and status type), from the last detail
// fetch: a case can be finished for one unit and still in progress for another.
import { Badge, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readMeta } from '#data/metaRepo';
import type { OrgView } from '#sync/details';
import { useApp } from '#features/app/AppContext';

export function CaseOrgViews({ caseId }: { caseId: string }) {
  const { t } = useTranslation('case');
  const { db } = useApp();
  const orgs = useLiveQuery(() => readMeta<OrgView[]>(db, `orgs:${caseId}`), [db, caseId]);
  if (!orgs || orgs.length === 0) return null;
  return (
    <Group gap="xs" mb="sm" aria-label={t('orgViews')}>
      <Text size="xs" c="dimmed">
        {t('orgViews')}:
      </Text>
      {orgs.map((o) => (
        <Badge key={o.orgId} variant="outline" size="sm" color={o.statusType === 'finish' ? 'teal' : 'gray'}>
          {o.name}: {o.status}
        </Badge>
      ))}
    </Group>
  );
}
