// Synthetic register for the benchmark: realistic Chatuchak complaints in Thai (composed from
// real-looking phrases), 50 แขวง names with a district-heavy skew, the status mix of a mature register,
// three years of timestamps, rare ratings and reopens, Traffy-style photo URLs. Deterministic for a seed.
// Also writes the same cases as a Traffy open-dataset CSV (the columns of the public export), so the
// import path can be timed on exactly the records the write path stores.
// Bench support only: app code never imports it.
import type { RemoteFields } from '#domain/case';
import type { StatusBucket } from '#domain/status';

export interface SynthCase {
  id: string;
  remote: RemoteFields;
}

const DAY = 86_400_000;
/** The newest synthetic activity; "now" for the query mix. */
export const SYNTH_END = Date.UTC(2025, 5, 30, 10, 0, 0);
const SPAN_DAYS = 3 * 365;

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

// Chatuchak's own five แขวง carry most cases; the others appear through mis-pinned or border reports.
const HOME_SUBDISTRICTS = ['ลาดยาว', 'เสนานิคม', 'จันทรเกษม', 'จอมพล', 'จตุจักร'];
const OTHER_SUBDISTRICTS = [
  'ดินแดง',
  'บางพลัด',
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
];
export const SUBDISTRICTS: readonly string[] = [...HOME_SUBDISTRICTS, ...OTHER_SUBDISTRICTS];

/** The district office's units (ฝ่าย), named on a case once it is routed. */
type Unit = 'ฝ่ายโยธา' | 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ' | 'ฝ่ายเทศกิจ' | 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล' | 'ฝ่ายปกครอง' | 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม';

interface Problem {
  text: readonly string[];
  categories: readonly string[];
  unit: Unit;
  /** An outside agency sometimes also named on the case. */
  agency?: string;
}

const PROBLEMS: readonly Problem[] = [
  { text: ['ถนนชำรุดเป็นหลุมเป็นบ่อ', 'ผิวถนนยุบตัว', 'ถนนชำรุด รถสัญจรลำบาก', 'หลุมบนถนนลึกมาก'], categories: ['ถนน'], unit: 'ฝ่ายโยธา' },
  { text: ['ทางเท้าชำรุด กระเบื้องแตก', 'ทางเท้าเป็นหลุม เดินลำบาก', 'ทางเท้ายุบ น้ำขัง'], categories: ['ทางเท้า'], unit: 'ฝ่ายโยธา' },
  {
    text: ['ไฟฟ้าส่องสว่างดับ', 'ไฟทางดับหลายดวง', 'เสาไฟฟ้าไม่ติด มืดมาก'],
    categories: ['แสงสว่าง'],
    unit: 'ฝ่ายโยธา',
    agency: 'การไฟฟ้านครหลวง เขตบางเขน',
  },
  { text: ['ขยะไม่ได้รับการจัดเก็บ', 'ขยะล้นถัง ส่งกลิ่นเหม็น', 'มีคนลักลอบทิ้งขยะ'], categories: ['ความสะอาด'], unit: 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ' },
  {
    text: ['น้ำท่วมขังหลังฝนตก', 'น้ำท่วมถนน ระบายไม่ทัน', 'น้ำท่วมสูงรถเล็กผ่านไม่ได้'],
    categories: ['น้ำท่วม', 'ท่อระบายน้ำ'],
    unit: 'ฝ่ายโยธา',
    agency: 'สำนักการระบายน้ำ',
  },
  { text: ['ท่อระบายน้ำอุดตัน', 'ฝาท่อแตก อันตราย', 'ฝาท่อหาย เสี่ยงคนตก'], categories: ['ท่อระบายน้ำ'], unit: 'ฝ่ายโยธา' },
  { text: ['กิ่งไม้ใหญ่พาดสายไฟ', 'ต้นไม้ล้มขวางทาง', 'ขอให้ตัดแต่งกิ่งไม้'], categories: ['ต้นไม้'], unit: 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ' },
  {
    text: ['สายสื่อสารห้อยต่ำ', 'สายไฟระโยงระยาง รกรุงรัง', 'สายไฟขาดห้อยลงมา'],
    categories: ['สายไฟ'],
    unit: 'ฝ่ายโยธา',
    agency: 'การไฟฟ้านครหลวง เขตบางเขน',
  },
  { text: ['แผงลอยวางของบนทางเท้า', 'รถเข็นขายของกีดขวางทางเท้า', 'ร้านค้าตั้งโต๊ะรุกล้ำทางเท้า'], categories: ['กีดขวาง', 'ทางเท้า'], unit: 'ฝ่ายเทศกิจ' },
  {
    text: ['รถจอดกีดขวางทางเข้าออก', 'จอดรถซ้อนคันบนถนน', 'รถจอดขวางปากซอย'],
    categories: ['กีดขวาง', 'จราจร'],
    unit: 'ฝ่ายเทศกิจ',
    agency: 'สถานีตำรวจนครบาลพหลโยธิน',
  },
  { text: ['เสียงดังรบกวนยามวิกาล', 'ร้านเปิดเพลงเสียงดัง', 'เสียงก่อสร้างดังตอนกลางคืน'], categories: ['เสียงรบกวน'], unit: 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล' },
  { text: ['กลิ่นเหม็นจากร้านอาหาร', 'ควันจากการเผาขยะ', 'ฝุ่นจากไซต์ก่อสร้าง'], categories: ['ร้องเรียน', 'PM2.5'], unit: 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล' },
  { text: ['สุนัขจรจัดดุร้าย ไล่กัดคน', 'แมวจรจัดจำนวนมาก', 'สุนัขจรจัดเห่าเสียงดัง'], categories: ['สัตว์จรจัด'], unit: 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล' },
  { text: ['ป้ายโฆษณาเสี่ยงหล่น', 'ป้ายหาเสียงติดบนทางเท้า', 'ป้ายบอกทางล้ม'], categories: ['ป้าย'], unit: 'ฝ่ายเทศกิจ' },
  { text: ['คนไร้บ้านนอนหน้าร้าน', 'มีผู้ป่วยจิตเวชเดินบนถนน'], categories: ['คนจรจัด'], unit: 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม' },
  { text: ['สะพานลอยชำรุด', 'ราวสะพานหัก', 'คลองตื้นเขิน ผักตบชวาเต็ม'], categories: ['สะพาน', 'คลอง'], unit: 'ฝ่ายโยธา' },
  { text: ['เสนอให้ติดตั้งกล้องวงจรปิด', 'ขอให้ทาสีทางม้าลายใหม่', 'เสนอให้เพิ่มถังขยะ'], categories: ['เสนอแนะ'], unit: 'ฝ่ายปกครอง' },
  { text: ['มีการลักทรัพย์บ่อยในซอย', 'วัยรุ่นมั่วสุมตอนกลางคืน'], categories: ['ความปลอดภัย'], unit: 'ฝ่ายปกครอง', agency: 'สถานีตำรวจนครบาลบางซื่อ' },
];
// Rough Traffy frequencies: roads, sidewalks, light, waste and floods dominate.
const PROBLEM_WEIGHTS = [14, 10, 9, 9, 7, 6, 5, 5, 6, 6, 4, 3, 3, 2, 2, 2, 4, 3];

const ROADS = [
  'ถนนพหลโยธิน',
  'ถนนวิภาวดีรังสิต',
  'ถนนลาดพร้าว',
  'ถนนรัชดาภิเษก',
  'ถนนงามวงศ์วาน',
  'ถนนประชาชื่น',
  'ถนนกำแพงเพชร',
  'ถนนเทศบาลสงเคราะห์',
  'ถนนรัชดา-ลาดพร้าว',
  'ถนนเสนานิคม',
];
const PLACES = [
  'หน้าซอย',
  'ปากซอย',
  'ในซอย',
  'ตรงข้ามตลาด',
  'ใกล้ป้ายรถเมล์',
  'หน้าโรงเรียน',
  'ข้างวัด',
  'ริมคลอง',
  'หลังห้างสรรพสินค้า',
  'ใต้สะพานลอย',
  'หน้าคอนโด',
  'ทางออกสถานีรถไฟฟ้า',
];
/** Prepositions before a landmark: หน้า…, ใกล้…, ตรงข้าม… */
const NEAR = ['หน้า', 'ใกล้', 'ตรงข้าม', 'ข้าง', 'หลัง', 'ทางเข้า', 'แถว'];
const LANDMARKS = [
  'ตลาดนัดจตุจักร',
  'สวนรถไฟ',
  'หมอชิต',
  'ตลาด อ.ต.ก.',
  'มหาวิทยาลัยเกษตรศาสตร์',
  'ห้าแยกลาดพร้าว',
  'วัดเสมียนนารี',
  'สวนจตุจักร',
  'แยกรัชโยธิน',
  'เซ็นทรัลลาดพร้าว',
];
const DETAILS = [
  'เป็นมาหลายวันแล้ว',
  'เกิดอุบัติเหตุบ่อยมาก',
  'ตอนกลางคืนมืดมากอันตราย',
  'แจ้งไปแล้วหลายครั้งยังไม่ได้รับการแก้ไข',
  'ชาวบ้านเดือดร้อน',
  'ฝนตกทีไรน้ำท่วมทุกครั้ง',
  'ผู้สูงอายุเดินลำบาก',
  'เด็กนักเรียนต้องเดินลงถนน',
  'มอเตอร์ไซค์ล้มไปแล้วสองคัน',
  'กลิ่นเหม็นมากช่วงเย็น',
  'รถติดยาวทุกเช้า',
  'ผู้ร้องเรียนแจ้งว่าเป็นปัญหาซ้ำ',
];
const REQUESTS = [
  'ขอให้เจ้าหน้าที่มาตรวจสอบด้วยครับ',
  'รบกวนช่วยเร่งดำเนินการ ขอบคุณค่ะ',
  'ฝากเขตช่วยแก้ไขด้วยครับ',
  'ขอบคุณครับ',
  'รบกวนด้วยค่ะ',
  'ขอความอนุเคราะห์ซ่อมแซมโดยด่วน',
  'ช่วยดูแลด้วยนะคะ',
  '',
];

// Status mix of a mature register (label, bucket, weight); open buckets skew to recent cases below.
const STATUSES: ReadonlyArray<readonly [string, StatusBucket, number]> = [
  ['เสร็จสิ้น', 'finish', 55],
  ['ส่งต่อ', 'forward', 10],
  ['รอรับเรื่อง', 'waiting', 9],
  ['กำลังดำเนินการ', 'inprogress', 9],
  ['รับเรื่อง', 'inprogress', 2],
  ['ศึกษาปัญหา', 'inprogress', 1],
  ['ของบประมาณ', 'inprogress', 1],
  ['ติดตามเรื่อง', 'follow', 5],
  ['ไม่เกี่ยวข้อง', 'irrelevant', 8],
];

const ID_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function weighted<T>(items: readonly T[], weights: readonly number[], r: number): T {
  const total = weights.reduce((s, w) => s + w, 0);
  let w = r * total;
  for (let i = 0; i < items.length; i++) if ((w -= weights[i]!) < 0) return items[i]!;
  return items[items.length - 1]!;
}

/** A unique 6-character code per index: a bijection on 30 bits, written in base 32. */
function codeFor(i: number): string {
  let x = Math.imul(i + 1, 0x2c9277b5) & 0x3fffffff;
  x = (x ^ (x >>> 15)) & 0x3fffffff;
  let s = '';
  for (let k = 0; k < 6; k++) {
    s += ID_CHARS[x & 31];
    x >>>= 5;
  }
  return s;
}

const HEX = '0123456789abcdef';

/** N register cases as the central service would deliver them (RemoteFields keyed by ticket id). */
export function synthCases(count: number, seed = 20250630): SynthCase[] {
  const rnd = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const hex = (n: number) => {
    let s = '';
    for (let k = 0; k < n; k++) s += HEX[Math.floor(rnd() * 16)];
    return s;
  };
  const out: SynthCase[] = new Array<SynthCase>(count);
  for (let i = 0; i < count; i++) {
    // Case volume grows over the years: sqrt skews creation toward the recent end.
    const age = (1 - Math.sqrt(rnd())) * SPAN_DAYS * DAY;
    const createdAt = Math.floor(SYNTH_END - age - rnd() * DAY);
    const recent = SYNTH_END - createdAt < 45 * DAY;
    let [statusLabel, bucket] = weighted(
      STATUSES,
      STATUSES.map((s) => s[2]),
      rnd(),
    );
    // Old cases are rarely still waiting; recent ones often are.
    if (!recent && (bucket === 'waiting' || bucket === 'inprogress') && rnd() < 0.6) [statusLabel, bucket] = ['เสร็จสิ้น', 'finish'];
    if (recent && bucket === 'finish' && rnd() < 0.4) [statusLabel, bucket] = ['รอรับเรื่อง', 'waiting'];
    const worked = bucket === 'waiting' ? rnd() * 0.2 * DAY : rnd() * rnd() * 90 * DAY;
    const lastActivityAt = Math.min(SYNTH_END, Math.floor(createdAt + worked));

    const problem = weighted(PROBLEMS, PROBLEM_WEIGHTS, rnd());
    const sub = rnd() < 0.8 ? pick(HOME_SUBDISTRICTS) : pick(OTHER_SUBDISTRICTS);
    const road = pick(ROADS);
    const soi = 1 + Math.floor(rnd() * 60);
    const parts = [
      `${pick(problem.text)}${rnd() < 0.5 ? ` ${pick(PLACES)} ${road} ซอย ${soi}` : ` ${pick(NEAR)}${pick(LANDMARKS)}`}`,
      pick(DETAILS),
    ];
    if (rnd() < 0.3) parts.push(pick(DETAILS));
    parts.push(pick(REQUESTS));
    // Some people write on several lines (multi-line quoted fields in the CSV).
    const description = parts.filter(Boolean).join(rnd() < 0.08 ? '\n' : ' ');
    const categories = rnd() < 0.06 ? [] : rnd() < 0.7 ? [problem.categories[0]!] : [...problem.categories];

    const organizations = ['เขตจตุจักร'];
    if (bucket !== 'waiting') organizations.push(`${problem.unit} เขตจตุจักร`);
    if (problem.agency && (bucket === 'forward' || rnd() < 0.15)) organizations.push(problem.agency);

    const month = new Date(createdAt).toISOString().slice(0, 7);
    const photos = rnd() < 0.97 ? [`https://storage.googleapis.com/traffy_public_bucket/attachment/${month}/${hex(40)}.jpg`] : [];
    const photosAfter =
      bucket === 'finish' && rnd() < 0.75 ? [`https://storage.googleapis.com/traffy_public_bucket/TS_PHOTO/${month}/${hex(40)}.jpg`] : [];
    const finished = bucket === 'finish';
    const star = finished && rnd() < 0.3 ? weighted([1, 2, 3, 4, 5], [12, 5, 8, 15, 60], rnd()) : null;
    const countReopen = rnd() < 0.03 ? 1 + Math.floor(rnd() * rnd() * 4) : 0;
    const ticketId = `${new Date(createdAt).getUTCFullYear()}-${codeFor(i)}`;
    out[i] = {
      id: ticketId,
      remote: {
        ticketId,
        source: 'traffy',
        categories,
        description,
        organizations,
        photos,
        photosAfter,
        lat: Math.round((13.8 + rnd() * 0.07) * 1e5) / 1e5,
        lon: Math.round((100.53 + rnd() * 0.05) * 1e5) / 1e5,
        address: `${1 + Math.floor(rnd() * 400)}/${1 + Math.floor(rnd() * 90)} ${road} ซอย ${soi} แขวง${sub} เขตจตุจักร กรุงเทพมหานคร 10900 ประเทศไทย`,
        subdistrict: sub,
        district: 'จตุจักร',
        province: 'กรุงเทพมหานคร',
        createdAt,
        lastActivityAt,
        statusLabel,
        bucket,
        star,
        countReopen,
      },
    };
  }
  return out;
}

export const TRAFFY_OPEN_COLUMNS = [
  'ticket_id',
  'type',
  'organization',
  'comment',
  'coords',
  'photo',
  'photo_after',
  'address',
  'subdistrict',
  'district',
  'province',
  'timestamp',
  'state',
  'star',
  'count_reopen',
  'last_activity',
] as const;

const csvCell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** `2023-05-12 13:27:54.482138+00`, as the open dataset writes instants. */
function traffyTime(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2023-05-12T13:27:54.482Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000+00`;
}

/**
 * The cases as a Traffy open-dataset CSV (UTF-8 with BOM, LF line ends, like the published file), in
 * parts of `rowsPerPart` rows so that 500k-row files never need one giant string (`new Blob(parts)`).
 */
export function traffyCsvParts(cases: readonly SynthCase[], rowsPerPart = 5000): string[] {
  const parts: string[] = [`\uFEFF${TRAFFY_OPEN_COLUMNS.join(',')}\n`];
  for (let start = 0; start < cases.length; start += rowsPerPart) {
    const end = Math.min(cases.length, start + rowsPerPart);
    const lines: string[] = new Array<string>(end - start);
    for (let i = start; i < end; i++) {
      const r = cases[i]!.remote;
      lines[i - start] = [
        r.ticketId ?? '',
        r.categories.length ? csvCell(`{${r.categories.join(',')}}`) : '',
        csvCell(r.organizations.join(',')),
        csvCell(r.description),
        r.lat != null && r.lon != null ? `"${r.lon},${r.lat}"` : '',
        r.photos[0] ?? '',
        r.photosAfter[0] ?? '',
        csvCell(r.address),
        r.subdistrict,
        r.district,
        r.province,
        `"${traffyTime(r.createdAt)}"`,
        r.statusLabel,
        r.star == null ? '' : String(r.star),
        String(r.countReopen),
        `"${traffyTime(r.lastActivityAt)}"`,
      ].join(',');
    }
    parts.push(`${lines.join('\n')}\n`);
  }
  return parts;
}
