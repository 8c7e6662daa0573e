// The selection bar above the register: how many are selected, "select all matching (N)" (ids from
// the engine, never rows), clear, and the bulk actions.
import { Button, Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from './BulkDialog';

interface Props {
  count: number;
  total: number | undefined;
  selectingAll: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onAction: (action: BulkAction) => void;
}

export function BulkBar({ count, total, selectingAll, onSelectAll, onClear, onAction }: Props) {
  const { t } = useTranslation('register');
  if (!total) return null;
  return (
    <Group gap="xs" mb="xs" role="toolbar" aria-label={t('bulk.actions')}>
      {count > 0 && (
        <Text size="sm" fw={500} aria-live="polite">
          {t('selection.count', { count })}
        </Text>
      )}
      {count < total && (
        <Button size="compact-sm" variant="subtle" onClick={onSelectAll} loading={selectingAll}>
          {t('selection.all', { count: total })}
        </Button>
      )}
      {count > 0 && (
        <>
          <Button size="compact-sm" variant="subtle" color="gray" onClick={onClear}>
            {t('selection.clear')}
          </Button>
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button size="compact-sm">{t('bulk.actions')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              {(['assign', 'note', 'followUp', 'export'] as const).map((a) => (
                <Menu.Item key={a} onClick={() => onAction(a)}>
                  {t(`bulk.${a}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </>
      )}
    </Group>
  );
}
