// Reply templates per status and channel, with placeholders, for the progress notes coordinators write
// many times a day. Pure: the defaults and the filling; the district's own edits live in the register.
import type { StatusBucket } from './status';
import type { CaseChannel } from './case';

export interface ReplyTemplate {
  id: string;
  bucket: StatusBucket;
  /** Absent: any channel. */
  channel?: CaseChannel;
  lang: 'th' | 'en';
  text: string;
}

/** Placeholders: {ticket}, {units}, {date} (Thai formal date), {status}. */
export const DEFAULT_TEMPLATES: readonly ReplyTemplate[] = [
  { id: 'received', bucket: 'inprogress', lang: 'th', text: 'สำนักงานเขตรับเรื่อง {ticket} แล้ว และได้มอบหมาย{units}ดำเนินการ' },
  { id: 'site', bucket: 'inprogress', lang: 'th', text: 'เจ้าหน้าที่{units}ได้ลงพื้นที่ตรวจสอบแล้วเมื่อ {date} อยู่ระหว่างดำเนินการแก้ไข' },
  { id: 'follow', bucket: 'follow', lang: 'th', text: 'อยู่ระหว่างติดตามผลการดำเนินการจาก{units}' },
  { id: 'finished', bucket: 'finish', lang: 'th', text: '{units}ได้ดำเนินการแก้ไขเรียบร้อยแล้วเมื่อ {date} ขอบคุณที่แจ้งปัญหา' },
  { id: 'forward', bucket: 'forward', lang: 'th', text: 'เรื่องนี้อยู่ในความรับผิดชอบของหน่วยงานอื่น สำนักงานเขตได้ส่งต่อเรื่องแล้ว' },
  { id: 'irrelevant', bucket: 'irrelevant', lang: 'th', text: 'ตรวจสอบแล้วไม่อยู่ในอำนาจหน้าที่ของสำนักงานเขต' },
  {
    id: 'letter-reply',
    bucket: 'inprogress',
    channel: 'letter',
    lang: 'th',
    text: 'สำนักงานเขตได้รับหนังสือของท่านแล้ว และจะแจ้งผลการดำเนินการเป็นหนังสือต่อไป',
  },
  {
    id: 'received-en',
    bucket: 'inprogress',
    lang: 'en',
    text: 'The district office has received case {ticket} and assigned it to {units}.',
  },
  { id: 'finished-en', bucket: 'finish', lang: 'en', text: '{units} fixed the problem on {date}. Thank you for reporting it.' },
];

export function templatesFor(
  all: readonly ReplyTemplate[],
  bucket: StatusBucket,
  channel: CaseChannel | undefined,
  lang: 'th' | 'en',
): ReplyTemplate[] {
  return all.filter((t) => t.bucket === bucket && t.lang === lang && (t.channel === undefined || t.channel === (channel ?? 'traffy')));
}

export function fillTemplate(text: string, ctx: { ticket: string; units: readonly string[]; date: string; status: string }): string {
  const units = ctx.units.length > 0 ? ctx.units.join(' ') : 'ฝ่ายที่เกี่ยวข้อง';
  return text
    .replace(/\{ticket\}/g, ctx.ticket)
    .replace(/\{units\}/g, units)
    .replace(/\{date\}/g, ctx.date)
    .replace(/\{status\}/g, ctx.status);
}
