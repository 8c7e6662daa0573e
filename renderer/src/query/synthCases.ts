// Synthetic but realistic register cases for tests and benchmarks of the query engine: Thai complaint
// phrases, 50 real khwaeng names, the status mix of a mature district register, rare ratings and
// reopens, a few 1555 and local ids. Deterministic for a seed. Test/bench support only: app code
// never imports it.
import type { CaseRecord } from '#domain/case';
import { bucketOf } from '#domain/status';

export const SUBDISTRICTS = [
  'ดินแดง',
  'บางพลัด',
  'จอมพล',
  'สวนหลวง',
  'สามเสนใน',
  'ท่าข้าม',
  'วงศ์สว่าง',
  'ลาดพร้าว',
  'บางจาก',
  'บางชัน',
  'บางแคเหนือ',
  'อนุสาวรีย์',
  'บางยี่ขัน',
  'คลองกุ่ม',
  'มีนบุรี',
  'อรุณอมรินทร์',
  'แสมดำ',
  'ทุ่งสองห้อง',
  'วัดท่าพระ',
  'คลองสองต้นนุ่น',
  'นวมินทร์',
  'ลาดกระบัง',
  'คลองเตยเหนือ',
  'ลำปลาทิว',
  'พระโขนง',
  'บางขุนศรี',
  'ลุมพินี',
  'ประเวศ',
  'พลับพลา',
  'บางซื่อ',
  'ทุ่งวัดดอน',
  'รามอินทรา',
  'จตุจักร',
  'บ้านบาตร',
  'คลองเตย',
  'ยานนาวา',
  'สะพานสูง',
  'สามเสนนอก',
  'วังทองหลาง',
  'ป้อมปราบ',
  'บางโพงพาง',
  'สามวาตะวันตก',
  'ช่องนนทรี',
  'คลองจั่น',
  'ทุ่งครุ',
  'หนองค้างพลู',
  'ห้วยขวาง',
  'ออเงิน',
  'หัวหมาก',
  'ลาดยาว',
];
export const CATEGORIES = [
  'ถนน',
  'ทางเท้า',
  'แสงสว่าง',
  'ความสะอาด',
  'ท่อระบายน้ำ',
  'ร้องเรียน',
  'กีดขวาง',
  'ความปลอดภัย',
  'ป้าย',
  'น้ำท่วม',
  'ต้นไม้',
  'สายไฟ',
  'เสียงรบกวน',
  'สัตว์จรจัด',
  'จราจร',
  'สะพาน',
  'คลอง',
  'คนจรจัด',
  'PM2.5',
  'เสนอแนะ',
];
export const UNITS = [
  'ฝ่ายโยธา',
  'ฝ่ายรักษาความสะอาดและสวนสาธารณะ',
  'ฝ่ายเทศกิจ',
  'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล',
  'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม',
  'ฝ่ายปกครอง',
];
export const ORGANIZATIONS = [
  'เขตจตุจักร',
  ...UNITS.map((u) => `${u} เขตจตุจักร`),
  'การไฟฟ้านครหลวง',
  'สำนักการระบายน้ำ',
  'สถานีตำรวจนครบาลบางซื่อ',
  'สำนักการจราจรและขนส่ง',
];
const PROBLEMS = [
  'ถนนชำรุด',
  'ไฟฟ้าส่องสว่างดับ',
  'ขยะไม่ได้รับการจัดเก็บ',
  'น้ำท่วมขัง',
  'ทางเท้าเป็นหลุม',
  'เสียงดังรบกวน',
  'ท่อระบายน้ำอุดตัน',
  'ฝาท่อแตก',
  'กิ่งไม้ใหญ่พาดสายไฟ',
  'รถจอดกีดขวางทางเข้าออก',
  'แผงลอยวางของบนทางเท้า',
  'สายสื่อสารห้อยต่ำ',
  'กลิ่นเหม็นจากร้านอาหาร',
  'ฝุ่นจากไซต์ก่อสร้าง',
  'สุนัขจรจัดดุร้าย',
  'ป้ายโฆษณาเสี่ยงหล่น',
  'ผิวถนนยุบตัว',
  'คนไร้บ้านนอนหน้าร้าน',
];
const PLACES = ['หน้าซอย', 'ปากซอย', 'ในซอย', 'ตรงข้ามตลาด', 'ใกล้ป้ายรถเมล์', 'หน้าโรงเรียน', 'ข้างวัด', 'ริมคลอง', 'หลังห้างสรรพสินค้า', 'ใต้สะพานลอย'];
const ROADS = [
  'ถนนพหลโยธิน',
  'ถนนวิภาวดีรังสิต',
  'ถนนลาดพร้าว',
  'ถนนรัชดาภิเษก',
  'ถนนงามวงศ์วาน',
  'ถนนประชาชื่น',
  'ถนนกำแพงเพชร',
  'ถนนเทศบาลสงเคราะห์',
];
const TAILS = [
  'ผู้ร้องเรียนแจ้งว่าเป็นมาหลายวันแล้ว',
  'ขอให้เจ้าหน้าที่มาตรวจสอบด้วยครับ',
  'เกิดอุบัติเหตุบ่อยมาก',
  'ตอนกลางคืนมืดมากอันตราย',
  'แจ้งไปแล้วหลายครั้งยังไม่ได้รับการแก้ไข',
  'ชาวบ้านเดือดร้อน',
  'รบกวนช่วยเร่งดำเนินการ ขอบคุณค่ะ',
  'ฝนตกทีไรน้ำท่วมทุกครั้ง',
];
const SYLLABLES = ['กา', 'นิ', 'สม', 'ชัย', 'ศรี', 'พร', 'วัฒ', 'นา', 'ทอง', 'มณี', 'รัตน์', 'สุข', 'ใจ', 'ดี', 'เจริญ', 'พัฒ', 'กุล', 'วงศ์'];
const LABELS = [
  ['เสร็จสิ้น', 55],
  ['กำลังดำเนินการ', 9],
  ['ศึกษาปัญหา', 2],
  ['ของบประมาณ', 2],
  ['รับเรื่อง', 2],
  ['รอรับเรื่อง', 10],
  ['ส่งต่อ', 10],
  ['ไม่เกี่ยวข้อง', 5],
  ['ติดตามเรื่อง', 5],
] as const;

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 1);

export function syntheticCases(count: number, seed = 1): CaseRecord[] {
  const rnd = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(xs))),
  ];
  const code = (n: number) => Array.from({ length: n }, () => pick([...ID_CHARS])).join('');
  const name = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(SYLLABLES)).join('');
  const labelTotal = LABELS.reduce((s, [, w]) => s + w, 0);
  const out: CaseRecord[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    let w = rnd() * labelTotal;
    const label = LABELS.find(([, weight]) => (w -= weight) < 0)?.[0] ?? 'เสร็จสิ้น';
    const bucket = bucketOf(label) ?? 'waiting';
    const createdAt = START + Math.floor(rnd() * 1400 * DAY);
    const lastActivityAt = createdAt + Math.floor(rnd() * rnd() * 120 * DAY);
    const kind = rnd();
    let ticketId: string | null = null;
    while (kind >= 0.02 && (ticketId === null || used.has(ticketId))) {
      ticketId = kind < 0.07 ? code(6) : `${new Date(createdAt).getUTCFullYear()}-${code(6)}`;
    }
    if (ticketId) used.add(ticketId);
    const sub = pick(SUBDISTRICTS);
    const description = [
      `${pick(PROBLEMS)}${pick(PLACES)} ${Math.floor(rnd() * 120)}`,
      rnd() < 0.6 ? `${pick(ROADS)} ร้าน${name()}` : pick(PROBLEMS),
      pick(TAILS),
      rnd() < 0.4 ? `${pick(TAILS)} ${name()}` : '',
    ].join(' ');
    out.push({
      id: ticketId ?? `L-${String(i).padStart(7, '0')}`,
      ticketId,
      source: ticketId ? 'traffy' : 'local',
      categories: some(CATEGORIES, 2),
      description,
      organizations: ['เขตจตุจักร', ...some(ORGANIZATIONS, 2)].filter((v, j, a) => a.indexOf(v) === j),
      photos: [`https://example.invalid/p/${i}.jpg`],
      photosAfter: bucket === 'finish' && rnd() < 0.7 ? [`https://example.invalid/a/${i}.jpg`] : [],
      lat: 13.8 + rnd() * 0.1,
      lon: 100.5 + rnd() * 0.1,
      address: `${Math.floor(rnd() * 999)} ${pick(ROADS)} แขวง${sub} เขตจตุจักร กรุงเทพมหานคร 10900`,
      subdistrict: sub,
      district: 'จตุจักร',
      province: 'กรุงเทพมหานคร',
      createdAt,
      lastActivityAt,
      statusLabel: label,
      bucket,
      star: rnd() < 0.2 ? 1 + Math.floor(rnd() * 5) : null,
      countReopen: rnd() < 0.03 ? 1 + Math.floor(rnd() * 3) : 0,
      units: rnd() < 0.25 ? [] : some(UNITS, 2),
      localNote: rnd() < 0.1 ? `โทรแจ้ง${name()}แล้ว` : '',
      localUpdatedAt: 0,
    });
  }
  return out;
}
