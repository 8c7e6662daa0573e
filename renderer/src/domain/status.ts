// Status buckets: the stable workflow meaning behind Traffy's many status labels (DOMAIN.md §5).
// Pure; no I/O.

export const BUCKETS = ['waiting', 'inprogress', 'follow', 'forward', 'finish', 'irrelevant'] as const;
export type StatusBucket = (typeof BUCKETS)[number];

const LABEL_TO_BUCKET: Record<string, StatusBucket> = {
  รอรับเรื่อง: 'waiting',
  waiting: 'waiting',
  start: 'waiting',
  report: 'waiting',
  กำลังดำเนินการ: 'inprogress',
  รับเรื่อง: 'inprogress',
  ศึกษาปัญหา: 'inprogress',
  ของบประมาณ: 'inprogress',
  จัดซื้อจัดจ้าง: 'inprogress',
  ขั้นตอนทางกฎหมาย: 'inprogress',
  inprogress: 'inprogress',
  ติดตามเรื่อง: 'follow',
  follow: 'follow',
  ส่งต่อ: 'forward',
  'ส่งต่อ(ใหม่)': 'forward',
  forward: 'forward',
  เสร็จสิ้น: 'finish',
  finish: 'finish',
  finished: 'finish',
  ไม่เกี่ยวข้อง: 'irrelevant',
  irrelevant: 'irrelevant',
};

/** Bucket for a status label or code; null when unknown (the caller decides, never guess silently). */
export function bucketOf(label: string | null | undefined): StatusBucket | null {
  if (!label) return null;
  const key = label.trim().replace(/\s+/g, '');
  return LABEL_TO_BUCKET[key] ?? LABEL_TO_BUCKET[key.toLowerCase()] ?? null;
}

/** Open for the district: still the district's load (follow is monitoring, counted as open). */
export function isOpen(bucket: StatusBucket): boolean {
  return bucket === 'waiting' || bucket === 'inprogress' || bucket === 'follow';
}

/** The central status ids a coordinator can set from Khet Desk (documented ids 1–2; the rest per simulator/org lists). */
export interface StatusChoice {
  issueStatusId: number;
  label: string;
  bucket: StatusBucket;
}

export const DEFAULT_STATUS_CHOICES: readonly StatusChoice[] = [
  { issueStatusId: 1, label: 'รอรับเรื่อง', bucket: 'waiting' },
  { issueStatusId: 2, label: 'กำลังดำเนินการ', bucket: 'inprogress' },
  { issueStatusId: 6, label: 'ติดตามเรื่อง', bucket: 'follow' },
  { issueStatusId: 3, label: 'ส่งต่อ', bucket: 'forward' },
  { issueStatusId: 4, label: 'เสร็จสิ้น', bucket: 'finish' },
  { issueStatusId: 5, label: 'ไม่เกี่ยวข้อง', bucket: 'irrelevant' },
];
