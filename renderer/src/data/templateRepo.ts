// The district's reply templates, editable; the shipped DEFAULT_TEMPLATES apply until changed.
import type { KhetDb } from './db';
import { readMeta, writeMeta } from './metaRepo';
import { DEFAULT_TEMPLATES, type ReplyTemplate } from '#domain/replyTemplates';

export async function readTemplates(db: KhetDb): Promise<ReplyTemplate[]> {
  return (await readMeta<ReplyTemplate[]>(db, 'templates')) ?? [...DEFAULT_TEMPLATES];
}

export async function writeTemplates(db: KhetDb, templates: readonly ReplyTemplate[]): Promise<void> {
  await writeMeta(db, 'templates', [...templates]);
}
