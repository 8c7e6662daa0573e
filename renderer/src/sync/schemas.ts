// zod schemas for the parts of central replies the register depends on. Lenient where real data
// varies (photo as string or array, numbers as strings), strict where a wrong value would corrupt
// the register (ticket id, timestamps).
import { z } from 'zod';

const urlList = z
  .union([z.array(z.string()), z.string(), z.null(), z.undefined()])
  .transform((v) => (Array.isArray(v) ? v : v ? [v] : []).filter((u) => u.trim() !== '' && u !== '{}' && !u.endsWith('/')));

const num = z.union([z.number(), z.string()]).transform((v) => Number(v));
const optNum = z.union([z.number(), z.string(), z.null(), z.undefined()]).transform((v) => (v == null || v === '' ? null : Number(v)));
const text = z.union([z.string(), z.null(), z.undefined()]).transform((v) => v ?? '');

export const issueSchema = z.object({
  ticket_id: z.string().min(1),
  type: text,
  organization: text,
  description: text,
  photo: urlList,
  photo_after: urlList,
  latitude: optNum,
  longitude: optNum,
  address: text,
  subdistrict: text,
  district: text,
  province: text,
  timestamp: z.string().min(1),
  status: text,
  state: text.optional(),
  star: optNum,
  count_reopen: optNum,
  last_activity: z.string().min(1),
});
export type ApiIssue = z.infer<typeof issueSchema>;

export const orgSchema = z.object({
  org_id: z.union([z.string(), z.number()]).transform(String),
  name: text,
  name_en: text,
});
export type ApiOrg = z.infer<typeof orgSchema>;

export const timelineItemSchema = z.object({
  timestamp: z.string(),
  status: text,
  org: text.optional(),
  name: text.optional(),
  note: text,
  photo: z.union([z.string(), z.null(), z.undefined()]).transform((v) => v || null),
});

export const issueOrgSchema = z.object({
  org_id: num,
  name: text.optional(),
  org: text.optional(),
  status: text,
  status_type: text,
});

export const issueDetailSchema = z.object({
  ticket_id: z.string().min(1),
  orgs: z.array(issueOrgSchema).default([]),
  timeline: z.array(timelineItemSchema).default([]),
});
export type ApiIssueDetail = z.infer<typeof issueDetailSchema>;
