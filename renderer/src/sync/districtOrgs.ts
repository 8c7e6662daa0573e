// Which organisations belong to the district: the office (สำนักงานเขต…, or เขต… itself) and its
// units named `ฝ่าย… เขต…` (DOMAIN.md §7). Pure.
import type { OrgRow } from '#data/db';
import type { ApiOrg } from './schemas';

export function districtOrgs(orgs: readonly ApiOrg[], districtNameTh: string): OrgRow[] {
  const suffix = `เขต${districtNameTh}`;
  const rows: OrgRow[] = [];
  for (const o of orgs) {
    const name = o.name.normalize('NFC').trim();
    if (!name.endsWith(suffix)) continue;
    const isOffice = name === suffix || name === `สำนักงาน${suffix}`;
    const isUnit = name.startsWith('ฝ่าย');
    if (isOffice || isUnit) rows.push({ orgId: o.org_id, name, nameEn: o.name_en, isOffice });
  }
  return rows;
}
