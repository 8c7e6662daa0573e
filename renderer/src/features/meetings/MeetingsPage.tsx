// Citizen-meeting sessions: the list (newest first) and a form to create one. Works with no network.
import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Anchor,
  Select,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { createMeeting, listMeetings } from '#data/meetingRepo';
import { formatWhen } from '#ui/format';
import { hrefOf, navigate } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';
import { AcrossMeetings } from './AcrossMeetings';
import { ReferenceListsStatus } from './ReferenceListsStatus';

const STATE_COLOR = { open: 'teal', closed: 'gray', submitted: 'blue' } as const;

export function MeetingsPage() {
  const { t, i18n } = useTranslation('meetings');
  const { db, district } = useApp();
  const meetings = useLiveQuery(() => listMeetings(db), [db]) ?? [];
  const [title, setTitle] = useState('');
  const [venue, setVenue] = useState('');
  const [community, setCommunity] = useState('');
  const [subdistrict, setSubdistrict] = useState('');
  const [chair, setChair] = useState('');
  const [part, setPart] = useState<'1' | '2'>('1');
  const [previousId, setPreviousId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function create(e: React.FormEvent) {
    e.preventDefault();
    if (!title.trim()) return setProblem(t('titleRequired'));
    const m = await createMeeting(
      db,
      {
        title: title.trim(),
        startsAt: new Date().getTime(),
        venue,
        community,
        subdistrict,
        chair,
        executives: [],
        part: part === '2' ? 2 : 1,
        previousId: part === '2' ? previousId : null,
      },
      new Date().getTime(),
    );
    navigate({ name: 'meeting', id: m.id });
  }

  return (
    <Stack>
      <Title order={3}>{t('title')}</Title>
      <AcrossMeetings />
      <ReferenceListsStatus />
      <Paper withBorder p="md" component="form" onSubmit={(e) => void create(e)} aria-label={t('create')}>
        <Stack gap="xs">
          <Title order={4}>{t('create')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('name')}
              placeholder={t('namePlaceholder', { district: district.nameTh })}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={problem}
              data-autofocus
            />
            <TextInput label={t('venue')} value={venue} onChange={(e) => setVenue(e.currentTarget.value)} />
            <TextInput label={t('community')} value={community} onChange={(e) => setCommunity(e.currentTarget.value)} />
            <TextInput label={t('subdistrict')} value={subdistrict} onChange={(e) => setSubdistrict(e.currentTarget.value)} />
            <TextInput label={t('chair')} value={chair} onChange={(e) => setChair(e.currentTarget.value)} />
            <SegmentedControl
              aria-label={t('part')}
              value={part}
              onChange={(v) => setPart(v === '2' ? '2' : '1')}
              data={[
                { value: '1', label: t('part1') },
                { value: '2', label: t('part2') },
              ]}
            />
          </SimpleGrid>
          {part === '2' && (
            <Select
              label={t('previous')}
              data={meetings.filter((m) => m.part === 1).map((m) => ({ value: m.id, label: m.title }))}
              value={previousId}
              onChange={setPreviousId}
              clearable
            />
          )}
          <Group>
            <Button type="submit">{t('createButton')}</Button>
          </Group>
        </Stack>
      </Paper>
      {meetings.length === 0 ? (
        <Text c="dimmed">{t('none')}</Text>
      ) : (
        <Table striped aria-label={t('list')}>
          <Table.Tbody>
            {meetings.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Anchor href={hrefOf({ name: 'meeting', id: m.id })}>{m.title}</Anchor>
                </Table.Td>
                <Table.Td>{formatWhen(m.startsAt, i18n.language)}</Table.Td>
                <Table.Td>{m.part === 2 ? t('part2') : t('part1')}</Table.Td>
                <Table.Td>{t('items', { count: m.itemIds.length })}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATE_COLOR[m.state]}>
                    {t(`state.${m.state}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
