// A register view: what the coordinator filters, searches, sorts and shows. Owns its defaults, its
// mapping to the engine's CaseQuery, the active-filter count, and its (de)serialisation for saved
// views (a stored view from an older build is read leniently: unknown or broken fields fall back
// to the default, never throw). Pure: no React, Dexie or i18n.
import { BUCKETS, type StatusBucket } from '#domain/status';
import { SORT_FIELDS, type CaseQuery, type SortDir, type SortField } from '#query/queryTypes';

export type StatusTab = 'all' | 'open' | StatusBucket;
export type TriState = 'any' | 'yes' | 'no';
export type RatingFilter = 'any' | 'low' | 'rated' | 'none';

export const OPTIONAL_COLUMNS = ['units', 'channel', 'createdAt', 'star', 'organizations', 'countReopen'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

/** Dates are Bangkok calendar days, 'YYYY-MM-DD', both ends included. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

export interface RegisterView {
  tab: StatusTab;
  text: string;
  sort: { field: SortField; dir: SortDir };
  categories: string[];
  subdistricts: string[];
  units: string[];
  awaitingUnit: boolean;
  channels: string[];
  created: DayRange;
  activity: DayRange;
  reopened: TriState;
  rating: RatingFilter;
  afterPhoto: TriState;
  columns: OptionalColumn[];
}

export const DEFAULT_VIEW: RegisterView = {
  tab: 'all',
  text: '',
  sort: { field: 'lastActivityAt', dir: 'desc' },
  categories: [],
  subdistricts: [],
  units: [],
  awaitingUnit: false,
  channels: [],
  created: { from: null, to: null },
  activity: { from: null, to: null },
  reopened: 'any',
  rating: 'any',
  afterPhoto: 'any',
  columns: [],
};

const BANGKOK_OFFSET = 7 * 3600_000;
const DAY = 86_400_000;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Epoch ms of 00:00 Bangkok time on `day` ('YYYY-MM-DD'). */
export function bangkokDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - BANGKOK_OFFSET;
}

function rangeOf(r: DayRange): { from?: number; to?: number } {
  const out: { from?: number; to?: number } = {};
  if (r.from) out.from = bangkokDayStart(r.from);
  if (r.to) out.to = bangkokDayStart(r.to) + DAY; // the engine's ranges are half-open
  return out;
}

const triOf = (t: TriState): boolean | undefined => (t === 'any' ? undefined : t === 'yes');

/** The engine query for a view; `text` is the debounced search text. */
export function toQuery(view: RegisterView, text: string = view.text): CaseQuery {
  const q: CaseQuery = { sort: { ...view.sort }, facetValues: true };
  if (view.tab === 'open') q.open = true;
  else if (view.tab !== 'all') q.buckets = [view.tab];
  if (text.trim()) q.text = text;
  if (view.categories.length) q.categories = [...view.categories];
  if (view.subdistricts.length) q.subdistricts = [...view.subdistricts];
  if (view.units.length) q.units = [...view.units];
  if (view.awaitingUnit) q.awaitingUnit = true;
  if (view.channels.length) q.channels = [...view.channels];
  const c = rangeOf(view.created);
  if (c.from !== undefined) q.createdFrom = c.from;
  if (c.to !== undefined) q.createdTo = c.to;
  const a = rangeOf(view.activity);
  if (a.from !== undefined) q.activityFrom = a.from;
  if (a.to !== undefined) q.activityTo = a.to;
  const reopened = triOf(view.reopened);
  if (reopened !== undefined) q.reopened = reopened;
  const photo = triOf(view.afterPhoto);
  if (photo !== undefined) q.hasAfterPhoto = photo;
  if (view.rating === 'low') {
    q.minStar = 1;
    q.maxStar = 2;
  } else if (view.rating === 'rated') q.rated = true;
  else if (view.rating === 'none') q.rated = false;
  return q;
}

/** Filters in the filter panel that are set (status tab, search and sort are shown on their own). */
export function activeFilterCount(view: RegisterView): number {
  return [
    view.categories.length > 0,
    view.subdistricts.length > 0,
    view.units.length > 0 || view.awaitingUnit,
    view.channels.length > 0,
    view.created.from !== null || view.created.to !== null,
    view.activity.from !== null || view.activity.to !== null,
    view.reopened !== 'any',
    view.rating !== 'any',
    view.afterPhoto !== 'any',
  ].filter(Boolean).length;
}

/** The view with every filter-panel filter cleared (tab, search, sort and columns kept). */
export function clearFilters(view: RegisterView): RegisterView {
  const { tab, text, sort, columns } = view;
  return { ...DEFAULT_VIEW, tab, text, sort, columns };
}

/** True when the view narrows the register at all (for the "no match" versus "empty" message). */
export function isFiltered(view: RegisterView, text: string): boolean {
  return view.tab !== 'all' || text.trim() !== '' || activeFilterCount(view) > 0;
}

/** Click on a column header: a new column sorts by its natural first direction, the same one flips. */
export function toggleSort(view: RegisterView, field: SortField): RegisterView {
  const first: SortDir = field === 'lastActivityAt' || field === 'createdAt' || field === 'countReopen' ? 'desc' : 'asc';
  const dir: SortDir = view.sort.field === field ? (view.sort.dir === 'asc' ? 'desc' : 'asc') : first;
  return { ...view, sort: { field, dir } };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
const day = (v: unknown): string | null => (typeof v === 'string' && DAY_RE.test(v) ? v : null);
const range = (v: unknown): DayRange => {
  const r = (v ?? {}) as Record<string, unknown>;
  return { from: day(r.from), to: day(r.to) };
};

/** A stored view as plain JSON (the search text is not part of a saved view). */
export function serializeView(view: RegisterView): unknown {
  return { ...view, text: '' };
}

/** Read a stored view leniently: every missing or unknown field takes its default. */
export function parseView(raw: unknown): RegisterView {
  const v = (raw ?? {}) as Record<string, unknown>;
  const sort = (v.sort ?? {}) as Record<string, unknown>;
  return {
    tab: oneOf<StatusTab>(v.tab, ['all', 'open', ...BUCKETS], 'all'),
    text: '',
    sort: {
      field: oneOf<SortField>(sort.field, SORT_FIELDS, DEFAULT_VIEW.sort.field),
      dir: oneOf<SortDir>(sort.dir, ['asc', 'desc'], DEFAULT_VIEW.sort.dir),
    },
    categories: strings(v.categories),
    subdistricts: strings(v.subdistricts),
    units: strings(v.units),
    awaitingUnit: v.awaitingUnit === true,
    channels: strings(v.channels),
    created: range(v.created),
    activity: range(v.activity),
    reopened: oneOf<TriState>(v.reopened, ['any', 'yes', 'no'], 'any'),
    rating: oneOf<RatingFilter>(v.rating, ['any', 'low', 'rated', 'none'], 'any'),
    afterPhoto: oneOf<TriState>(v.afterPhoto, ['any', 'yes', 'no'], 'any'),
    columns: strings(v.columns).filter((c): c is OptionalColumn => (OPTIONAL_COLUMNS as readonly string[]).includes(c)),
  };
}
