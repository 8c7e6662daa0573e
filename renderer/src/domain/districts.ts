// The 50 Bangkok districts and the usual district units (ฝ่าย), from the BMA reference lists.
import districtsCsv from './reference/bangkok-districts.csv?raw';
import unitsCsv from './reference/bma-district-units.csv?raw';

export interface District {
  code: string;
  nameTh: string;
  nameEn: string;
}

export interface DistrictUnit {
  nameTh: string;
  nameEn: string;
}

// Both files are simple (no quoted commas in the first columns we read), so a split is enough here.
function rows(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(','));
}

export const DISTRICTS: readonly District[] = rows(districtsCsv).map(([code = '', nameTh = '', nameEn = '']) => ({ code, nameTh, nameEn }));

export const DISTRICT_UNITS: readonly DistrictUnit[] = rows(unitsCsv).map(([nameTh = '', nameEn = '']) => ({ nameTh, nameEn }));

export function districtByCode(code: string): District | undefined {
  return DISTRICTS.find((d) => d.code === code);
}
