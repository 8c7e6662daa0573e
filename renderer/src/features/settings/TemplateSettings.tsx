// Reply templates per status group, optional channel and language, with the placeholders explained;
// the status form's template picker reads the same list (templateRepo) through a live query.
import { useState } from 'react';
import { Badge, Button, Code, Group, SegmentedControl, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { writeTemplates } from '#data/templateRepo';
import { CASE_CHANNELS, type CaseChannel } from '#domain/case';
import { DEFAULT_TEMPLATES, type ReplyTemplate } from '#domain/replyTemplates';
import { BUCKETS, type StatusBucket } from '#domain/status';
import { useApp } from '#features/app/AppContext';
import { EditDialog, EmptyState, RestoreDefaults, RowActions, SettingsSection, useSaveNotice } from './SettingsParts';
import { PLACEHOLDERS, newTemplateId, templateProblem, withItem, withoutItem, type SettingsProblem } from './validate';

interface Draft {
  index: number;
  id: string;
  bucket: StatusBucket;
  channel: CaseChannel | typeof ANY;
  lang: 'th' | 'en';
  text: string;
}

const ANY = 'any';

export function TemplateSettings({ templates }: { templates: ReplyTemplate[] }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('common');
  const { t: tn } = useTranslation('newcase');
  const { db } = useApp();
  const save = useSaveNotice();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const rows = templates
    .map((tpl, index) => ({ tpl, index }))
    .sort((a, b) => BUCKETS.indexOf(a.tpl.bucket) - BUCKETS.indexOf(b.tpl.bucket) || a.index - b.index);
  const channelLabel = (c: CaseChannel | undefined) => (c ? tn(`channels.${c}`) : t('templates.channelAny'));
  const langLabel = (l: 'th' | 'en') => (l === 'en' ? t('templates.langEn') : t('templates.langTh'));

  const open = (d: Draft) => {
    setProblem(null);
    setDraft(d);
  };

  async function submit() {
    if (!draft) return;
    const tpl: ReplyTemplate = { id: draft.id, bucket: draft.bucket, lang: draft.lang, text: draft.text.trim() };
    if (draft.channel !== ANY) tpl.channel = draft.channel;
    const p = templateProblem(tpl);
    setProblem(p);
    if (p) return;
    await save(() => writeTemplates(db, withItem(templates, draft.index, tpl)));
    setDraft(null);
  }

  const blank = (): Draft => ({
    index: -1,
    id: newTemplateId(templates, new Date().getTime()),
    bucket: 'inprogress',
    channel: ANY,
    lang: 'th',
    text: '',
  });

  return (
    <SettingsSection
      title={t('templates.title')}
      explain={
        <Stack gap={4} component="span">
          <span>{t('templates.explain')}</span>
          <span>{t('templates.placeholderIntro')}</span>
          <Group gap="md" component="span">
            {PLACEHOLDERS.map((p) => (
              <span key={p}>
                <Code>{`{${p}}`}</Code> {t(`templates.placeholder.${p}`)}
              </span>
            ))}
          </Group>
        </Stack>
      }
      actions={
        <>
          <Button size="xs" onClick={() => open(blank())}>
            {t('templates.add')}
          </Button>
          <RestoreDefaults section={t('templates.title')} onRestore={() => writeTemplates(db, DEFAULT_TEMPLATES)} />
        </>
      }
    >
      {rows.length === 0 ? (
        <EmptyState>{t('templates.empty')}</EmptyState>
      ) : (
        <Table aria-label={t('templates.table')} striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('templates.bucket')}</Table.Th>
              <Table.Th>{t('templates.channel')}</Table.Th>
              <Table.Th>{t('templates.lang')}</Table.Th>
              <Table.Th>{t('templates.text')}</Table.Th>
              <Table.Th ta="right">{t('actions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ tpl, index }) => (
              <Table.Tr key={tpl.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{tc(`bucket.${tpl.bucket}`)}</Table.Td>
                <Table.Td>{channelLabel(tpl.channel)}</Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light">
                    {langLabel(tpl.lang)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{tpl.text}</Text>
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={tpl.text}
                    onEdit={() => open({ index, id: tpl.id, bucket: tpl.bucket, channel: tpl.channel ?? ANY, lang: tpl.lang, text: tpl.text })}
                    onRemove={() => void save(() => writeTemplates(db, withoutItem(templates, index)), t('removed', { name: tpl.text }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <EditDialog
        opened={draft !== null}
        title={draft?.index === -1 ? t('templates.addTitle') : t('templates.editTitle')}
        onClose={() => setDraft(null)}
        onSubmit={submit}
      >
        {draft && (
          <>
            <Group grow align="flex-start">
              <Select
                label={t('templates.bucket')}
                data={BUCKETS.map((b) => ({ value: b, label: tc(`bucket.${b}`) }))}
                value={draft.bucket}
                allowDeselect={false}
                onChange={(v) => v && setDraft({ ...draft, bucket: v })}
              />
              <Select
                label={t('templates.channel')}
                data={[{ value: ANY, label: t('templates.channelAny') }, ...CASE_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))]}
                value={draft.channel}
                allowDeselect={false}
                onChange={(v) => setDraft({ ...draft, channel: v ?? ANY })}
              />
            </Group>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="template-lang-label">
                {t('templates.lang')}
              </Text>
              <SegmentedControl
                aria-labelledby="template-lang-label"
                value={draft.lang}
                onChange={(v) => setDraft({ ...draft, lang: v === 'en' ? 'en' : 'th' })}
                data={(['th', 'en'] as const).map((value) => ({ value, label: langLabel(value) }))}
              />
            </Stack>
            <Textarea
              data-autofocus
              label={t('templates.text')}
              description={t('templates.placeholders')}
              autosize
              minRows={3}
              value={draft.text}
              onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
              error={problem ? t(`problems.${problem}`) : null}
            />
          </>
        )}
      </EditDialog>
    </SettingsSection>
  );
}
