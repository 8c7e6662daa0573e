// The central status list, the per-office custom statuses and the issue categories the simulator
// serves from get-status-list/v2 and get-type-list/v2, plus lookups by id, label or code.
import type { Category, StatusType } from './types';

export interface StatusDef {
  issue_status_id: number;
  org_statuses_id: number | null;
  status: string;
  status_en: string;
  status_type: StatusType;
  bg_color: string;
}

export const CENTRAL_STATUSES: readonly StatusDef[] = [
  { issue_status_id: 1, org_statuses_id: null, status: 'รอรับเรื่อง', status_en: 'Pending', status_type: 'waiting', bg_color: '#FFA500' },
  {
    issue_status_id: 2,
    org_statuses_id: null,
    status: 'กำลังดำเนินการ',
    status_en: 'In progress',
    status_type: 'inprogress',
    bg_color: '#1E90FF',
  },
  { issue_status_id: 3, org_statuses_id: null, status: 'ส่งต่อ', status_en: 'Forwarded', status_type: 'forward', bg_color: '#9370DB' },
  { issue_status_id: 4, org_statuses_id: null, status: 'เสร็จสิ้น', status_en: 'Completed', status_type: 'finish', bg_color: '#2E8B57' },
  {
    issue_status_id: 5,
    org_statuses_id: null,
    status: 'ไม่เกี่ยวข้อง',
    status_en: 'Irrelevant',
    status_type: 'irrelevant',
    bg_color: '#808080',
  },
  { issue_status_id: 6, org_statuses_id: null, status: 'ติดตามเรื่อง', status_en: 'Follow up', status_type: 'follow', bg_color: '#DAA520' },
];

/** Custom statuses every district org (office and units) has; each maps to a central bucket. */
export const ORG_STATUSES: readonly StatusDef[] = [
  { issue_status_id: 2, org_statuses_id: 101, status: 'รับเรื่อง', status_en: 'Accepted', status_type: 'inprogress', bg_color: '#4682B4' },
  {
    issue_status_id: 2,
    org_statuses_id: 102,
    status: 'ศึกษาปัญหา',
    status_en: 'Studying the problem',
    status_type: 'inprogress',
    bg_color: '#4682B4',
  },
  {
    issue_status_id: 2,
    org_statuses_id: 103,
    status: 'ของบประมาณ',
    status_en: 'Requesting budget',
    status_type: 'inprogress',
    bg_color: '#4682B4',
  },
  {
    issue_status_id: 2,
    org_statuses_id: 104,
    status: 'จัดซื้อจัดจ้าง',
    status_en: 'Procurement',
    status_type: 'inprogress',
    bg_color: '#4682B4',
  },
  {
    issue_status_id: 2,
    org_statuses_id: 105,
    status: 'ขั้นตอนทางกฎหมาย',
    status_en: 'Legal process',
    status_type: 'inprogress',
    bg_color: '#4682B4',
  },
];

const ENGLISH_CODES: Record<string, number> = {
  waiting: 1,
  start: 1,
  report: 1,
  inprogress: 2,
  forward: 3,
  finish: 4,
  finished: 4,
  irrelevant: 5,
  follow: 6,
};

export function centralStatus(id: number): StatusDef | undefined {
  return CENTRAL_STATUSES.find((s) => s.issue_status_id === id);
}

/** Central id for a CSV state (Thai label or English code); undefined when unknown. */
export function statusIdFromState(state: string): number | undefined {
  const key = state.trim();
  const thai = CENTRAL_STATUSES.find((s) => s.status === key);
  return thai?.issue_status_id ?? ENGLISH_CODES[key.toLowerCase()];
}

/** Resolve `state_name`: custom label (when the org has custom statuses), central label, or English code. */
export function statusByName(name: string, withCustom: boolean): StatusDef | undefined {
  const key = name.trim();
  if (withCustom) {
    const custom = ORG_STATUSES.find((s) => s.status === key || s.status_en.toLowerCase() === key.toLowerCase());
    if (custom) return custom;
  }
  const byLabel = CENTRAL_STATUSES.find((s) => s.status === key || s.status_en.toLowerCase() === key.toLowerCase());
  if (byLabel) return byLabel;
  const id = ENGLISH_CODES[key.toLowerCase()];
  return id === undefined ? undefined : centralStatus(id);
}

export function orgStatus(id: number): StatusDef | undefined {
  return ORG_STATUSES.find((s) => s.org_statuses_id === id);
}

/** Categories seen in real Traffy data; CSV types not listed here are appended at seed time. */
const CATEGORY_ROWS: readonly (readonly [string, string])[] = [
  ['ถนน', 'Road'],
  ['ทางเท้า', 'Sidewalk'],
  ['ความสะอาด', 'Cleanliness'],
  ['น้ำท่วม', 'Flooding'],
  ['ท่อระบายน้ำ', 'Drainage'],
  ['ไฟฟ้า', 'Electricity'],
  ['แสงสว่าง', 'Lighting'],
  ['ต้นไม้', 'Tree'],
  ['กีดขวาง', 'Obstruction'],
  ['จราจร', 'Traffic'],
  ['เสียงรบกวน', 'Noise'],
  ['ร้องเรียน', 'Complaint'],
  ['สะพาน', 'Bridge'],
  ['คลอง', 'Canal'],
  ['ความปลอดภัย', 'Safety'],
  ['สายไฟ', 'Power lines'],
  ['ป้าย', 'Signboard'],
  ['คนจรจัด', 'Homeless'],
  ['PM2.5', 'PM2.5'],
  ['สัตว์จรจัด', 'Stray animals'],
  ['เสนอแนะ', 'Suggestion'],
  ['การเดินทาง', 'Transportation'],
  ['ห้องน้ำ', 'Restroom'],
  ['น้ำ', 'Water supply'],
  ['ป้ายจราจร', 'Traffic sign'],
  ['สอบถาม', 'Inquiry'],
  ['อื่นๆ', 'Other'],
];

export function baseCategories(): Category[] {
  return CATEGORY_ROWS.map(([type, type_en], i) => ({ issue_category_id: i + 1, type, type_en }));
}

/** Split a Traffy type field: `{ถนน,ทางเท้า}`, `ถนน,จราจร`, or empty. */
export function splitTypes(raw: string): string[] {
  return raw
    .trim()
    .replace(/^\{|\}$/g, '')
    .split(',')
    .map((t) => t.trim().replace(/^"|"$/g, ''))
    .filter((t) => t.length > 0);
}
