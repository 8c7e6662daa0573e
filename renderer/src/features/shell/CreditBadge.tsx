// The district's remaining API credits, as last reported by the central service.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSyncMeta } from './useSyncState';

export function CreditBadge() {
  const { t } = useTranslation();
  const meta = useSyncMeta();
  const value = meta.unlimitedCredits ? t('credits.unlimited') : meta.creditBalance == null ? t('credits.unknown') : meta.creditBalance.toLocaleString();
  const low = !meta.unlimitedCredits && meta.creditBalance != null && meta.creditBalance < 50;
  return (
    <Tooltip label={t('credits.label')}>
      <Badge color={low ? 'red' : 'gray'} variant="light" aria-label={`${t('credits.label')}: ${value}`}>
        {t('credits.label')}: {value}
      </Badge>
    </Tooltip>
  );
}
