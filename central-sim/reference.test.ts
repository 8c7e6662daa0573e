// The embedded district and unit lists match the shared reference CSVs (when present).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DISTRICTS, UNITS } from './reference';

const REF = resolve(process.cwd(), '../shared/reference');
const read = (name: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(resolve(REF, name), 'utf8').replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe.skipIf(!existsSync(REF))('reference copies', () => {
  it('districts', () => {
    expect(DISTRICTS.map((d) => [d.code, d.name_th, d.name_en])).toEqual(
      read('bangkok-districts.csv').map((r) => [r.code, r.name_th, r.name_en]),
    );
  });
  it('units, in CSV order', () => {
    expect(UNITS.map((u) => [u.name_th, u.name_en])).toEqual(read('bma-district-units.csv').map((r) => [r.name_th, r.name_en]));
  });
});
