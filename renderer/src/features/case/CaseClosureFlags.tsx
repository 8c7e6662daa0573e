// After the fact: a finished case that was reopened or rated 1–2 stars is a closure to look at again;
// and the warnings the coordinator proceeded past when closing, with the reason given.
import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '#domain/case';
import { afterTheFactFlags } from '#domain/closureQuality';

export function CaseClosureFlags({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation('case');
  const later = afterTheFactFlags(caseRecord);
  const overridden = caseRecord.closure?.flags ?? [];
  if (later.length === 0 && overridden.length === 0) return null;
  return (
    <Group gap={4}>
      {later.map((f) => (
        <Badge key={f} color="red" variant="light">
          {t(`closure.flags.${f}`)}
        </Badge>
      ))}
      {overridden.length > 0 && (
        <Tooltip label={caseRecord.closure?.reason ?? ''}>
          <Badge color="orange" variant="outline">
            {t('closure.overridden', { count: overridden.length })}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
