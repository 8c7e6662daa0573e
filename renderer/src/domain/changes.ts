// "What changed" between two copies of a case, for the per-pull change list. Pure.
import type { CaseRecord } from './case';

export type ChangeKind = 'new' | 'status' | 'org-added' | 'org-removed' | 'reopened' | 'rating-dropped' | 'photo-after' | 'other';

export interface CaseChange {
  caseId: string;
  kinds: ChangeKind[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export function diffCase(before: CaseRecord, after: CaseRecord): ChangeKind[] {
  const kinds: ChangeKind[] = [];
  if (before.statusLabel !== after.statusLabel || before.bucket !== after.bucket) kinds.push('status');
  if (after.organizations.some((o) => !before.organizations.includes(o))) kinds.push('org-added');
  if (before.organizations.some((o) => !after.organizations.includes(o))) kinds.push('org-removed');
  if (after.countReopen > before.countReopen) kinds.push('reopened');
  if (after.star != null && (before.star == null || after.star < before.star) && after.star <= 2) kinds.push('rating-dropped');
  if (after.photosAfter.length > before.photosAfter.length) kinds.push('photo-after');
  if (kinds.length === 0) {
    const other =
      before.lastActivityAt !== after.lastActivityAt ||
      before.description !== after.description ||
      !sameList(before.categories, after.categories) ||
      before.star !== after.star;
    if (other) kinds.push('other');
  }
  return kinds;
}
