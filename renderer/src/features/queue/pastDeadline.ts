// Open cases past their deadline (business days per category, Thai holidays, paused while waiting on
// budget, procurement or legal process). Reads only the open cases, in pages.
import type { KhetDb } from '#data/db';
import { getCases } from '#data/caseRepo';
import { readDeadlineSettings } from '#data/deadlineSettingsRepo';
import { deadlineState } from '#domain/deadline';
import { holidaySet } from '#domain/holidays';
import type { QueryClient } from '#query/queryClient';

const PAGE = 2000;

export async function pastDeadlineIds(
  db: KhetDb,
  query: QueryClient,
  now: number,
): Promise<{ ids: string[]; notes: Record<string, string> }> {
  const settings = await readDeadlineSettings(db);
  const holidays = holidaySet(settings.holidays);
  const open = await query.query({ open: true, limit: 0 });
  const all = await query.query({ open: true, limit: open.total, sort: { field: 'createdAt', dir: 'asc' } });
  const late: { id: string; over: number }[] = [];
  for (let i = 0; i < all.ids.length; i += PAGE) {
    for (const c of await getCases(db, all.ids.slice(i, i + PAGE))) {
      if (!c) continue;
      const d = deadlineState({ receivedAt: c.createdAt, categories: c.categories, pauses: c.pauses ?? [], now }, settings.rules, holidays);
      if (d.overdue) late.push({ id: c.id, over: -d.businessDaysLeft });
    }
  }
  late.sort((a, b) => b.over - a.over);
  return { ids: late.map((l) => l.id), notes: Object.fromEntries(late.map((l) => [l.id, String(l.over)])) };
}
