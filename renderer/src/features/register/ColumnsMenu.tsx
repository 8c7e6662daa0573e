// Show or hide the register's optional columns (remembered with a saved view).
import { Button, Checkbox, Menu, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { columnLabel } from './registerColumns';
import { OPTIONAL_COLUMNS, type OptionalColumn } from './registerView';

export function ColumnsMenu({ value, onChange }: { value: OptionalColumn[]; onChange: (columns: OptionalColumn[]) => void }) {
  const { t } = useTranslation('register');
  const toggle = (c: OptionalColumn, on: boolean) => onChange(on ? [...value.filter((x) => x !== c), c] : value.filter((x) => x !== c));
  return (
    <Menu closeOnItemClick={false} position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default">
          {t('columnsMenu.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('columnsMenu.label')}</Menu.Label>
        <Stack gap={6} p={6} role="group" aria-label={t('columnsMenu.label')}>
          {OPTIONAL_COLUMNS.map((c) => (
            <Checkbox
              key={c}
              size="xs"
              label={columnLabel(c, t)}
              checked={value.includes(c)}
              onChange={(e) => toggle(c, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Menu.Dropdown>
    </Menu>
  );
}
