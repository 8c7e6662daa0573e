import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  activeFilterCount,
  bangkokDayStart,
  clearFilters,
  isFiltered,
  parseView,
  serializeView,
  toQuery,
  toggleSort,
  type RegisterView,
} from './registerView';

const full: RegisterView = {
  ...DEFAULT_VIEW,
  tab: 'open',
  text: 'ไฟดับ',
  sort: { field: 'star', dir: 'asc' },
  categories: ['ถนน'],
  subdistricts: ['บางซื่อ', 'วงศ์สว่าง'],
  units: ['ฝ่ายโยธา'],
  awaitingUnit: true,
  channels: ['hotline-1555'],
  created: { from: '2026-01-01', to: '2026-01-31' },
  activity: { from: null, to: '2026-02-01' },
  reopened: 'yes',
  rating: 'low',
  afterPhoto: 'no',
  columns: ['units', 'star'],
};

describe('toQuery', () => {
  it('maps the default view to the plain newest-first query', () => {
    expect(toQuery(DEFAULT_VIEW)).toEqual({ sort: { field: 'lastActivityAt', dir: 'desc' }, facetValues: true });
  });

  it('maps every filter, with Bangkok days as half-open ranges', () => {
    expect(toQuery(full, '  ไฟ ')).toEqual({
      sort: { field: 'star', dir: 'asc' },
      facetValues: true,
      open: true,
      text: '  ไฟ ',
      categories: ['ถนน'],
      subdistricts: ['บางซื่อ', 'วงศ์สว่าง'],
      units: ['ฝ่ายโยธา'],
      awaitingUnit: true,
      channels: ['hotline-1555'],
      createdFrom: Date.UTC(2025, 11, 31, 17),
      createdTo: Date.UTC(2026, 0, 31, 17),
      activityTo: Date.UTC(2026, 1, 1, 17),
      reopened: true,
      hasAfterPhoto: false,
      minStar: 1,
      maxStar: 2,
    });
  });

  it('ignores a search of only spaces, and maps tabs and ratings', () => {
    expect(toQuery({ ...DEFAULT_VIEW, text: '   ' }).text).toBeUndefined();
    expect(toQuery({ ...DEFAULT_VIEW, tab: 'finish' }).buckets).toEqual(['finish']);
    expect(toQuery({ ...DEFAULT_VIEW, rating: 'none' }).rated).toBe(false);
    expect(toQuery({ ...DEFAULT_VIEW, rating: 'rated' }).rated).toBe(true);
    expect(bangkokDayStart('2026-03-01')).toBe(Date.UTC(2026, 1, 28, 17));
  });
});

describe('filter count, clearing and sorting', () => {
  it('counts the panel filters only and clears them keeping tab, sort and columns', () => {
    expect(activeFilterCount(DEFAULT_VIEW)).toBe(0);
    expect(activeFilterCount(full)).toBe(9);
    const cleared = clearFilters(full);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared).toMatchObject({ tab: 'open', text: 'ไฟดับ', sort: full.sort, columns: full.columns });
    expect(isFiltered(DEFAULT_VIEW, ' ')).toBe(false);
    expect(isFiltered(cleared, '')).toBe(true);
  });

  it('sorts a new column in its natural direction and flips the same one', () => {
    const a = toggleSort(DEFAULT_VIEW, 'subdistrict');
    expect(a.sort).toEqual({ field: 'subdistrict', dir: 'asc' });
    expect(toggleSort(a, 'subdistrict').sort).toEqual({ field: 'subdistrict', dir: 'desc' });
    expect(toggleSort(a, 'createdAt').sort).toEqual({ field: 'createdAt', dir: 'desc' });
    expect(toggleSort(DEFAULT_VIEW, 'lastActivityAt').sort.dir).toBe('asc');
  });
});

describe('saved view serialisation', () => {
  it('round-trips through JSON without the search text', () => {
    const back = parseView(JSON.parse(JSON.stringify(serializeView(full))));
    expect(back).toEqual({ ...full, text: '' });
  });

  it('reads broken or old views leniently', () => {
    expect(parseView(null)).toEqual(DEFAULT_VIEW);
    expect(parseView('nonsense')).toEqual(DEFAULT_VIEW);
    const v = parseView({
      tab: 'nope',
      sort: { field: 'description', dir: 'up' },
      categories: ['ถนน', 3],
      created: { from: '1/1/2026', to: '2026-01-02' },
      rating: 'five',
      columns: ['units', 'bogus'],
    });
    expect(v).toEqual({ ...DEFAULT_VIEW, categories: ['ถนน'], created: { from: null, to: '2026-01-02' }, columns: ['units'] });
  });
});
