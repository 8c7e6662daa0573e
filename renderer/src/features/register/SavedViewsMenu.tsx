// Saved views: save the current filters, sort and columns under a name; apply or delete one.
// The list lives in the register's meta table (data/savedViewRepo), so it survives restarts.
import { useEffect, useState } from 'react';
import { ActionIcon, Button, Group, Menu, Modal, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { deleteSavedView, listSavedViews, saveView, type SavedView } from '#data/savedViewRepo';
import { useApp } from '#features/app/AppContext';
import { parseView, serializeView, type RegisterView } from './registerView';

export function SavedViewsMenu({ view, onApply }: { view: RegisterView; onApply: (view: RegisterView) => void }) {
  const { t } = useTranslation('register');
  const { db } = useApp();
  const [views, setViews] = useState<SavedView[]>([]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  useEffect(() => {
    void listSavedViews(db).then(setViews);
  }, [db]);

  async function save() {
    const n = name.trim();
    if (!n) return;
    setViews(await saveView(db, n, serializeView(view), Date.now()));
    setNaming(false);
    setName('');
    notifications.show({ color: 'teal', message: t('views.saved', { name: n }) });
  }

  async function remove(n: string) {
    setViews(await deleteSavedView(db, n));
    notifications.show({ message: t('views.deleted', { name: n }) });
  }

  function apply(v: SavedView) {
    // The search box keeps what is typed: a saved view holds filters, sort and columns.
    onApply({ ...parseView(v.view), text: view.text });
    notifications.show({ message: t('views.applied', { name: v.name }) });
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default">
            {t('views.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('views.list')}</Menu.Label>
          {views.length === 0 && <Menu.Item disabled>{t('views.none')}</Menu.Item>}
          {views.map((v) => (
            <Group key={v.name} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => apply(v)}>{v.name}</Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                aria-label={t('views.delete', { name: v.name })}
                onClick={() => void remove(v.name)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={() => setNaming(true)}>{t('views.save')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming} onClose={() => setNaming(false)} title={t('views.title')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <TextInput
            label={t('views.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            required
            maxLength={60}
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setNaming(false)}>
              {t('views.cancel')}
            </Button>
            <Button type="submit" disabled={!name.trim()}>
              {t('views.confirm')}
            </Button>
          </Group>
        </form>
      </Modal>
    </>
  );
}
