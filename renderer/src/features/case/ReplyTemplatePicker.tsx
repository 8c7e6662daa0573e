// Ready-made progress notes for the chosen status and the case's channel, filled with the ticket, its
// units and today's date; picking one fills the note, which stays editable.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '#domain/case';
import { DEFAULT_TEMPLATES, fillTemplate, templatesFor } from '#domain/replyTemplates';
import type { StatusBucket } from '#domain/status';
import { formatThaiDate } from '#domain/thaiDate';

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
  const lang = i18n.language === 'en' ? 'en' : 'th';
  const options = templatesFor(DEFAULT_TEMPLATES, bucket, caseRecord.channel, lang);
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
