import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING_RULES, DEFAULT_UNITS, OUTSIDE_AGENCIES, isOutsideAgency, matchText, suggestUnits } from './routing';
import { DISTRICT_UNITS } from './districts';

const suggest = (categories: string[], description = '') => suggestUnits({ categories, description }, DEFAULT_ROUTING_RULES);

describe('units', () => {
  it('embeds the same ten units as reference/bma-district-units.csv', () => {
    expect(DEFAULT_UNITS).toEqual(DISTRICT_UNITS);
    expect(DEFAULT_UNITS).toHaveLength(10);
  });

  it('points every default rule at a known unit or outside agency', () => {
    const known = new Set([...DEFAULT_UNITS, ...OUTSIDE_AGENCIES].map((u) => u.nameTh));
    for (const r of DEFAULT_ROUTING_RULES) expect(known.has(r.unit), r.unit).toBe(true);
    expect(isOutsideAgency('การไฟฟ้านครหลวง')).toBe(true);
    expect(isOutsideAgency('ฝ่ายโยธา')).toBe(false);
  });
});

describe('suggestUnits', () => {
  it('routes each Traffy category as DOMAIN §7 says', () => {
    const expected: Record<string, string> = {
      ถนน: 'ฝ่ายโยธา',
      ทางเท้า: 'ฝ่ายโยธา',
      ท่อระบายน้ำ: 'ฝ่ายโยธา',
      สะพาน: 'ฝ่ายโยธา',
      น้ำท่วม: 'ฝ่ายโยธา',
      แสงสว่าง: 'ฝ่ายโยธา',
      ความสะอาด: 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ',
      ต้นไม้: 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ',
      กีดขวาง: 'ฝ่ายเทศกิจ',
      ป้าย: 'ฝ่ายเทศกิจ',
      เสียงรบกวน: 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล',
      'PM2.5': 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล',
      คนจรจัด: 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม',
      สายไฟ: 'การไฟฟ้านครหลวง',
      จราจร: 'สถานีตำรวจ',
    };
    for (const [category, unit] of Object.entries(expected)) expect(suggest([category]), category).toEqual([unit]);
  });

  it('gives distinct units, category matches first in category order, then description matches', () => {
    expect(suggest(['ถนน', 'ทางเท้า', 'กีดขวาง'])).toEqual(['ฝ่ายโยธา', 'ฝ่ายเทศกิจ']);
    expect(suggest(['กีดขวาง', 'ถนน'])).toEqual(['ฝ่ายเทศกิจ', 'ฝ่ายโยธา']);
    expect(suggest(['ทางเท้า'], 'มีขยะกองบนทางเท้า และหาบเร่แผงลอยตั้งขาย')).toEqual(['ฝ่ายโยธา', 'ฝ่ายเทศกิจ', 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ']);
    expect(suggest([], 'สายไฟห้อยต่ำ เสาไฟฟ้าเอียง ใกล้ต้นไม้')).toEqual(['การไฟฟ้านครหลวง', 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ']);
  });

  it('does not route on a street name in the description', () => {
    expect(suggest([], 'เสียงดังจากร้านอาหาร ถนนพระราม 4 ตอนดึก')).toEqual([]);
    expect(suggest([], 'เสียงรบกวนจากร้านอาหาร ถนนพระราม 4')).toEqual(['ฝ่ายสิ่งแวดล้อมและสุขาภิบาล']);
    expect(suggest([], 'ถนนชำรุดเป็นหลุมบ่อ')).toEqual(['ฝ่ายโยธา']);
  });

  it('matches case-insensitively, ignoring spaces and Unicode forms', () => {
    expect(suggest([], 'ค่า pm 2.5 สูงมาก')).toEqual(['ฝ่ายสิ่งแวดล้อมและสุขาภิบาล']);
    expect(suggest([], 'น\u0E49\u0E4D\u0E32ท่วมขังหน้าบ้าน')).toEqual(['ฝ่ายโยธา']); // น้ำ typed with ํ + า
    expect(suggest([], 'ไฟฟ้าส่องสว่างดับ ซอยลาดพร้าว 71')).toEqual(['ฝ่ายโยธา']);
    expect(matchText(' PM 2.5\u200B ')).toBe('pm2.5');
  });

  it('uses the rules it is given, and returns nothing for an empty case', () => {
    expect(suggest([], '')).toEqual([]);
    expect(suggestUnits({ categories: ['ถนน'], description: '' }, [{ keyword: 'ถนน', unit: 'ฝ่ายโยธา (งานทาง)' }])).toEqual([
      'ฝ่ายโยธา (งานทาง)',
    ]);
    expect(suggestUnits({ categories: ['ถนน'], description: '' }, [])).toEqual([]);
  });
});
