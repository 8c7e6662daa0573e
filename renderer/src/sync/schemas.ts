// zod schemas for the parts of central replies the register depends on. Lenient where real data
// varies (photo as string or array, numbers as strings, empty-bucket URLs ending in '/', v1 `org` vs
// v2 `name`, `org_statuses_id` vs `org_status_id`), strict where a wrong value would corrupt the
// register (ticket ids, org/status/category ids, timestamps). Field names follow the contract
// (/work/shared/reference/traffy-exchange-api.openapi.yaml).
import { z } from 'zod';

// In zod 4 a missing key only passes when the schema itself is optional (a union with z.undefined()
// behind a transform is not enough), hence `.optional()` before every transform below.
const urlList = z
  .union([z.array(z.string()), z.string(), z.null()])
  .optional()
  .transform((v) => (Array.isArray(v) ? v : v ? [v] : []).filter((u) => u.trim() !== '' && u !== '{}' && !u.endsWith('/')));

/** A number, possibly sent as a string; absent, empty or unreadable is null (never NaN). */
const optNum = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((v) => {
    const n = v == null || (typeof v === 'string' && v.trim() === '') ? NaN : Number(v);
    return Number.isFinite(n) ? n : null;
  });
const text = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => v ?? '');

/** An integer id, as a number or a string of digits: anything else is refused, never turned into NaN. */
export const intId = z.union([z.number().int().nonnegative(), z.string().trim().regex(/^\d+$/).transform(Number)]);
/** An optional integer id: null, '', 'null' and absent all mean "none". */
const optIntId = z
  .union([intId, z.literal(''), z.literal('null'), z.null()])
  .optional()
  .transform((v) => (typeof v === 'number' ? v : null));
/** A Traffy ticket id such as 2023-FCX4QQ: no spaces, no separators that could smuggle a second id. */
export const ticketIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{2,39}$/);

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

/** Timeline photo: the contract says one URL string (nullable); the simulator also sends `photos`. */
export const timelineItemSchema = z
  .object({
    timestamp: z.string(),
    status: text,
    org: text.optional(),
    name: text.optional(),
    note: text,
    photo: urlList,
    photos: urlList.optional(),
  })
  .transform(({ photo, photos, ...rest }) => {
    const all = photos && photos.length > 0 ? photos : photo;
    return { ...rest, org: rest.org || rest.name || '', photo: all[0] ?? null, photos: all };
  });

/** One org's view of a ticket; v1 calls the org name `org`, v2 `name`: both come out as `name` (and `org`). */
export const issueOrgSchema = z
  .object({
    org_id: intId,
    name: text.optional(),
    org: text.optional(),
    status: text,
    status_type: text,
    issue_status_id: optIntId,
    org_status_id: optIntId,
    org_statuses_id: optIntId,
  })
  .transform(({ org_statuses_id, ...o }) => {
    const name = o.name || o.org || '';
    return { ...o, name, org: name, org_status_id: o.org_status_id ?? org_statuses_id };
  });

export const issueDetailSchema = z.object({
  ticket_id: z.string().min(1),
  photo: urlList,
  photo_after: urlList,
  status_type: text,
  star: optNum,
  last_activity: text,
  orgs: z.array(issueOrgSchema).default([]),
  timeline: z.array(timelineItemSchema).default([]),
});
export type ApiIssueDetail = z.infer<typeof issueDetailSchema>;

/** A status an org can set. `id` is the value to send: org_statuses_id for an org's own (custom) status,
 * else issue_status_id; `issueStatusId` is always the central status it counts as. */
export interface ApiStatusDef {
  id: number;
  name: string;
  nameEn: string;
  statusType: string;
  custom: boolean;
  issueStatusId: number;
  orgStatusId: number | null;
  sortOrder: number | null;
  color: string;
}

/** An issue category; `orgCategoryId` null = the central category itself. */
export interface ApiCategory {
  id: number;
  name: string;
  nameEn: string;
  orgCategoryId: number | null;
}

/** get-status-list/v2 item. `id` is the value to send: org_statuses_id for an org's own status, else issue_status_id. */
export const statusDefSchema = z
  .object({
    issue_status_id: intId,
    org_statuses_id: optIntId,
    org_status_id: optIntId,
    status: z.string().trim().min(1),
    status_en: text,
    status_type: text,
    sort_order: optNum,
    bg_color: text,
  })
  .transform((s): ApiStatusDef => {
    const orgStatusId = s.org_statuses_id ?? s.org_status_id;
    return {
      id: orgStatusId ?? s.issue_status_id,
      name: s.status,
      nameEn: s.status_en,
      statusType: s.status_type,
      custom: orgStatusId !== null,
      issueStatusId: s.issue_status_id,
      orgStatusId,
      sortOrder: s.sort_order,
      color: s.bg_color,
    };
  });

/** get-type-list/v2 item: `type` is the Thai name; org_category_id null = the central category. */
export const categorySchema = z
  .object({
    issue_category_id: intId,
    org_category_id: optIntId,
    type: z.string().trim().min(1),
    type_en: text,
  })
  .transform((c): ApiCategory => ({ id: c.issue_category_id, name: c.type, nameEn: c.type_en, orgCategoryId: c.org_category_id }));

/** new-issue/v1 `results`; `client_ticket_id` is echoed only when sent. */
export const newIssueResultSchema = z.object({
  ticket_id: ticketIdSchema,
  client_ticket_id: z.string().optional(),
});
