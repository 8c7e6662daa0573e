// An item's text in the session list, correctable until the session is submitted (click "แก้ไข").
import { useState } from 'react';
import { Button, Group, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { editItemText } from '#data/meetingRepo';
import type { CaseRecord } from '#domain/case';
import { useApp } from '#features/app/AppContext';

export function ItemTextCell({ item, editable }: { item: CaseRecord; editable: boolean }) {
  const { t } = useTranslation('meetings');
  const { db } = useApp();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null)
    return (
      <Group align="end" gap="xs" wrap="nowrap">
        <Textarea
          style={{ flex: 1 }}
          aria-label={t('description')}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          autosize
          autoFocus
          error={draft.trim() ? undefined : t('problems.descriptionRequired')}
        />
        <Button
          size="compact-xs"
          disabled={!draft.trim()}
          onClick={() => void editItemText(db, item.id, draft, new Date().getTime()).then((ok) => ok && setDraft(null))}
        >
          {t('saveEdit')}
        </Button>
        <Button size="compact-xs" variant="subtle" onClick={() => setDraft(null)}>
          {t('cancelEdit')}
        </Button>
      </Group>
    );
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">{item.description}</Text>
      {editable && !item.ticketId && (
        <Button
          size="compact-xs"
          variant="subtle"
          aria-label={t('editItem', { n: item.meeting?.itemNo ?? '' })}
          onClick={() => setDraft(item.description)}
        >
          {t('edit')}
        </Button>
      )}
    </Group>
  );
}
