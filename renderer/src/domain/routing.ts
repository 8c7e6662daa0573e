// Unit routing suggestions (DOMAIN.md §7): the usual district units (ฝ่าย), the outside agencies a case
// is often passed to, and keyword rules from Traffy categories and description words to a unit. Pure.
// The rules are starting hints to be confirmed by each district's coordinator (editable); a suggestion
// never assigns a unit by itself.

export interface UnitName {
  nameTh: string;
  nameEn: string;
}

/** The ten usual units (reference/bma-district-units.csv; verify per district, some have eight). */
export const DEFAULT_UNITS: readonly UnitName[] = [
  { nameTh: 'ฝ่ายปกครอง', nameEn: 'Administration' },
  { nameTh: 'ฝ่ายทะเบียน', nameEn: 'Civil Registration' },
  { nameTh: 'ฝ่ายการคลัง', nameEn: 'Finance' },
  { nameTh: 'ฝ่ายรายได้', nameEn: 'Revenue' },
  { nameTh: 'ฝ่ายเทศกิจ', nameEn: 'City Law Enforcement' },
  { nameTh: 'ฝ่ายโยธา', nameEn: 'Public Works' },
  { nameTh: 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ', nameEn: 'Cleansing and Public Parks' },
  { nameTh: 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล', nameEn: 'Environment and Sanitation' },
  { nameTh: 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม', nameEn: 'Community Development and Social Welfare' },
  { nameTh: 'ฝ่ายการศึกษา', nameEn: 'Education' },
];

/** Agencies outside the district office that routing hints point to. */
export const OUTSIDE_AGENCIES: readonly UnitName[] = [
  { nameTh: 'การไฟฟ้านครหลวง', nameEn: 'Metropolitan Electricity Authority (MEA)' },
  { nameTh: 'สถานีตำรวจ', nameEn: 'Police station (traffic)' },
];

export function isOutsideAgency(unit: string): boolean {
  return OUTSIDE_AGENCIES.some((a) => a.nameTh === unit);
}

export interface RoutingRule {
  /** Matched case-insensitively (NFC, spaces ignored) as a part of a category or of the description. */
  keyword: string;
  unit: string;
  /** Where the keyword may match; default both. Use 'category' for words that are common in addresses (ถนน). */
  in?: 'category' | 'description';
}

const PUBLIC_WORKS = 'ฝ่ายโยธา';
const CLEANSING = 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ';
const LAW_ENFORCEMENT = 'ฝ่ายเทศกิจ';
const ENVIRONMENT = 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล';
const WELFARE = 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม';
const MEA = 'การไฟฟ้านครหลวง';
const POLICE = 'สถานีตำรวจ';

const rules = (unit: string, keywords: string[], where?: 'category' | 'description'): RoutingRule[] =>
  keywords.map((keyword) => (where ? { keyword, unit, in: where } : { keyword, unit }));

export const DEFAULT_ROUTING_RULES: readonly RoutingRule[] = [
  // Roads, footpaths, drains, bridges, flooding, lighting → public works.
  ...rules(PUBLIC_WORKS, ['ถนน', 'ทางเท้า'], 'category'), // street names are everywhere in descriptions
  ...rules(PUBLIC_WORKS, ['ท่อระบายน้ำ', 'สะพาน', 'น้ำท่วม', 'แสงสว่าง']),
  ...rules(PUBLIC_WORKS, ['ถนนชำรุด', 'ถนนพัง', 'หลุมบ่อ', 'ฟุตบาท', 'บาทวิถี', 'ท่อตัน', 'น้ำขัง', 'ฝาท่อ', 'ส่องสว่าง', 'ไฟทาง'], 'description'),
  // Cleanliness, trees, waste → cleansing and parks.
  ...rules(CLEANSING, ['ความสะอาด', 'ต้นไม้', 'ขยะ']),
  ...rules(CLEANSING, ['กิ่งไม้', 'ตัดแต่งกิ่ง', 'สวนสาธารณะ'], 'description'),
  // Obstruction, vendors, signs → city law enforcement.
  ...rules(LAW_ENFORCEMENT, ['กีดขวาง', 'ป้าย', 'หาบเร่', 'แผงลอย']),
  ...rules(LAW_ENFORCEMENT, ['จอดรถบนทางเท้า', 'วางของ'], 'description'),
  // Noise, PM2.5 → environment and sanitation.
  ...rules(ENVIRONMENT, ['เสียงรบกวน', 'pm2.5']),
  ...rules(ENVIRONMENT, ['ฝุ่น', 'กลิ่นเหม็น', 'ควันดำ'], 'description'),
  // Homeless → community development and welfare.
  ...rules(WELFARE, ['คนจรจัด', 'คนไร้บ้าน', 'ขอทาน']),
  // Wires and poles → the electricity authority (outside agency).
  ...rules(MEA, ['สายไฟ', 'เสาไฟฟ้า', 'สายสื่อสาร']),
  // Traffic → police (outside agency).
  ...rules(POLICE, ['จราจร', 'รถติด']),
];

/** Text as matched: NFC, lower case, sara am written as one character, no whitespace or zero-width marks. */
export function matchText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u0E4D\u0E32/g, '\u0E33') // ํ + า typed for ำ
    .toLowerCase()
    .replace(/[\s\u200B-\u200D\uFEFF]+/g, '');
}

/**
 * Distinct units suggested for a case, strongest first: units matched by a category (in the case's category
 * order), then units matched only in the description (more matching keywords first, then earliest mention).
 */
export function suggestUnits(c: { categories: readonly string[]; description: string }, rules: readonly RoutingRule[]): string[] {
  const categories = c.categories.map(matchText).filter((s) => s.length > 0);
  const description = matchText(c.description);
  const byCategory = new Map<string, number>(); // unit → best category index
  const byText = new Map<string, { hits: number; first: number }>();
  for (const rule of rules) {
    const key = matchText(rule.keyword);
    if (!key || !rule.unit) continue;
    if (rule.in !== 'description') {
      const i = categories.findIndex((cat) => cat.includes(key));
      const prev = byCategory.get(rule.unit);
      if (i >= 0 && (prev === undefined || i < prev)) byCategory.set(rule.unit, i);
    }
    if (rule.in !== 'category') {
      const at = description.indexOf(key);
      if (at >= 0) {
        const seen = byText.get(rule.unit);
        byText.set(rule.unit, seen ? { hits: seen.hits + 1, first: Math.min(seen.first, at) } : { hits: 1, first: at });
      }
    }
  }
  // Map iteration keeps rule order for ties.
  const fromCategories = [...byCategory.entries()].sort((a, b) => a[1] - b[1]).map(([unit]) => unit);
  const fromText = [...byText.entries()]
    .filter(([unit]) => !byCategory.has(unit))
    .sort((a, b) => b[1].hits - a[1].hits || a[1].first - b[1].first)
    .map(([unit]) => unit);
  return [...fromCategories, ...fromText];
}
