// The columnar case index: one row per case, each filterable or sortable field in a typed array or a
// dictionary-coded column, so a filter over 100k cases is a tight loop over numbers.
// Owns row numbers (stable for a case's lifetime in the index; a removed case leaves a dead row).
// Never keeps a CaseRecord or free text (descriptions are long: memory is the budget here), and
// never touches the DOM, workers or Dexie: it runs the same in Node tests and in the query worker.
import type { CaseRecord } from '#domain/case';
import { BUCKETS, type StatusBucket } from '#domain/status';
import { CodeColumn, MultiColumn, StringDict, grown } from './columns';

export const FLAG_ALIVE = 1;
export const FLAG_AFTER_PHOTO = 2;
/** Reserved for the deadline clock (not computed yet). */
export const FLAG_OVERDUE = 4;

const BUCKET_CODE = Object.fromEntries(BUCKETS.map((b, i) => [b, i])) as Record<StatusBucket, number>;

export class CaseIndex {
  /** Case id per row. */
  readonly ids: string[] = [];
  /** `ticketId || id` per row: the ticket sort key (shares the id string when they are equal). */
  readonly ticketKeys: string[] = [];
  private readonly rowById = new Map<string, number>();
  /** Rows allocated, dead ones included: loop bound for scans. */
  size = 0;
  /** Live cases. */
  live = 0;
  private capacity = 0;

  lastActivityAt = new Float64Array(0);
  createdAt = new Float64Array(0);
  /** NaN = not rated. */
  star = new Float64Array(0);
  countReopen = new Uint32Array(0);
  /** Index into BUCKETS. */
  bucket = new Uint8Array(0);
  flags = new Uint8Array(0);

  readonly subdistrict = new CodeColumn();
  readonly district = new CodeColumn();
  readonly statusLabel = new CodeColumn();
  /** How the case reached the district (absent on the record = 'traffy'). */
  readonly channel = new CodeColumn();
  readonly categories = new MultiColumn();
  readonly organizations = new MultiColumn();
  readonly units = new MultiColumn();

  readonly dicts = {
    subdistrict: new StringDict(),
    district: new StringDict(),
    statusLabel: new StringDict(),
    channel: new StringDict(),
    category: new StringDict(),
    organization: new StringDict(),
    unit: new StringDict(),
  };

  rowOf(id: string): number | undefined {
    return this.rowById.get(id);
  }

  isAlive(row: number): boolean {
    return ((this.flags[row] ?? 0) & FLAG_ALIVE) !== 0;
  }

  /** Add or replace cases; returns their rows in input order. */
  upsert(records: readonly CaseRecord[]): number[] {
    const rows: number[] = [];
    for (const rec of records) {
      let row = this.rowById.get(rec.id);
      if (row === undefined) {
        row = this.size++;
        this.ensure(this.size);
        this.rowById.set(rec.id, row);
        this.ids[row] = rec.id;
        this.live++;
      }
      this.write(row, rec);
      rows.push(row);
    }
    return rows;
  }

  /** Drop cases (unknown ids are ignored); returns the rows that died. */
  remove(ids: readonly string[]): number[] {
    const rows: number[] = [];
    for (const id of ids) {
      const row = this.rowById.get(id);
      if (row === undefined) continue;
      this.rowById.delete(id);
      this.flags[row] = 0;
      this.live--;
      rows.push(row);
    }
    return rows;
  }

  private write(row: number, rec: CaseRecord): void {
    this.ticketKeys[row] = !rec.ticketId || rec.ticketId === rec.id ? rec.id : rec.ticketId;
    this.lastActivityAt[row] = rec.lastActivityAt;
    this.createdAt[row] = rec.createdAt;
    this.star[row] = rec.star ?? NaN;
    this.countReopen[row] = Math.max(0, rec.countReopen || 0);
    this.bucket[row] = BUCKET_CODE[rec.bucket] ?? 0;
    this.flags[row] = FLAG_ALIVE | (rec.photosAfter.length > 0 ? FLAG_AFTER_PHOTO : 0);
    const d = this.dicts;
    this.subdistrict.set(row, d.subdistrict.code(rec.subdistrict));
    this.district.set(row, d.district.code(rec.district));
    this.statusLabel.set(row, d.statusLabel.code(rec.statusLabel));
    this.channel.set(row, d.channel.code(rec.channel ?? 'traffy'));
    this.categories.set(row, codesOf(d.category, rec.categories), this.size);
    this.organizations.set(row, codesOf(d.organization, rec.organizations), this.size);
    this.units.set(row, codesOf(d.unit, rec.units), this.size);
  }

  private ensure(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, this.capacity * 2, 1024);
    this.lastActivityAt = grown(this.lastActivityAt, cap);
    this.createdAt = grown(this.createdAt, cap);
    this.star = grown(this.star, cap);
    this.countReopen = grown(this.countReopen, cap);
    this.bucket = grown(this.bucket, cap);
    this.flags = grown(this.flags, cap);
    for (const c of [this.subdistrict, this.district, this.statusLabel, this.channel, this.categories, this.organizations, this.units]) c.ensure(cap);
    this.capacity = cap;
  }
}

function codesOf(dict: StringDict, values: readonly string[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    const c = dict.code(v);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}
