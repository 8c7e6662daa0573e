// "Import a Traffy file": pick a CSV/XLSX export, watch the progress, read what came in and what was
// rejected (with line numbers). A file that is not a Traffy export changes nothing.
import { useState } from 'react';
import { Alert, Button, FileButton, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportFileError } from '#io/importPipeline';
import { BUCKETS } from '#domain/status';
import { useApp } from '#features/app/AppContext';
import { importFile, type ImportOutcome } from './importFile';

type State = { phase: 'idle' } | { phase: 'running'; name: string; percent: number } | { phase: 'done'; outcome: ImportOutcome } | { phase: 'error'; message: string };

export function ImportButton() {
  const { t } = useTranslation(['import', 'common']);
  const { db } = useApp();
  const [state, setState] = useState<State>({ phase: 'idle' });

  async function run(file: File | null) {
    if (!file) return;
    setState({ phase: 'running', name: file.name, percent: 0 });
    try {
      const outcome = await importFile(db, file, (done, total) => setState({ phase: 'running', name: file.name, percent: Math.round((done / Math.max(1, total)) * 100) }));
      setState({ phase: 'done', outcome });
    } catch (e) {
      const message = e instanceof ImportFileError ? t(e.problem.code === 'empty-file' ? 'emptyFile' : 'notTraffy') : t('failed', { message: e instanceof Error ? e.message : String(e) });
      setState({ phase: 'error', message });
    }
  }

  const close = () => setState({ phase: 'idle' });
  return (
    <>
      <FileButton onChange={(f) => void run(f)} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
        {(props) => (
          <Button variant="default" {...props} loading={state.phase === 'running'}>
            {t('button')}
          </Button>
        )}
      </FileButton>
      <Modal opened={state.phase !== 'idle'} onClose={close} title={t('title')} closeOnClickOutside={state.phase !== 'running'} withCloseButton={state.phase !== 'running'}>
        {state.phase === 'running' && (
          <Stack>
            <Text size="sm">{t('running', { name: state.name, percent: state.percent })}</Text>
            <Progress value={state.percent} aria-label={t('title')} animated />
          </Stack>
        )}
        {state.phase === 'error' && <Alert color="red">{state.message}</Alert>}
        {state.phase === 'done' && <ImportReport outcome={state.outcome} onClose={close} />}
      </Modal>
    </>
  );
}

function ImportReport({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  const { t } = useTranslation(['import', 'common']);
  const { summary } = outcome;
  return (
    <Stack>
      <Alert color="teal">{t('done', { rows: summary.rows, cases: summary.cases, added: outcome.added, updated: outcome.updated, unchanged: outcome.unchanged })}</Alert>
      <Text size="sm">{BUCKETS.map((b) => `${t(`common:bucket.${b}`)} ${summary.byBucket[b]}`).join(' · ')}</Text>
      {summary.duplicatesInFile > 0 && <Text size="sm">{t('duplicates', { count: summary.duplicatesInFile })}</Text>}
      {summary.rejected.length > 0 && (
        <Alert color="yellow" title={t('rejected', { count: summary.rejected.length })}>
          <List size="xs">
            {summary.rejected.slice(0, 20).map((r) => (
              <List.Item key={r.line}>{t('rejectedLine', { line: r.line, reason: t(`reasons.${r.reason.code}`), value: r.reason.value })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Button onClick={onClose}>{t('common:actions.close')}</Button>
    </Stack>
  );
}
