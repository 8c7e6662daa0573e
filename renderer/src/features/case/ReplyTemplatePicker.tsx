// Ready-made progress notes for the chosen status and the case's channel, filled with the ticket, its
// units and today's date; picking one fills the note, which stays editable. The list is the district's
// (edited in settings; shipped defaults until then).
import { Select } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readTemplates } from '#data/templateRepo';
import type { CaseRecord } from '#domain/case';
import { fillTemplate, templatesFor } from '#domain/replyTemplates';
import type { StatusBucket } from '#domain/status';
import { formatThaiDate } from '#domain/thaiDate';
import { useApp } from '#features/app/AppContext';

export function ReplyTemplatePicker({
  caseRecord,
  bucket,
  statusLabel,
  onPick,
}: {
  caseRecord: CaseRecord;
  bucket: StatusBucket;
  statusLabel: string;
  onPick: (text: string) => void;
}) {
  const { t, i18n } = useTranslation('case');
  const { db } = useApp();
  const lang = i18n.language === 'en' ? 'en' : 'th';
  // The district's own templates (settings), live: an edit shows here without reopening the case.
  const all = useLiveQuery(() => readTemplates(db), [db]) ?? [];
  const options = templatesFor(all, bucket, caseRecord.channel, lang);
  if (options.length === 0) return null;
  const fill = (text: string) =>
    fillTemplate(text, {
      ticket: caseRecord.ticketId ?? caseRecord.id,
      units: caseRecord.units,
      date: formatThaiDate(new Date().getTime(), { style: 'formal', withTime: false, lang }),
      status: statusLabel,
    });
  return (
    <Select
      size="xs"
      label={t('status.template')}
      placeholder={t('status.templatePlaceholder')}
      data={options.map((o) => ({ value: o.id, label: fill(o.text) }))}
      value={null}
      onChange={(id) => {
        const picked = options.find((o) => o.id === id);
        if (picked) onPick(fill(picked.text));
      }}
    />
  );
}
