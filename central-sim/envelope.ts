// The reply envelope every Exchange API JSON answer carries (status, "English | Thai" message,
// exec_time, credit_balance, api_log_session_id) and the reply object handlers hand to the server.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export const MSG = {
  success: 'Success | สำเร็จ',
  quotaLow: 'Almost running out of API usage quota | ใกล้ใช้โควต้าการใช้งาน API หมดแล้ว',
  quotaOut: 'Running out of API usage quota | โควต้าการใช้งาน API หมดแล้ว',
  badToken: 'Invalid or expired token | โทเคนไม่ถูกต้องหรือหมดอายุ',
  badLogin: 'Invalid username or password | ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
  notFound: 'Ticket not found | ไม่พบเรื่อง',
  noEndpoint: 'Endpoint not found | ไม่พบ API ที่เรียก',
  badMethod: 'Method not allowed | ไม่อนุญาตให้ใช้เมธอดนี้',
  badJson: 'Invalid JSON body | รูปแบบข้อมูล JSON ไม่ถูกต้อง',
  forbidden: 'Permission denied for this ticket | ไม่มีสิทธิ์ดำเนินการกับเรื่องนี้',
  orgNotFound: 'Organization not found | ไม่พบหน่วยงาน',
  noteRequired: 'note is required | กรุณาระบุ note',
  statusRequired: 'Status is required (issue_status_id, org_status_id or state_name) | กรุณาระบุสถานะ',
  badStatus: 'Invalid status | สถานะไม่ถูกต้อง',
  tooManyPhotos: 'At most 3 photos | แนบรูปได้ไม่เกิน 3 รูป',
  badDuration: 'Invalid duration (today, 3days, all) | ช่วงเวลาไม่ถูกต้อง',
  searchTooShort: 'Search text must be at least 3 bytes | คำค้นต้องยาวอย่างน้อย 3 ไบต์',
  badOrgId: 'org_id must be a single integer | org_id ต้องเป็นตัวเลขจำนวนเต็มค่าเดียว',
  latLonRequired: 'latitude and longitude are required | กรุณาระบุพิกัด latitude และ longitude',
  ticketRequired: 'ticket_id or client_ticket_id is required | กรุณาระบุ ticket_id',
} as const;

export type EnvelopeStatus = 'success' | 'warning' | 'fail';

export interface Reply {
  httpStatus: number;
  contentType: string;
  body: string | Buffer;
  /** JSON replies can be truncated by the malformed fault; CSV and photos are left alone. */
  isJson: boolean;
  headers?: Record<string, string>;
}

export const sessionId = (): string => randomBytes(12).toString('hex');

/** Seconds since `started` (a performance.now() reading), as Traffy reports exec_time. */
export const execTime = (started: number): number => Math.round(performance.now() - started) / 1000;

export interface EnvelopeHead {
  status: EnvelopeStatus;
  message: string;
  credit_balance: number | null;
  started: number;
}

/** Envelope first, then the endpoint's fields (which may override nothing but add anything). */
export function jsonReply(
  head: EnvelopeHead,
  fields: Record<string, unknown> = {},
  httpStatus = 200,
  sessionKey = 'api_log_session_id',
): Reply {
  const body = {
    status: head.status,
    message: head.message,
    exec_time: execTime(head.started),
    credit_balance: head.credit_balance,
    ...fields,
    [sessionKey]: sessionId(),
  };
  return { httpStatus, contentType: 'application/json; charset=utf-8', body: JSON.stringify(body), isJson: true };
}

export function failReply(message: string, credit_balance: number | null, started: number, httpStatus = 200): Reply {
  return jsonReply({ status: 'fail', message, credit_balance, started }, {}, httpStatus);
}
