// Export the whole register to .xlsx: read and built in a worker (the UI thread never holds the
// register) with a progress bar, saved through the native save dialog in Electron and as a download in
// the browser.
import { useState } from 'react';
import { Button, Group, Progress, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { REGISTER_COLUMNS, type RegisterColumn } from '#domain/registerRow';
import { BUCKETS, type StatusBucket } from '#domain/status';
import { exportRegisterFromDb } from '#io/exportInWorker';
import { desktop } from '#platform/index';
import { useApp } from '#features/app/AppContext';

export function ExportButton({ disabled }: { disabled: boolean }) {
  const { t, i18n } = useTranslation(['register', 'common']);
  const { db, district } = useApp();
  const [percent, setPercent] = useState<number | null>(null);

  async function run() {
    setPercent(0);
    try {
      const lang = i18n.language === 'en' ? 'en' : 'th';
      const headers = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, t(`columns.${c}`)])) as Record<RegisterColumn, string>;
      const bucketLabels = Object.fromEntries(BUCKETS.map((b) => [b, t(`common:bucket.${b}`)])) as Record<StatusBucket, string>;
      const districtName = lang === 'en' ? `${district.nameEn} District` : `สำนักงานเขต${district.nameTh}`;
      const { bytes, rows } = await exportRegisterFromDb(db.name, { lang, title: t('export.title'), districtName, generatedAt: Date.now(), headers, bucketLabels }, (done, total) =>
        setPercent(Math.round((done / Math.max(1, total)) * 100)),
      );
      const name = t('export.fileName', { district: lang === 'en' ? district.nameEn : district.nameTh, date: new Date().toISOString().slice(0, 10) });
      const saved = await desktop.saveFile({ suggestedName: name, data: bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
      if (!saved.ok) throw new Error(saved.error.message);
      if (saved.value.saved) notifications.show({ color: 'teal', message: t('export.done', { name, count: rows }) });
    } catch (e) {
      notifications.show({ color: 'red', message: t('export.failed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setPercent(null);
    }
  }

  return percent == null ? (
    <Button variant="light" onClick={() => void run()} disabled={disabled}>
      {t('export.button')}
    </Button>
  ) : (
    <Group gap="xs" w={260}>
      <Text size="sm">{t('export.working', { percent })}</Text>
      <Progress value={percent} w="100%" aria-label={t('export.button')} />
    </Group>
  );
}
