// The complainant's contact for call-backs. Personal data (PDPA): the phone is masked until the
// coordinator reveals it, and every reveal is written to the audit log.
import { useState } from 'react';
import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { logContactReveal, setContact } from '#data/caseLocalRepo';
import type { CaseRecord } from '#domain/case';
import { useApp } from '#features/app/AppContext';

/** 0812345678 → 081-xxx-5678 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return '•••';
  return `${digits.slice(0, 3)}-xxx-${digits.slice(-4)}`;
}

export function CaseContact({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation('case');
  const { db } = useApp();
  const [revealed, setRevealed] = useState(false);
  const [editing, setEditing] = useState(false);
  const contact = caseRecord.contact ?? null;
  const [name, setName] = useState(contact?.name ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [consent, setConsent] = useState(contact?.consentToShare ?? false);

  async function reveal() {
    await logContactReveal(db, caseRecord.id, new Date().getTime());
    setRevealed(true);
  }
  async function save(e: React.FormEvent) {
    e.preventDefault();
    await setContact(
      db,
      caseRecord.id,
      name.trim() || phone.trim() ? { name: name.trim(), phone: phone.trim(), consentToShare: consent } : null,
      new Date().getTime(),
    );
    setEditing(false);
  }

  return (
    <Paper withBorder p="md" mt="md" role="region" aria-label={t('contact.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('contact.title')}</Title>
        {!editing && (
          <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
            {t('contact.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <form onSubmit={(e) => void save(e)}>
          <Stack gap="xs">
            <TextInput size="xs" label={t('contact.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={100} />
            <TextInput
              size="xs"
              label={t('contact.phone')}
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              maxLength={30}
              inputMode="tel"
            />
            <Checkbox size="xs" label={t('contact.consent')} checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
            <Group gap="xs">
              <Button size="xs" type="submit">
                {t('contact.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                {t('contact.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : !contact ? (
        <Text size="sm" c="dimmed">
          {t('contact.none')}
        </Text>
      ) : (
        <Group gap="sm">
          <Text size="sm">{contact.name}</Text>
          <Text size="sm" ff="monospace" aria-label={t('contact.phone')}>
            {revealed ? contact.phone : maskPhone(contact.phone)}
          </Text>
          {!revealed && contact.phone && (
            <Button size="compact-xs" variant="light" onClick={() => void reveal()}>
              {t('contact.reveal')}
            </Button>
          )}
        </Group>
      )}
    </Paper>
  );
}
