// The write half of the Exchange API client: update-issue, comment, join-forward, new-issue, star.
// Checks input before spending a credit (at most 3 photos, base64 only, note required, ids numeric),
// always sends noti_reporter explicitly (the service defaults it to true, which texts the citizen)
// and noti_staff true. The service has no idempotency: retry policy belongs to the outbox (push.ts).
import { fail, ok, type Result } from '#contract/result';
import type { CentralClient } from './client';
import { validated, type Caller } from './clientCall';
import { newIssueResultSchema, ticketIdSchema } from './schemas';

export interface StatusUpdate {
  ticketId: string;
  issueStatusId: number;
  note: string;
  notifyReporter: boolean;
  /** after-photos as base64 JPEG (no data: prefix), at most 3 */
  photosBase64?: string[];
}
export type CommentType = 'chat' | 'chat_staff_only' | 'comment';
export interface CommentInput {
  ticketId: string;
  text: string;
  type: CommentType;
  notifyReporter: boolean;
}
export interface JoinForwardInput {
  ticketId: string;
  scenario: 1 | 2;
  destinationOrgIds: string[];
  note: string;
  notifyReporter: boolean;
}
export interface NewIssueInput {
  clientTicketId: string;
  lat: number;
  lon: number;
  description: string;
  address: string;
  categoryName?: string;
  orgId?: string;
  photosBase64: string[];
  reporterPhone?: string;
}
export interface NewIssueOutcome {
  ticketId: string;
  duplicate: boolean;
}

type Writes = Pick<CentralClient, 'updateIssue' | 'comment' | 'joinForward' | 'newIssue' | 'star'>;

export const MAX_UPDATE_PHOTOS = 3;
/** new-issue/v1 takes `photo_base64` as ONE string (contract), so one photo per new ticket. */
export const MAX_NEW_ISSUE_PHOTOS = 1;
const COMMENT_TYPES: readonly CommentType[] = ['chat', 'chat_staff_only', 'comment'];
const DUPLICATE = /duplicate of post #\s*([A-Za-z0-9_-]+)/i;

/** Base64 photos without any data: prefix or whitespace; null if one is not base64 at all. */
function cleanPhotos(photos: readonly string[]): string[] | null {
  const out = photos.map((p) => p.replace(/^data:[^,]*,/, '').replace(/\s+/g, ''));
  return out.every((p) => p.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(p)) ? out : null;
}

const blank = (s: string): boolean => s.trim() === '';

export function createWrites({ call }: Caller): Writes {
  async function send(
    endpoint: 'update-issue/v1' | 'comment/v1' | 'join-forward/v1' | 'star/v1',
    body: Record<string, unknown>,
  ): Promise<Result<void>> {
    const env = await call({ method: endpoint === 'update-issue/v1' ? 'PATCH' : 'POST', endpoint, body });
    return env.ok ? ok(undefined) : env;
  }

  return {
    async updateIssue(u) {
      if (blank(u.ticketId)) return fail('invalid-input', 'update-issue: ticket id is required');
      if (blank(u.note)) return fail('invalid-input', 'update-issue: note is required');
      if (!Number.isInteger(u.issueStatusId) || u.issueStatusId <= 0)
        return fail('invalid-input', `update-issue: bad status id ${u.issueStatusId}`);
      const photos = u.photosBase64 ?? [];
      if (photos.length > MAX_UPDATE_PHOTOS)
        return fail('invalid-input', `update-issue: at most ${MAX_UPDATE_PHOTOS} photos, got ${photos.length}`);
      const photoBase64 = cleanPhotos(photos);
      if (!photoBase64) return fail('invalid-input', 'update-issue: a photo is not base64');
      return send('update-issue/v1', {
        ticket_id: u.ticketId,
        issue_status_id: u.issueStatusId,
        note: u.note,
        noti_reporter: u.notifyReporter,
        noti_staff: true,
        ...(photoBase64.length > 0 ? { photo_base64: photoBase64 } : {}),
      });
    },

    async comment(c) {
      if (blank(c.ticketId) || blank(c.text)) return fail('invalid-input', 'comment: ticket id and text are required');
      if (!COMMENT_TYPES.includes(c.type)) return fail('invalid-input', `comment: unknown type ${String(c.type)}`);
      return send('comment/v1', {
        ticket_id: c.ticketId,
        comment: c.text,
        comment_type: c.type,
        noti_reporter: c.notifyReporter,
        noti_staff: true,
      });
    },

    async joinForward(j) {
      if (blank(j.ticketId)) return fail('invalid-input', 'join-forward: ticket id is required');
      if (j.scenario !== 1 && j.scenario !== 2) return fail('invalid-input', `join-forward: scenario must be 1 or 2`);
      const ids = j.destinationOrgIds.map((id) => id.trim());
      if (ids.length === 0 || !ids.every((id) => /^\d+$/.test(id)))
        return fail('invalid-input', 'join-forward: destination org ids must be integers');
      // The contract types destination_group as an array of integers.
      return send('join-forward/v1', {
        ticket_id: j.ticketId,
        scenario: j.scenario,
        destination_group: ids.map(Number),
        note: j.note,
        noti_reporter: j.notifyReporter,
        noti_staff: true,
      });
    },

    async newIssue(n) {
      if (!Number.isFinite(n.lat) || !Number.isFinite(n.lon) || Math.abs(n.lat) > 90 || Math.abs(n.lon) > 180) {
        return fail('invalid-input', `new-issue: bad coordinates ${n.lat},${n.lon}`);
      }
      if (blank(n.clientTicketId)) return fail('invalid-input', 'new-issue: client ticket id is required (it is what makes a retry safe)');
      if (n.orgId !== undefined && !/^\d+(,\d+)*$/.test(n.orgId.trim())) return fail('invalid-input', `new-issue: bad org id ${n.orgId}`);
      if (n.photosBase64.length > MAX_NEW_ISSUE_PHOTOS)
        return fail('invalid-input', `new-issue: at most ${MAX_NEW_ISSUE_PHOTOS} photo, got ${n.photosBase64.length}`);
      const photos = cleanPhotos(n.photosBase64);
      if (!photos) return fail('invalid-input', 'new-issue: a photo is not base64');
      const env = await call({
        method: 'POST',
        endpoint: 'new-issue/v1',
        body: {
          latitude: n.lat,
          longitude: n.lon,
          description: n.description,
          address: n.address,
          client_ticket_id: n.clientTicketId,
          ...(n.categoryName ? { category_name_th: n.categoryName } : {}),
          ...(n.orgId ? { org_id: n.orgId.trim() } : {}),
          ...(photos[0] ? { photo_base64: photos[0] } : {}),
          ...(n.reporterPhone ? { reporter_phone: n.reporterPhone } : {}),
        },
      });
      // "Duplicate of post #<id>" names the existing ticket: an answer, not an error, whatever its status.
      const message = env.ok ? env.value.message : env.error.message;
      const dup = ticketIdSchema.safeParse(DUPLICATE.exec(message)?.[1]);
      if (dup.success) return ok({ ticketId: dup.data, duplicate: true });
      if (!env.ok) return env;
      const results = validated(newIssueResultSchema, env.value.body.results, 'new-issue/v1');
      if (!results.ok) return results;
      const echoed = results.value.client_ticket_id;
      if (echoed !== undefined && echoed !== n.clientTicketId)
        return fail('bad-response', `new-issue/v1: sent ${n.clientTicketId}, echoed ${echoed}`);
      return ok({ ticketId: results.value.ticket_id, duplicate: false });
    },

    async star(ticketId, star) {
      if (blank(ticketId)) return fail('invalid-input', 'star: ticket id is required');
      if (!Number.isInteger(star) || star < 1 || star > 5) return fail('invalid-input', `star: must be 1 to 5, got ${star}`);
      // Rating is the desk's own note: never text the citizen about it.
      return send('star/v1', { ticket_id: ticketId, star, noti_reporter: false, noti_staff: true });
    },
  };
}
