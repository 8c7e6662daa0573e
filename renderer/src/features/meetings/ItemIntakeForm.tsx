// Rapid intake, made for typing while people talk: Enter in the description saves the item at once
// (Shift+Enter for a new line), the form clears and focus returns to the description for the next
// speaker. Location: typed, or the แขวง's centre from the register. Nothing needs the network.
import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  FileButton,
  Image,
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
import { compressPhoto } from '#features/case/compressPhoto';
import { subdistrictCentre } from './subdistrictCentre';

const MAX_ITEM_PHOTOS = 3;
/** A camera photo is a few MB; anything bigger is not one (a video, a scan). */
const MAX_PHOTO_FILE_BYTES = 20 * 1024 * 1024;

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
  const [photos, setPhotos] = useState<string[]>([]);
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);

  async function addPhotos(files: File[]) {
    setPhotoProblem(null);
    const room = MAX_ITEM_PHOTOS - photos.length;
    const added: string[] = [];
    for (const f of files.slice(0, room)) {
      if (f.size > MAX_PHOTO_FILE_BYTES) {
        setPhotoProblem(t('problems.photoTooLarge', { name: f.name }));
        continue;
      }
      try {
        added.push(`data:image/jpeg;base64,${await compressPhoto(f)}`);
      } catch {
        setPhotoProblem(t('problems.notAnImage', { name: f.name }));
      }
    }
    if (files.length > room) setPhotoProblem(t('problems.tooManyPhotos', { max: MAX_ITEM_PHOTOS }));
    setPhotos((p) => [...p, ...added].slice(0, MAX_ITEM_PHOTOS));
  }

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
        photos,
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
    setPhotos([]);
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
          <FileButton onChange={(f) => void addPhotos(f)} accept="image/*" capture="environment" multiple>
            {(props) => (
              <Button variant="default" size="xs" {...props} disabled={photos.length >= MAX_ITEM_PHOTOS}>
                {t('addPhotos', { count: photos.length, max: MAX_ITEM_PHOTOS })}
              </Button>
            )}
          </FileButton>
          <Button type="submit">{t('saveItem')}</Button>
        </Group>
        {photos.length > 0 && (
          <Group gap={4}>
            {photos.map((src, i) => (
              <Image key={i} src={src} alt={t('photo')} h={56} w={72} fit="cover" radius="sm" />
            ))}
          </Group>
        )}
        {photoProblem && (
          <Text size="xs" c="orange" role="alert">
            {photoProblem}
          </Text>
        )}
        {saved !== null && (
          <Alert color="teal" p="xs">
            {t('saved', { n: saved })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
