// The holiday calendar by year (shown in BE): add a day, edit or remove one, mark estimates; the shipped
// list is the default. Each save writes a new array (the deadline clock caches day-sets per array).
import { useState } from 'react';
import { Badge, Button, Checkbox, Group, SegmentedControl, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { writeDeadlineSettings, type DeadlineSettings } from '#data/deadlineSettingsRepo';
import { bangkokDay } from '#domain/deadline';
import { DEFAULT_HOLIDAYS, isDayText, type Holiday } from '#domain/holidays';
import { formatThaiDate } from '#domain/thaiDate';
import { useApp } from '#features/app/AppContext';
import { EditDialog, EmptyState, RestoreDefaults, RowActions, SettingsSection, useSaveNotice } from './SettingsParts';
import { holidayProblem, holidayYears, withItem, withoutItem, type SettingsProblem } from './validate';

interface Draft extends Holiday {
  index: number;
}

const BE = 543;
/** Noon in Bangkok of a 'YYYY-MM-DD' day, for formatting. */
const noonOf = (day: string) => Date.parse(`${day}T12:00:00+07:00`);

export function HolidaySettings({ settings }: { settings: DeadlineSettings }) {
  const { t, i18n } = useTranslation('settings');
  const lang = i18n.language === 'en' ? 'en' : 'th';
  const { db } = useApp();
  const save = useSaveNotice();
  const { holidays } = settings;
  const thisYear = Number(bangkokDay(new Date().getTime()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const years = holidayYears(holidays, thisYear);
  const inYear = holidays
    .map((h, index) => ({ h, index }))
    .filter(({ h }) => h.date.startsWith(`${year}-`))
    .sort((a, b) => a.h.date.localeCompare(b.h.date));
  const dateText = (day: string) => (isDayText(day) ? formatThaiDate(noonOf(day), { style: 'long', lang }) : day);
  const nameOf = (h: Holiday) => (lang === 'en' && h.nameEn ? h.nameEn : h.nameTh);

  const open = (d: Draft) => {
    setProblem(null);
    setDraft(d);
  };

  async function submit() {
    if (!draft) return;
    const { index, ...rest } = draft;
    const h: Holiday = { ...rest, nameTh: rest.nameTh.trim(), nameEn: rest.nameEn.trim() };
    if (!h.estimated) delete h.estimated;
    if (!h.substitute) delete h.substitute;
    const next = withItem(holidays, index, h);
    const p = holidayProblem(next, index >= 0 ? index : next.length - 1);
    setProblem(p);
    if (p) return;
    await save(() => writeDeadlineSettings(db, { holidays: next }));
    setYear(Number(h.date.slice(0, 4)));
    setDraft(null);
  }

  const err = (keys: SettingsProblem[]) => (problem && keys.includes(problem) ? t(`problems.${problem}`) : null);
  const today = bangkokDay(new Date().getTime());
  const blank = (): Draft => ({ index: -1, date: year === thisYear ? today : `${year}-01-01`, nameTh: '', nameEn: '' });

  return (
    <SettingsSection
      title={t('holidays.title')}
      explain={t('holidays.explain')}
      actions={
        <>
          <Button size="xs" onClick={() => open(blank())}>
            {t('holidays.add')}
          </Button>
          <RestoreDefaults
            section={t('holidays.title')}
            onRestore={() => writeDeadlineSettings(db, { holidays: [...DEFAULT_HOLIDAYS] })}
          />
        </>
      }
    >
      <Group gap="xs">
        <SegmentedControl
          aria-label={t('holidays.year')}
          value={String(year)}
          onChange={(v) => setYear(Number(v))}
          data={years.map((y) => ({ value: String(y), label: t('holidays.yearBE', { be: y + BE }) }))}
        />
        <Badge variant="light" color="gray">
          {t('holidays.count', { count: inYear.length })}
        </Badge>
      </Group>
      {inYear.length === 0 ? (
        <EmptyState>{t('holidays.empty', { be: year + BE })}</EmptyState>
      ) : (
        <Table aria-label={t('holidays.table', { be: year + BE })} striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('holidays.date')}</Table.Th>
              <Table.Th>{lang === 'en' ? t('holidays.nameEn') : t('holidays.nameTh')}</Table.Th>
              <Table.Th ta="right">{t('actions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inYear.map(({ h, index }) => (
              <Table.Tr key={`${h.date}|${index}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateText(h.date)}</Table.Td>
                <Table.Td>
                  {nameOf(h)}{' '}
                  {h.substitute && (
                    <Badge size="xs" variant="light" color="gray">
                      {t('holidays.substitute')}
                    </Badge>
                  )}{' '}
                  {h.estimated && (
                    <Badge size="xs" variant="light" color="orange">
                      {t('holidays.estimatedBadge')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={`${dateText(h.date)} ${nameOf(h)}`}
                    onEdit={() => open({ ...h, index })}
                    onRemove={() =>
                      void save(() => writeDeadlineSettings(db, { holidays: withoutItem(holidays, index) }), t('removed', { name: nameOf(h) }))
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <EditDialog
        opened={draft !== null}
        title={draft?.index === -1 ? t('holidays.addTitle') : t('holidays.editTitle')}
        onClose={() => setDraft(null)}
        onSubmit={submit}
      >
        {draft && (
          <>
            <TextInput
              data-autofocus
              type="date"
              label={t('holidays.date')}
              description={isDayText(draft.date) ? formatThaiDate(noonOf(draft.date), { style: 'formal', lang }) : undefined}
              value={draft.date}
              onChange={(e) => setDraft({ ...draft, date: e.currentTarget.value })}
              error={err(['dateInvalid', 'dateDuplicate'])}
            />
            <TextInput
              label={t('holidays.nameTh')}
              value={draft.nameTh}
              onChange={(e) => setDraft({ ...draft, nameTh: e.currentTarget.value })}
              error={err(['holidayNameRequired'])}
            />
            <TextInput label={t('holidays.nameEn')} value={draft.nameEn} onChange={(e) => setDraft({ ...draft, nameEn: e.currentTarget.value })} />
            <Checkbox
              label={t('holidays.estimated')}
              checked={draft.estimated ?? false}
              onChange={(e) => setDraft({ ...draft, estimated: e.currentTarget.checked })}
            />
          </>
        )}
      </EditDialog>
    </SettingsSection>
  );
}
