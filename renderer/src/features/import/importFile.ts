// Importing a Traffy export (CSV or XLSX, any known shape) into the register: parsed in a worker,
// stored chunk by chunk through the same upsert as a pull (so a re-import or a later pull never
// duplicates a case, and local fields are kept), and recorded in the audit log.
import type { KhetDb } from '#data/db';
import { upsertRemote } from '#data/caseRepo';
import { importInWorker } from '#io/importInWorker';
import type { ImportSummary } from '#io/importPipeline';

export interface ImportOutcome {
  summary: ImportSummary;
  added: number;
  updated: number;
  unchanged: number;
}

export async function importFile(db: KhetDb, file: File, onProgress: (done: number, total: number) => void): Promise<ImportOutcome> {
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const summary = await importInWorker(file, onProgress, async (records) => {
    const out = await upsertRemote(db, records.map((r) => ({ id: r.id, remote: r })));
    added += out.added;
    updated += out.updated;
    unchanged += out.unchanged;
  });
  await db.audit.add({ at: Date.now(), action: 'import', caseId: null, detail: `${file.name}: ${summary.rows} rows, +${added} ~${updated} =${unchanged}, rejected ${summary.rejected.length}` });
  return { summary, added, updated, unchanged };
}
