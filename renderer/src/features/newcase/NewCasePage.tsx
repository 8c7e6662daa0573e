// A case that came through another channel: walk-in, phone, letter (with its receipt number), a 1567
// memo or a 1555 call. Saved locally at once; it can be sent to the central service as a new ticket
// later from its case page. Bad input gets a message per field and nothing is saved.
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { createLocalCase } from '#data/caseRepo';
import type { CaseChannel } from '#domain/case';
import { TRAFFY_CATEGORIES } from '#domain/categories';
import { navigate } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';
import { validateNewCase, type NewCaseProblem } from './validateNewCase';

const CHANNELS: readonly CaseChannel[] = ['walk-in', 'phone', 'letter', 'memo-1567', 'hotline-1555'];
const REF_OF: Partial<Record<CaseChannel, 'letter-receipt' | 'memo-1567' | 'hotline-1555'>> = {
  letter: 'letter-receipt',
  'memo-1567': 'memo-1567',
  'hotline-1555': 'hotline-1555',
};

export function NewCasePage() {
  const { t } = useTranslation('newcase');
  const { db } = useApp();
  const [channel, setChannel] = useState<CaseChannel>('walk-in');
  const [refValue, setRefValue] = useState('');
  const [description, setDescription] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [subdistrict, setSubdistrict] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<NewCaseProblem[]>([]);
  const refKind = REF_OF[channel];

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const checked = validateNewCase({ description, lat, lon, phone });
    setProblems(checked.problems);
    if (checked.problems.length > 0) return;
    const record = await createLocalCase(
      db,
      {
        description,
        address,
        subdistrict: subdistrict.trim(),
        lat: checked.coords?.lat ?? null,
        lon: checked.coords?.lon ?? null,
        categories,
        channel,
        refs: refKind && refValue.trim() ? [{ kind: refKind, value: refValue }] : [],
        contact: name.trim() || phone.trim() ? { name: name.trim(), phone: phone.trim(), consentToShare: consent } : null,
      },
      new Date().getTime(),
    );
    navigate({ name: 'case', id: record.id });
  }

  const error = (p: NewCaseProblem) => (problems.includes(p) ? t(`problems.${p}`) : undefined);
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void save(e)} aria-label={t('title')} maw={900}>
      <Stack>
        <Title order={3}>{t('title')}</Title>
        <Group grow align="start">
          <Select
            label={t('channel')}
            data={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
            value={channel}
            onChange={(v) => v && setChannel(v)}
            allowDeselect={false}
          />
          {refKind && (
            <TextInput
              label={t(`refLabel.${refKind}`)}
              value={refValue}
              onChange={(e) => setRefValue(e.currentTarget.value)}
              maxLength={60}
            />
          )}
        </Group>
        <Textarea
          label={t('description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={4000}
          required
          error={error('descriptionRequired')}
        />
        <MultiSelect
          label={t('categories')}
          data={TRAFFY_CATEGORIES as string[]}
          value={categories}
          onChange={setCategories}
          searchable
          clearable
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} maxLength={300} />
          <TextInput label={t('subdistrict')} value={subdistrict} onChange={(e) => setSubdistrict(e.currentTarget.value)} maxLength={60} />
          <TextInput
            label={t('lat')}
            value={lat}
            onChange={(e) => setLat(e.currentTarget.value)}
            inputMode="decimal"
            error={error('coordsBoth') ?? error('coordsOutside')}
          />
          <TextInput label={t('lon')} value={lon} onChange={(e) => setLon(e.currentTarget.value)} inputMode="decimal" />
          <TextInput label={t('contactName')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={100} />
          <TextInput
            label={t('contactPhone')}
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            inputMode="tel"
            maxLength={30}
            error={error('phoneInvalid')}
          />
        </SimpleGrid>
        <Checkbox label={t('consent')} checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
        {problems.length > 0 && <Alert color="yellow">{t('fix')}</Alert>}
        <Group>
          <Button type="submit">{t('save')}</Button>
          <Button variant="default" onClick={() => window.history.back()}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
