// Checks of the new-case form, with problems as locale keys: nothing is saved until all pass. Pure.
import { orderLatLon } from '#domain/case';

export interface NewCaseDraft {
  description: string;
  lat: string;
  lon: string;
  phone: string;
}

export type NewCaseProblem = 'descriptionRequired' | 'coordsBoth' | 'coordsOutside' | 'phoneInvalid';

export function validateNewCase(d: NewCaseDraft): { problems: NewCaseProblem[]; coords: { lat: number; lon: number } | null } {
  const problems: NewCaseProblem[] = [];
  if (!d.description.trim()) problems.push('descriptionRequired');
  let coords: { lat: number; lon: number } | null = null;
  const lat = d.lat.trim();
  const lon = d.lon.trim();
  if (lat || lon) {
    if (!lat || !lon || !Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon))) problems.push('coordsBoth');
    else {
      // Either order is accepted (a common slip); outside the Bangkok area is refused.
      coords = orderLatLon(Number(lat), Number(lon));
      if (!coords || coords.lat < 13.4 || coords.lat > 14.1 || coords.lon < 100.2 || coords.lon > 101) {
        coords = null;
        problems.push('coordsOutside');
      }
    }
  }
  const digits = d.phone.replace(/[\s-]/g, '');
  if (digits && !/^0\d{8,9}$/.test(digits)) problems.push('phoneInvalid');
  return { problems, coords };
}
