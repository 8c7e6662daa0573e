// Write endpoints: update-issue/v1, comment/v1, join-forward/v1, new-issue/v1, star/v1. Validates the
// JSON body (zod, tolerant of PHP-style strings for numbers and booleans) and calls the mutations.
import { z } from 'zod';
import { MSG } from './envelope';
import { addComment, setStar, updateIssue } from './mutations';
import type { NotiFlags, StatusChoice } from './mutations';
import { joinForward, newIssue, ticketPassword } from './mutations-create';
import type { Handler, HandlerResult } from './router-types';

const intish = z.union([
  z.number().int(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/)
    .transform(Number),
]);
const numberish = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
const flag = z
  .union([z.boolean(), z.literal(1), z.literal(0), z.enum(['true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 1 || v === 'true' || v === '1');
const idText = z.union([z.string(), z.number()]).transform(String);
const optText = z.string().optional();

const notiShape = { noti: flag.optional(), noti_reporter: flag.optional(), noti_staff: flag.optional() };
const refShape = { ticket_id: optText, client_ticket_id: optText, message_id: optText };

const fail = (message: string): HandlerResult => ({ kind: 'fail', message });

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> | string {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return `Invalid request: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''} | ข้อมูลไม่ถูกต้อง`;
}

/** noti_reporter / noti_staff default to true; `noti` sets both. */
function notiFlags(b: { noti?: boolean | undefined; noti_reporter?: boolean | undefined; noti_staff?: boolean | undefined }): NotiFlags {
  return { noti_reporter: b.noti_reporter ?? b.noti ?? true, noti_staff: b.noti_staff ?? b.noti ?? true };
}

const updateSchema = z.object({
  ...refShape,
  ...notiShape,
  org_id: idText.optional(),
  issue_status_id: intish.nullable().optional(),
  org_status_id: z
    .union([intish, z.literal(''), z.literal('null')])
    .nullable()
    .optional(),
  state_name: optText,
  status_id: intish.optional(),
  state_id: intish.optional(),
  org_state_id: intish.optional(),
  note: z.string().optional(),
  photo: z.array(z.string()).optional(),
  photo_base64: z.array(z.string()).optional(),
  photos: z.array(z.object({ uri: optText, url: optText, note: optText })).optional(),
  skip_timeline: flag.optional(),
});

function statusChoice(b: z.infer<typeof updateSchema>): StatusChoice | null {
  if (typeof b.org_status_id === 'number') return { org_status_id: b.org_status_id };
  if (typeof b.issue_status_id === 'number') return { issue_status_id: b.issue_status_id };
  if (b.state_name?.trim()) return { state_name: b.state_name };
  // Legacy ids: small numbers are central statuses, larger ones an org's own.
  const legacy = b.status_id ?? b.state_id ?? b.org_state_id;
  if (legacy === undefined) return null;
  return legacy <= 6 ? { issue_status_id: legacy } : { org_status_id: legacy };
}

export const updateIssueHandler: Handler = ({ sim, account, body }) => {
  const b = parse(updateSchema, body);
  if (typeof b === 'string') return fail(b);
  if (!b.note?.trim()) return fail(MSG.noteRequired);
  const status = statusChoice(b);
  if (!status) return fail(MSG.statusRequired);
  const photo = [...(b.photo ?? []), ...(b.photos ?? []).map((p) => p.url ?? p.uri ?? '').filter((u) => u !== '')];
  const photoBase64 = b.photo_base64 ?? [];
  if (photo.length > 3 || photoBase64.length > 3) return fail(MSG.tooManyPhotos);
  const flags = notiFlags(b);
  const done = updateIssue(sim, account, {
    ticket_id: b.ticket_id,
    client_ticket_id: b.client_ticket_id,
    note: b.note,
    status,
    photo,
    photo_base64: photoBase64,
    org_id: b.org_id,
    skip_timeline: b.skip_timeline ?? false,
    ...flags,
  });
  if (!done.ok) return fail(done.message);
  // The reply never echoes the new status (as the real service).
  const results: Record<string, string> = {};
  if (flags.noti_reporter) results.smsStatus = 'sent';
  if (flags.noti_staff) results.emailStatus = 'sent';
  return { kind: 'json', fields: { org_id: done.org.org_id, source: 'db', results } };
};

const commentSchema = z.object({
  ...refShape,
  ...notiShape,
  comment: z.string().optional(),
  comment_type: z.enum(['chat', 'chat_staff_only', 'comment']).optional(),
  base64comment: optText,
});

export const commentHandler: Handler = ({ sim, account, body }) => {
  const b = parse(commentSchema, body);
  if (typeof b === 'string') return fail(b);
  if (!b.comment?.trim()) return fail('comment is required | กรุณาระบุข้อความ');
  const done = addComment(sim, account, { ...b, comment: b.comment, comment_type: b.comment_type ?? 'chat', ...notiFlags(b) });
  return done.ok ? { kind: 'json', fields: {} } : fail(done.message);
};

const joinForwardSchema = z.object({
  ...refShape,
  ...notiShape,
  scenario: intish,
  destination_group: z
    .union([
      z.array(idText),
      z.string().transform((s) =>
        s
          .split(',')
          .map((x) => x.trim())
          .filter((x) => x !== ''),
      ),
    ])
    .optional(),
  origin_group: idText.optional(),
  note: optText,
  photo: z.array(z.string()).optional(),
  skip_timeline: flag.optional(),
});

export const joinForwardHandler: Handler = ({ sim, account, body }) => {
  const b = parse(joinForwardSchema, body);
  if (typeof b === 'string') return fail(b);
  if (b.scenario !== 1 && b.scenario !== 2) return fail('scenario must be 1 (join) or 2 (forward) | scenario ต้องเป็น 1 หรือ 2');
  if (!b.destination_group || b.destination_group.length === 0) return fail('destination_group is required | กรุณาระบุหน่วยงานปลายทาง');
  const done = joinForward(sim, account, {
    ...b,
    scenario: b.scenario,
    destination_group: b.destination_group,
    note: b.note?.trim() ?? '',
    photo: b.photo ?? [],
    ...notiFlags(b),
  });
  return done.ok ? { kind: 'json', fields: { results: [] } } : fail(done.message);
};

const newIssueSchema = z.object({
  latitude: numberish.optional(),
  longitude: numberish.optional(),
  description: optText,
  address: optText,
  org_id: idText.optional(),
  issue_category_id: intish.optional(),
  category_name_th: optText,
  type_name: optText,
  topic: optText,
  photo: z.array(z.string()).optional(),
  photo_base64: optText,
  client_ticket_id: optText,
  reporter_phone: optText,
  reporter_sms: optText,
  reporter_email: optText,
});

export const newIssueHandler: Handler = ({ sim, account, body }) => {
  const b = parse(newIssueSchema, body);
  if (typeof b === 'string') return fail(b);
  if (b.latitude === undefined || b.longitude === undefined) return fail(MSG.latLonRequired);
  const done = newIssue(sim, account, {
    latitude: b.latitude,
    longitude: b.longitude,
    description: b.description,
    address: b.address,
    org_id: b.org_id,
    issue_category_id: b.issue_category_id,
    category_name: b.category_name_th ?? b.type_name ?? b.topic,
    photo: b.photo ?? [],
    photo_base64: b.photo_base64,
    client_ticket_id: b.client_ticket_id,
  });
  if (!done.ok) return fail(done.message);
  const results: Record<string, string> = { ticket_id: done.ticket.ticket_id };
  if (done.duplicate) {
    return {
      kind: 'json',
      message: `Duplicate of post #${done.ticket.ticket_id}`,
      sessionKey: 'api_log_session',
      fields: { org_id: done.orgIds, results },
    };
  }
  results.password = ticketPassword();
  if (b.client_ticket_id) results.client_ticket_id = b.client_ticket_id;
  if (b.reporter_phone || b.reporter_sms) results.smsStatus = 'sent';
  if (b.reporter_email) results.emailStatus = 'sent';
  // new-issue spells its session key without "_id" (a documented quirk).
  return { kind: 'json', sessionKey: 'api_log_session', fields: { org_id: done.orgIds, results } };
};

const starSchema = z.object({ ...refShape, ...notiShape, star: intish.optional() });

export const starHandler: Handler = ({ sim, account, body }) => {
  const b = parse(starSchema, body);
  if (typeof b === 'string') return fail(b);
  if (b.star === undefined) return fail('star is required | กรุณาระบุคะแนน');
  const done = setStar(sim, account, { ...b, star: b.star, ...notiFlags(b) });
  return done.ok ? { kind: 'json', fields: {} } : fail(done.message);
};
