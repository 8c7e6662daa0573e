// The Part 2 follow-up pack of a session, one click each: an .xlsx (saved through the native dialog in
// Electron, a download in the browser) and a printable A4 page. Both come from the same rows
// (domain/meetingPack.ts): current status, units, deadline, latest note (the newest timeline note, else
// the case's local note) and photos, in formal Thai with BE dates.
// Printing: the pack is rendered as a print-only section straight under <body> (hidden on screen);
// @media print hides the app and shows only it, on A4 in Sarabun; then Electron prints it to a PDF
// (printToPDF, saved through the native dialog) and the browser opens its print dialog.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { readDeadlineSettings } from '#data/deadlineSettingsRepo';
import { timelineOf } from '#data/timelineRepo';
import type { CaseRecord } from '#domain/case';
import { deadlineState } from '#domain/deadline';
import { holidaySet } from '#domain/holidays';
import type { Meeting } from '#domain/meeting';
import { latestNoteOf, meetingPackRows, PACK_COLUMNS, type MeetingPack, type PackLang } from '#domain/meetingPack';
import { isOpen } from '#domain/status';
import { formatThaiDate } from '#domain/thaiDate';
import { buildMeetingPackWorkbook } from '#io/meetingPackWorkbook';
import { desktop, isElectron } from '#platform/index';
import { useApp } from '#features/app/AppContext';

const PRINT_CLASS = 'khet-followup-print';

const PRINT_CSS = `
.${PRINT_CLASS} { display: none; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body > *:not(.${PRINT_CLASS}) { display: none !important; }
  .${PRINT_CLASS} { display: block; color: #000; background: #fff;
    font-family: Sarabun, 'TH Sarabun New', Tahoma, sans-serif; font-size: 10.5pt; line-height: 1.35; }
  .${PRINT_CLASS} h1 { font-size: 15pt; margin: 0 0 2mm; text-align: center; }
  .${PRINT_CLASS} .title-line { margin: 0; text-align: center; }
  .${PRINT_CLASS} .printed-at { margin: 2mm 0 3mm; text-align: right; font-size: 9pt; }
  .${PRINT_CLASS} table { width: 100%; border-collapse: collapse; table-layout: auto; }
  .${PRINT_CLASS} thead { display: table-header-group; }
  .${PRINT_CLASS} tr { break-inside: avoid; page-break-inside: avoid; }
  .${PRINT_CLASS} th, .${PRINT_CLASS} td { border: 0.3mm solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left;
    white-space: pre-wrap; overflow-wrap: anywhere; }
  .${PRINT_CLASS} th { background: #eee; font-weight: bold; }
  .${PRINT_CLASS} img { max-height: 22mm; max-width: 30mm; margin: 0 1mm 1mm 0; object-fit: cover; }
}`;

/** Only web and inline image links become <img> (never another scheme). */
const printableImage = (src: string) => /^(https?:|data:image\/)/i.test(src);

/** A title usable in a file name on Windows, macOS and Linux. */
const fileSafe = (text: string) =>
  text
    .replace(/[\\/:*?"<>|\r\n\t]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);

export function FollowUpPack({ meeting, items }: { meeting: Meeting; items: CaseRecord[] }) {
  const { t, i18n } = useTranslation('meetingpack');
  const { db } = useApp();
  const [busy, setBusy] = useState<'excel' | 'print' | null>(null);
  const [printPack, setPrintPack] = useState<{ pack: MeetingPack; at: number; lang: PackLang; pdfName: string } | null>(null);
  const lang: PackLang = i18n.language === 'en' ? 'en' : 'th';

  async function buildPack(): Promise<MeetingPack> {
    const settings = await readDeadlineSettings(db);
    const holidays = holidaySet(settings.holidays);
    const now = Date.now();
    const notes = Object.fromEntries(
      await Promise.all(items.map(async (c) => [c.id, latestNoteOf(c, await timelineOf(db, c.id))] as const)),
    );
    return meetingPackRows(
      meeting,
      items,
      notes,
      (c) =>
        isOpen(c.bucket)
          ? deadlineState({ receivedAt: c.createdAt, categories: c.categories, pauses: c.pauses ?? [], now }, settings.rules, holidays)
          : null,
      lang,
    );
  }

  const failed = (e: unknown) =>
    notifications.show({ color: 'red', message: t('failed', { message: e instanceof Error ? e.message : String(e) }) });

  async function saveExcel() {
    setBusy('excel');
    try {
      const pack = await buildPack();
      const name = t('fileName', { title: fileSafe(meeting.title) || meeting.id });
      const bytes = buildMeetingPackWorkbook(pack, meeting.title);
      const saved = await desktop.saveFile({ suggestedName: name, data: bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
      if (!saved.ok) throw new Error(saved.error.message);
      if (saved.value.saved) notifications.show({ color: 'teal', message: t('saved', { name, count: pack.rows.length }) });
    } catch (e) {
      failed(e);
    } finally {
      setBusy(null);
    }
  }

  async function print() {
    setBusy('print');
    try {
      setPrintPack({
        pack: await buildPack(),
        at: Date.now(),
        lang,
        pdfName: t('pdfName', { title: fileSafe(meeting.title) || meeting.id }),
      });
    } catch (e) {
      failed(e);
      setBusy(null);
    }
  }

  // Once the print section is in the page: print it. In the browser the section stays until 'afterprint'
  // (the preview may re-render it while the dialog is open), then goes so a later Ctrl+P prints the app.
  useEffect(() => {
    if (!printPack) return;
    const done = () => setPrintPack(null);
    window.addEventListener('afterprint', done, { once: true });
    const suggestedName = printPack.pdfName;
    const timer = window.setTimeout(() => {
      void desktop.printPdf({ suggestedName, landscape: true }).then((r) => {
        if (!r.ok) notifications.show({ color: 'red', message: t('failed', { message: r.error.message }) });
        else if (r.value.saved) notifications.show({ color: 'teal', message: t('pdfSaved', { name: suggestedName }) });
        if (isElectron) done();
        setBusy(null);
      });
    }, 0);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [printPack, t]);

  return (
    <Group gap="xs">
      <Button variant="light" onClick={() => void saveExcel()} loading={busy === 'excel'} disabled={items.length === 0 || busy !== null}>
        {t('excel')}
      </Button>
      <Button variant="light" onClick={() => void print()} loading={busy === 'print'} disabled={items.length === 0 || busy !== null}>
        {t('print')}
      </Button>
      {printPack &&
        createPortal(
          <section className={PRINT_CLASS} aria-label={t('printTitle')} data-testid="followup-print">
            <style>{PRINT_CSS}</style>
            <h1>{printPack.pack.titleLines[0]}</h1>
            {printPack.pack.titleLines.slice(1).map((line, i) => (
              <p className="title-line" key={i}>
                {line}
              </p>
            ))}
            <p className="printed-at">
              {t('printedAt', { when: formatThaiDate(printPack.at, { style: 'formal', withTime: true, lang: printPack.lang }) })}
            </p>
            <table>
              <thead>
                <tr>
                  {PACK_COLUMNS.map((c) => (
                    <th key={c}>{printPack.pack.headers[c]}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {printPack.pack.rows.map((r) => (
                  <tr key={r.itemNo}>
                    {PACK_COLUMNS.map((c) => (
                      <td key={c}>
                        {c === 'photos'
                          ? r.photos
                              .filter(printableImage)
                              .slice(0, 2)
                              .map((src) => <img key={src} src={src} alt="" />)
                          : c === 'itemNo'
                            ? r.itemNo
                            : r[c]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>,
          document.body,
        )}
    </Group>
  );
}
