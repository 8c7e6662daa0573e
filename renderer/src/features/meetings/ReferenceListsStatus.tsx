// Before going out to a meeting: are the central lists (categories, statuses) on this laptop, and how
// old are they? One click fetches them (two credits); with no network the built-in list is used.
import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readReferenceLists, REFERENCE_STALE_MS } from '#data/referenceListsRepo';
import { errorText } from '#ui/errorText';
import { formatWhen } from '#ui/format';
import { useNow } from '#ui/useNow';
import { useApp } from '#features/app/AppContext';

export function ReferenceListsStatus() {
  const { t, i18n } = useTranslation('meetings');
  const { db, sync } = useApp();
  const now = useNow();
  const lists = useLiveQuery(async () => (await readReferenceLists(db)) ?? false, [db]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (lists === undefined) return null;
  const stale = !lists || now - lists.fetchedAt > REFERENCE_STALE_MS;

  async function refresh() {
    setBusy(true);
    const r = await sync.refreshReferenceLists();
    setBusy(false);
    setError(r.ok ? null : errorText(r.error));
  }

  return (
    <Alert color={stale ? 'yellow' : 'teal'} p="xs" role="status" aria-label={t('lists.title')}>
      <Group justify="space-between">
        <Text size="sm">
          {!lists
            ? t('lists.never')
            : stale
              ? t('lists.stale', { when: formatWhen(lists.fetchedAt, i18n.language) })
              : t('lists.fresh', { when: formatWhen(lists.fetchedAt, i18n.language), count: lists.categories.length })}
        </Text>
        <Button size="compact-xs" variant="light" loading={busy} onClick={() => void refresh()}>
          {t('lists.refresh')}
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Alert>
  );
}
