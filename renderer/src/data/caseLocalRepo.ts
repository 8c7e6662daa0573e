// Local edits of a case: unit routing, references, the complainant's contact (and its logged reveal),
// local notes, closure notes. Every edit is audited with its before/after in the same transaction.
// Never touches the central mirror fields (those belong to pulls and imports).
import type { KhetDb } from './db';
import type { CaseContact, CaseRecord, CaseRef, CaseRefKind, ClosureNote } from '#domain/case';
import { emitCasesChanged } from './changeFeed';

type LocalPatch = Partial<Pick<CaseRecord, 'units' | 'refs' | 'contact' | 'localNote' | 'closure'>>;

async function editCases(
  db: KhetDb,
  ids: readonly string[],
  action: string,
  now: number,
  edit: (c: CaseRecord) => LocalPatch | null,
): Promise<number> {
  let changed = 0;
  const touched: string[] = [];
  await db.transaction('rw', [db.cases, db.audit], async () => {
    for (const c of await db.cases.bulkGet([...ids])) {
      if (!c) continue;
      const patch = edit(c);
      if (!patch) continue;
      const before = Object.fromEntries(Object.keys(patch).map((k) => [k, c[k as keyof CaseRecord] ?? null]));
      await db.cases.update(c.id, { ...patch, localUpdatedAt: now });
      await db.audit.add({ at: now, action, caseId: c.id, detail: Object.keys(patch).join(','), before, after: patch });
      touched.push(c.id);
      changed++;
    }
  });
  emitCasesChanged(touched);
  return changed;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Route cases to units: `set` replaces the units, `add` adds to them. Returns how many cases changed. */
export function assignUnits(
  db: KhetDb,
  caseIds: readonly string[],
  units: readonly string[],
  mode: 'set' | 'add',
  now: number,
): Promise<number> {
  return editCases(db, caseIds, 'units-assigned', now, (c) => {
    const next = mode === 'set' ? [...new Set(units)] : [...new Set([...c.units, ...units])];
    return sameSet(next, c.units) ? null : { units: next };
  });
}

export async function addRef(db: KhetDb, caseId: string, kind: CaseRefKind, value: string, now: number): Promise<boolean> {
  const v = value.trim();
  if (!v) return false;
  const n = await editCases(db, [caseId], 'ref-added', now, (c) => {
    if ((c.refs ?? []).some((r) => r.kind === kind && r.value === v)) return null;
    return { refs: [...(c.refs ?? []), { kind, value: v, addedAt: now }] };
  });
  return n > 0;
}

export function removeRef(db: KhetDb, caseId: string, ref: Pick<CaseRef, 'kind' | 'value'>, now: number): Promise<number> {
  return editCases(db, [caseId], 'ref-removed', now, (c) => {
    const refs = (c.refs ?? []).filter((r) => !(r.kind === ref.kind && r.value === ref.value));
    return refs.length === (c.refs ?? []).length ? null : { refs };
  });
}

/** Mark `dupId` as a duplicate of `keepId`, both sides linked (central data of either is never merged). */
export async function linkDuplicate(db: KhetDb, keepId: string, dupId: string, now: number): Promise<void> {
  await addRef(db, dupId, 'duplicate-of', keepId, now);
  await addRef(db, keepId, 'duplicate', dupId, now);
}

export function setContact(db: KhetDb, caseId: string, contact: CaseContact | null, now: number): Promise<number> {
  return editCases(db, [caseId], 'contact-set', now, () => ({ contact }));
}

/** Showing the complainant's phone is personal-data access (PDPA): logged, never silent. */
export async function logContactReveal(db: KhetDb, caseId: string, now: number): Promise<void> {
  await db.audit.add({ at: now, action: 'contact-revealed', caseId, detail: '' });
}

export function setLocalNote(db: KhetDb, caseId: string, note: string, now: number): Promise<number> {
  return editCases(db, [caseId], 'note-edited', now, (c) => (c.localNote === note ? null : { localNote: note }));
}

export function addLocalNoteToCases(db: KhetDb, caseIds: readonly string[], line: string, now: number): Promise<number> {
  const text = line.trim();
  return editCases(db, caseIds, 'note-added', now, (c) => (text ? { localNote: c.localNote ? `${c.localNote}\n${text}` : text } : null));
}

export function recordClosure(db: KhetDb, caseId: string, closure: ClosureNote, now: number): Promise<number> {
  return editCases(db, [caseId], 'closure-checked', now, () => ({ closure }));
}

export function auditOf(db: KhetDb, caseId: string) {
  return db.audit.where('caseId').equals(caseId).reverse().sortBy('seq');
}
