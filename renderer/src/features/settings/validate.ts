// Checks of the settings forms, with problems as locale keys (settings:problems.*): a save builds the
// whole new list, checks it here, and writes only when nothing is wrong. Pure.
import type { DeadlineRule } from '#domain/deadline';
import { isDayText, type Holiday } from '#domain/holidays';
import type { ReplyTemplate } from '#domain/replyTemplates';
import type { RoutingRule } from '#domain/routing';
import { matchText } from '#domain/routing';

export type SettingsProblem =
  | 'nameRequired'
  | 'nameDuplicate'
  | 'keywordRequired'
  | 'unitRequired'
  | 'ruleDuplicate'
  | 'categoryRequired'
  | 'categoryDuplicate'
  | 'daysRange'
  | 'dateInvalid'
  | 'dateDuplicate'
  | 'holidayNameRequired'
  | 'textRequired'
  | 'placeholderUnknown';

/** Names compared as a coordinator reads them: NFC, trimmed, inner spaces collapsed, case ignored. */
export const sameName = (a: string, b: string) => normName(a) === normName(b);
const normName = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** A unit name as stored: NFC, trimmed, inner spaces collapsed. */
export const cleanName = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');

/** The unit name at `index` of the list (the one being added or renamed) against the others. */
export function unitProblem(units: readonly string[], index: number): SettingsProblem | null {
  const name = units[index] ?? '';
  if (!cleanName(name)) return 'nameRequired';
  if (units.some((u, i) => i !== index && sameName(u, name))) return 'nameDuplicate';
  return null;
}

export function routingRuleProblem(rules: readonly RoutingRule[], index: number): SettingsProblem | null {
  const rule = rules[index];
  if (!rule || !matchText(rule.keyword)) return 'keywordRequired';
  if (!cleanName(rule.unit)) return 'unitRequired';
  const key = matchText(rule.keyword);
  const dup = rules.some(
    (r, i) => i !== index && matchText(r.keyword) === key && sameName(r.unit, rule.unit) && (r.in ?? null) === (rule.in ?? null),
  );
  return dup ? 'ruleDuplicate' : null;
}

export const MIN_DEADLINE_DAYS = 1;
export const MAX_DEADLINE_DAYS = 365;

export function deadlineRuleProblem(rules: readonly DeadlineRule[], index: number): SettingsProblem | null {
  const rule = rules[index];
  if (!rule || !rule.category.trim()) return 'categoryRequired';
  const d = rule.businessDays;
  if (!Number.isInteger(d) || d < MIN_DEADLINE_DAYS || d > MAX_DEADLINE_DAYS) return 'daysRange';
  if (rules.some((r, i) => i !== index && sameName(r.category, rule.category))) return 'categoryDuplicate';
  return null;
}

export function holidayProblem(holidays: readonly Holiday[], index: number): SettingsProblem | null {
  const h = holidays[index];
  if (!h || !isDayText(h.date)) return 'dateInvalid';
  if (!h.nameTh.trim()) return 'holidayNameRequired';
  if (holidays.some((o, i) => i !== index && o.date === h.date)) return 'dateDuplicate';
  return null;
}

export const PLACEHOLDERS = ['ticket', 'units', 'date', 'status'] as const;

export function templateProblem(t: Pick<ReplyTemplate, 'text'>): SettingsProblem | null {
  if (!t.text.trim()) return 'textRequired';
  const used = [...t.text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
  if (used.some((p) => !(PLACEHOLDERS as readonly string[]).includes(p))) return 'placeholderUnknown';
  return null;
}

/** Replace (index in range) or append (index = -1) an item: always a new array (deadline.ts caches by array). */
export function withItem<T>(list: readonly T[], index: number, item: T): T[] {
  return index >= 0 && index < list.length ? list.map((x, i) => (i === index ? item : x)) : [...list, item];
}

export function withoutItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** An id for a new template, unlike any in the list. */
export function newTemplateId(existing: readonly { id: string }[], now: number): string {
  const ids = new Set(existing.map((t) => t.id));
  let n = 0;
  let id = `custom-${now.toString(36)}`;
  while (ids.has(id)) id = `custom-${now.toString(36)}-${++n}`;
  return id;
}

/** CE years present in the holiday list, plus the current one, ascending. */
export function holidayYears(holidays: readonly Holiday[], currentYearCE: number): number[] {
  const years = new Set<number>([currentYearCE]);
  for (const h of holidays) if (isDayText(h.date)) years.add(Number(h.date.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}
