// The org hierarchy: one office per district (`${code}00`), its ten units (`${code}01`..`${code}10`),
// extra district units met in the data (`${code}11`..), central agencies (900001..) and the admin org
// (900000). Also resolves the free-text org names of a Traffy export to these ids.
import { DISTRICTS, UNITS } from './reference';
import type { District } from './reference';
import type { Org } from './types';

export const ADMIN_ORG_ID = '900000';

/** Name prefixes that mark a district's own sub-org ("ฝ่ายโยธา เขตจตุจักร", "พนักงานกวาด เขตบางพลัด"). */
const DISTRICT_UNIT_PREFIXES = ['ฝ่าย', 'พนักงานกวาด', 'กลุ่มงาน'];

export function baseOrgs(): Org[] {
  const orgs: Org[] = [
    { org_id: ADMIN_ORG_ID, name: 'กรุงเทพมหานคร (ผู้ดูแลระบบจำลอง)', name_en: 'Bangkok (simulator admin)', kind: 'admin', district: null },
  ];
  for (const d of DISTRICTS) {
    orgs.push({
      org_id: `${d.code}00`,
      name: `สำนักงานเขต${d.name_th}`,
      name_en: `${d.name_en} District Office`,
      kind: 'office',
      district: d.code,
    });
    UNITS.forEach((u, i) => {
      orgs.push({
        org_id: `${d.code}${String(i + 1).padStart(2, '0')}`,
        name: `${u.name_th} เขต${d.name_th}`,
        name_en: `${u.name_en}, ${d.name_en} District`,
        kind: 'unit',
        district: d.code,
      });
    });
  }
  return orgs;
}

/** Exact district name, else a unique prefix match (exports truncate long names: "ป้อมปราบศัตรูพ่า"). */
export function findDistrict(text: string): District | undefined {
  const name = text.trim();
  if (name === '') return undefined;
  const exact = DISTRICTS.find((d) => d.name_th === name);
  if (exact) return exact;
  if (name.length < 3) return undefined;
  const prefixed = DISTRICTS.filter((d) => d.name_th.startsWith(name));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

export class OrgDirectory {
  private readonly byId = new Map<string, Org>();
  private readonly byRawName = new Map<string, string>();

  constructor(readonly orgs: Org[]) {
    for (const o of orgs) {
      this.byId.set(o.org_id, o);
      this.byRawName.set(o.name, o.org_id);
    }
  }

  get(id: string): Org | undefined {
    return this.byId.get(id);
  }

  officeOf(district: string): Org | undefined {
    return this.byId.get(`${district}00`);
  }

  /** The office and every unit of a district (including extra units found in the data). */
  districtOrgs(district: string): Org[] {
    return this.orgs.filter((o) => o.district === district);
  }

  /** Org id for a name as written in a Traffy export; unknown names become new orgs. */
  resolveName(raw: string): string | undefined {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name === '') return undefined;
    const known = this.byRawName.get(name);
    if (known) return known;
    const id = this.classify(name);
    this.byRawName.set(name, id);
    return id;
  }

  private classify(name: string): string {
    const office = /^(?:สำนักงาน)?เขต\s*(\S+)$/.exec(name);
    const officeDistrict = office?.[1] ? findDistrict(office[1]) : undefined;
    if (officeDistrict) return `${officeDistrict.code}00`;

    // "ฝ่ายโยธา เขตจตุจักร", or without เขต: "ฝ่ายสิ่งแวดล้อม แขวงลาดยาว จตุจักร".
    const unit = /^(.+?)\s*เขต\s*(\S+)$/.exec(name) ?? /^(.+?)\s+(\S+)$/.exec(name);
    const unitPrefix = unit?.[1]?.trim() ?? '';
    const unitDistrict = unit?.[2] ? findDistrict(unit[2]) : undefined;
    if (unitDistrict && DISTRICT_UNIT_PREFIXES.some((p) => unitPrefix.startsWith(p))) {
      return this.unitId(unitDistrict, unitPrefix);
    }
    return this.add({ org_id: this.nextCentralId(), name, name_en: name, kind: 'central', district: null });
  }

  private unitId(district: District, prefix: string): string {
    // "ฝ่ายรักษาความสะอาดฯ" abbreviates "ฝ่ายรักษาความสะอาดและสวนสาธารณะ": compare without the ฯ.
    const short = prefix.replace(/ฯ.*$/, '').trim();
    const index = UNITS.findIndex((u) => u.name_th === prefix || (short.length > 'ฝ่าย'.length && u.name_th.startsWith(short)));
    if (index >= 0) return `${district.code}${String(index + 1).padStart(2, '0')}`;
    const fullName = `${prefix} เขต${district.name_th}`;
    const existing = this.byRawName.get(fullName);
    if (existing) return existing;
    const extras = this.orgs.filter((o) => o.district === district.code && o.kind === 'unit').length;
    return this.add({
      org_id: `${district.code}${String(extras + 1).padStart(2, '0')}`,
      name: fullName,
      name_en: `${prefix}, ${district.name_en} District`,
      kind: 'unit',
      district: district.code,
    });
  }

  private nextCentralId(): string {
    const used = this.orgs.filter((o) => o.kind === 'central').map((o) => Number(o.org_id));
    return String(used.length === 0 ? 900001 : Math.max(...used) + 1);
  }

  private add(org: Org): string {
    this.orgs.push(org);
    this.byId.set(org.org_id, org);
    this.byRawName.set(org.name, org.org_id);
    return org.org_id;
  }
}
