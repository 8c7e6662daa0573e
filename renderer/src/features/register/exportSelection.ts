// Export the selected cases the way the register's export does: the same io worker entry and the
// same save path (ExportButton's), called only through io's public exportRegisterInWorker.
// Never builds the workbook on the UI thread.
import type { TFunction } from 'i18next';
import { getCases } from '#data/caseRepo';
import type { KhetDb } from '#data/db';
import type { CaseRecord } from '#domain/case';
import type { District } from '#domain/districts';
import { REGISTER_COLUMNS, type RegisterColumn } from '#domain/registerRow';
import { BUCKETS, type StatusBucket } from '#domain/status';
import { exportRegisterInWorker } from '#io/exportInWorker';
import { desktop } from '#platform/index';

/** Export the selected cases the way the register's export does (same worker, same save path). */
export async function exportSelection(
  db: KhetDb,
  ids: readonly string[],
  ctx: { t: TFunction<['register', 'common']>; lang: 'th' | 'en'; district: District },
  onProgress: (percent: number) => void,
): Promise<{ saved: boolean; name: string; count: number }> {
  const { t, lang, district } = ctx;
  const rows = (await getCases(db, [...ids])).filter((c): c is CaseRecord => c != null);
  const headers = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, t(`columns.${c}`)])) as Record<RegisterColumn, string>;
  const bucketLabels = Object.fromEntries(BUCKETS.map((b) => [b, t(`common:bucket.${b}`)])) as Record<StatusBucket, string>;
  const districtName = lang === 'en' ? `${district.nameEn} District` : `สำนักงานเขต${district.nameTh}`;
  const bytes = await exportRegisterInWorker(
    rows,
    { lang, title: t('export.title'), districtName, generatedAt: Date.now(), headers, bucketLabels },
    (done, total) => onProgress(Math.round((done / Math.max(1, total)) * 100)),
  );
  const name = t('export.fileName', {
    district: lang === 'en' ? district.nameEn : district.nameTh,
    date: new Date().toISOString().slice(0, 10),
  });
  const saved = await desktop.saveFile({ suggestedName: name, data: bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
  if (!saved.ok) throw new Error(saved.error.message);
  return { saved: saved.value.saved, name, count: rows.length };
}
