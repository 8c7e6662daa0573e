// The form and confirmation for one bulk action: says how many cases it will change before anything
// is written, then notifies the outcome (with undo for a unit assignment).
import { useState } from 'react';
import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { DateTimePicker, DatesProvider } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DISTRICT_UNITS } from '#domain/districts';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '#domain/followUp';
import { useApp } from '#features/app/AppContext';
import { addNote, assignUnitsWithUndo, scheduleFollowUps, undoAssign } from './bulkEdits';
import { exportSelection } from './exportSelection';

export type BulkAction = 'assign' | 'note' | 'followUp' | 'export';

interface Props {
  action: BulkAction | null;
  /** The selection (converted to a list only when the action is applied). */
  selected: ReadonlySet<string>;
  /** Units already in the register (from the engine's facets), offered beside the district's standard units. */
  knownUnits: string[];
  onClose: () => void;
}

export function BulkDialog({ action: asked, selected, knownUnits, onClose }: Props) {
  const { t, i18n } = useTranslation(['register', 'common']);
  const { db, district } = useApp();
  const [units, setUnits] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [kind, setKind] = useState<FollowUpKind>('call-complainant');
  const [due, setDue] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  // Keep rendering the last action while the modal animates closed (asked is already null then).
  const [last, setLast] = useState<BulkAction | null>(asked);
  if (asked !== null && asked !== last) setLast(asked);
  const action = asked ?? last;
  const lang = i18n.language === 'en' ? 'en' : 'th';
  const count = selected.size;

  const unitOptions = [
    ...DISTRICT_UNITS.map((u) => ({ value: u.nameTh, label: lang === 'en' ? u.nameEn : u.nameTh })),
    ...knownUnits.filter((u) => !DISTRICT_UNITS.some((d) => d.nameTh === u)).map((u) => ({ value: u, label: u })),
  ];
  const unitLabel = (v: string) => unitOptions.find((o) => o.value === v)?.label ?? v;
  const ready =
    action === 'assign' ? units.length > 0 : action === 'note' ? note.trim() !== '' : action === 'followUp' ? due !== null : true;
  const confirmText =
    action === 'assign'
      ? t('bulk.confirmAssign', { units: units.map(unitLabel).join(', '), count })
      : action === 'note'
        ? t('bulk.confirmNote', { count })
        : action === 'followUp'
          ? t('bulk.confirmFollowUp', { count })
          : t('bulk.confirmExport', { count });

  const close = () => {
    setProblem(null);
    onClose();
  };

  async function apply() {
    setProblem(null);
    setBusy(0);
    const now = Date.now();
    const ids = [...selected];
    try {
      if (action === 'assign') {
        const { changed, before } = await assignUnitsWithUndo(db, ids, units, now);
        const id = notifications.show({
          color: 'teal',
          autoClose: 10_000,
          message: (
            <Group gap="sm" justify="space-between">
              <Text size="sm">{t('bulk.assigned', { count: changed })}</Text>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => {
                  notifications.hide(id);
                  void undoAssign(db, before, Date.now()).then((n) => notifications.show({ message: t('bulk.undone', { count: n }) }));
                }}
              >
                {t('bulk.undo')}
              </Button>
            </Group>
          ),
        });
        setUnits([]);
      } else if (action === 'note') {
        const n = await addNote(db, ids, note, now);
        notifications.show({ color: 'teal', message: t('bulk.noted', { count: n }) });
        setNote('');
      } else if (action === 'followUp') {
        const dueAt = due ? new Date(due.replace(' ', 'T')).getTime() : NaN;
        const r = await scheduleFollowUps(db, ids, { kind, dueAt, note }, now);
        if (!r.ok) {
          setProblem(r.problem === 'due-in-past' ? t('bulk.pastDue') : t('bulk.badDate'));
          return;
        }
        notifications.show({ color: 'teal', message: t('bulk.scheduled', { count: r.count }) });
        setDue(null);
        setNote('');
      } else if (action === 'export') {
        const r = await exportSelection(db, ids, { t, lang, district }, setBusy);
        if (r.saved) notifications.show({ color: 'teal', message: t('export.done', { name: r.name, count: r.count }) });
      }
      close();
    } catch (e) {
      notifications.show({ color: 'red', message: t('bulk.failed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(null);
    }
  }

  const title = action ? t(`bulk.${action}`) : '';
  return (
    <Modal opened={asked !== null} onClose={close} title={title}>
      <DatesProvider settings={{ locale: lang }}>
        <Stack gap="sm">
          {action === 'assign' && (
            <MultiSelect
              label={t('bulk.units')}
              data={unitOptions}
              value={units}
              onChange={setUnits}
              searchable
              data-autofocus
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {(action === 'note' || action === 'followUp') && (
            <Textarea
              label={action === 'note' ? t('bulk.noteText') : t('bulk.followUpNote')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={2}
            />
          )}
          {action === 'followUp' && (
            <>
              <Select
                label={t('bulk.kind')}
                data={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`bulk.kinds.${k}`) }))}
                value={kind}
                onChange={(v) => v && setKind(v)}
                allowDeselect={false}
              />
              <DateTimePicker
                minDate={dayjs().format('YYYY-MM-DD')}
                label={t('bulk.dueAt')}
                value={due}
                onChange={setDue}
                valueFormat="D MMM YYYY HH:mm"
                clearable
              />
            </>
          )}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Text fw={500}>{confirmText}</Text>
          {busy !== null && action === 'export' && <Text size="sm">{t('bulk.exporting', { percent: busy })}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('bulk.cancel')}
            </Button>
            <Button onClick={() => void apply()} disabled={!ready || count === 0} loading={busy !== null}>
              {t('bulk.apply', { count })}
            </Button>
          </Group>
        </Stack>
      </DatesProvider>
    </Modal>
  );
}
