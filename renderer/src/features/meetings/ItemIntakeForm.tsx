// Rapid intake, made for typing while people talk: Enter in the description saves the item at once
// (Shift+Enter for a new line), the form clears and focus returns to the description for the next
// speaker. Location: typed, or the แขวง's centre from the register. Nothing needs the network.
import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addItem } from '#data/meetingRepo';
import { readReferenceLists } from '#data/referenceListsRepo';
import { useLiveQuery } from 'dexie-react-hooks';
import { TRAFFY_CATEGORIES } from '#domain/categories';
import { orderLatLon } from '#domain/case';
import { checkItem, type ItemProblem, type Meeting, type Urgency } from '#domain/meeting';
import { useApp } from '#features/app/AppContext';
import { subdistrictCentre } from './subdistrictCentre';

export function ItemIntakeForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const { db, query } = useApp();
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  // The central category list when this laptop has it, the built-in one otherwise (works offline).
  const lists = useLiveQuery(() => readReferenceLists(db), [db]);
  const categoryNames = lists?.categories.length ? [...new Set(lists.categories.map((c) => c.name))] : [...TRAFFY_CATEGORIES];
  const [description, setDescription] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [subdistrict, setSubdistrict] = useState(meeting.subdistrict);
  const [landmark, setLandmark] = useState('');
  const [coords, setCoords] = useState('');
  const [speakerName, setSpeakerName] = useState('');
  const [speakerPhone, setSpeakerPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [problems, setProblems] = useState<ItemProblem[]>([]);
  const [saved, setSaved] = useState<number | null>(null);

  async function save() {
    const parts = coords
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    let where = parts.length === 2 && parts.every(Number.isFinite) ? orderLatLon(parts[0]!, parts[1]!) : null;
    if (!where) where = await subdistrictCentre(db, query, subdistrict);
    const found = checkItem({ description, lat: where?.lat ?? null, lon: where?.lon ?? null });
    setProblems(found);
    if (found.length > 0) return;
    const c = await addItem(
      db,
      meeting.id,
      {
        description,
        categories,
        community: meeting.community,
        subdistrict,
        landmark,
        lat: where?.lat ?? null,
        lon: where?.lon ?? null,
        speakerName,
        speakerPhone,
        speakerConsent: consent,
        urgency,
      },
      new Date().getTime(),
    );
    setSaved(c.meeting?.itemNo ?? null);
    setDescription('');
    setCategories([]);
    setLandmark('');
    setCoords('');
    setSpeakerName('');
    setSpeakerPhone('');
    setConsent(false);
    setUrgency('normal');
    descriptionRef.current?.focus();
  }

  return (
    <Paper withBorder p="md" component="form" aria-label={t('intake')} onSubmit={(e) => (e.preventDefault(), void save())}>
      <Stack gap="xs">
        <Text fw={600}>{t('itemNo', { n: meeting.itemIds.length + 1 })}</Text>
        <Textarea
          ref={descriptionRef}
          label={t('description')}
          description={t('enterHint')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void save();
            }
          }}
          autosize
          minRows={2}
          error={problems.includes('descriptionRequired') ? t('problems.descriptionRequired') : undefined}
          autoFocus
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <MultiSelect label={t('categories')} data={categoryNames} value={categories} onChange={setCategories} searchable />
          <TextInput label={t('subdistrict')} value={subdistrict} onChange={(e) => setSubdistrict(e.currentTarget.value)} />
          <TextInput label={t('landmark')} value={landmark} onChange={(e) => setLandmark(e.currentTarget.value)} />
          <TextInput
            label={t('coords')}
            placeholder="13.80, 100.55"
            value={coords}
            onChange={(e) => setCoords(e.currentTarget.value)}
            error={problems.includes('outsideBangkok') ? t('problems.outsideBangkok') : undefined}
          />
          <TextInput label={t('speakerName')} value={speakerName} onChange={(e) => setSpeakerName(e.currentTarget.value)} />
          <TextInput
            label={t('speakerPhone')}
            value={speakerPhone}
            onChange={(e) => setSpeakerPhone(e.currentTarget.value)}
            inputMode="tel"
          />
        </SimpleGrid>
        <Group>
          <Checkbox label={t('consent')} checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
          <SegmentedControl
            aria-label={t('urgency')}
            size="xs"
            value={urgency}
            onChange={(v) => setUrgency(v === 'urgent' ? 'urgent' : 'normal')}
            data={[
              { value: 'normal', label: t('normal') },
              { value: 'urgent', label: t('urgent') },
            ]}
          />
          <Button type="submit">{t('saveItem')}</Button>
        </Group>
        {saved !== null && (
          <Alert color="teal" p="xs">
            {t('saved', { n: saved })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
