// Thai and English must offer the same keys: a key missing in one language shows up raw to a user.
import { describe, expect, it } from 'vitest';
import { resources } from './index';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  for (const ns of Object.keys(resources.th) as (keyof typeof resources.th)[]) {
    it(`th and en have the same keys in ${ns}`, () => {
      expect(keys(resources.en[ns]).sort()).toEqual(keys(resources.th[ns]).sort());
    });
  }
});
