// A coordinator's morning on the simulator's data, as a user does it: open my queue, route two new
// cases to units, schedule and complete a follow-up, get a reminder, close a case with an after-photo,
// see the closure-quality warning when the same photo closes another case, find a case by Thai words
// and by its 1555 id.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { setUpDemo } from './support/demo';
import { centralGet } from './support/central';

// A real PNG (the app's icon): the app decodes and re-encodes it like any camera photo.
const PHOTO = { name: 'after.png', mimeType: 'image/png', buffer: readFileSync('build/icon.png') };

const queueBox = (page: Page, name: string) => page.getByRole('listitem', { name: new RegExp(`^${name}: `) });
const countOf = async (page: Page, name: string) => Number(((await queueBox(page, name).getAttribute('aria-label')) ?? '').split(': ')[1]);

async function openQueueList(page: Page, name: string) {
  await page.getByRole('link', { name: 'งานของฉัน' }).click();
  await expect(queueBox(page, name)).not.toHaveAttribute('aria-label', /…$/);
  await queueBox(page, name).click();
  return page.getByRole('table', { name });
}

async function routeFirstToUnit(page: Page, unit: string) {
  const list = await openQueueList(page, 'เรื่องใหม่ยังไม่ส่งฝ่าย');
  const link = list.getByRole('link').first();
  const ticket = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { name: ticket })).toBeVisible();
  const routing = page.getByRole('region', { name: 'ฝ่ายที่รับผิดชอบ' });
  await routing.getByRole('button', { name: 'แก้ไข' }).click();
  await routing.getByRole('combobox', { name: 'ฝ่าย' }).click();
  await page.getByRole('option', { name: unit, exact: true }).click();
  await routing.getByRole('button', { name: 'บันทึก' }).click();
  await expect(routing.getByText(unit)).toBeVisible();
  return ticket;
}

async function finishWithPhoto(page: Page, ticket: string, note: string) {
  await page.goto(`/#/case/${encodeURIComponent(ticket)}`);
  await expect(page.getByRole('heading', { name: ticket })).toBeVisible();
  await page.getByRole('combobox', { name: 'สถานะใหม่' }).click();
  await page.getByRole('option', { name: 'เสร็จสิ้น' }).click();
  await page.getByRole('textbox', { name: /บันทึกความคืบหน้า/ }).fill(note);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /แนบรูปหลังดำเนินการ/ }).click();
  await (await chooser).setFiles(PHOTO);
  await expect(page.getByRole('img', { name: 'รูปหลังดำเนินการ' })).toBeVisible();
}

test("a coordinator's morning: queue, routing, follow-ups, reminder, closure with photo, search", async ({ page }) => {
  await page.clock.install();
  await setUpDemo(page, 'ดินแดง');

  // My queue, then route two new cases to units.
  await page.getByRole('link', { name: 'งานของฉัน' }).click();
  await expect(page.getByRole('heading', { name: 'งานของฉันวันนี้' })).toBeVisible();
  await expect(queueBox(page, 'เรื่องใหม่ยังไม่ส่งฝ่าย')).not.toHaveAttribute('aria-label', /…$/);
  const unroutedBefore = await countOf(page, 'เรื่องใหม่ยังไม่ส่งฝ่าย');
  expect(unroutedBefore).toBeGreaterThanOrEqual(2);
  const first = await routeFirstToUnit(page, 'ฝ่ายโยธา');
  const second = await routeFirstToUnit(page, 'ฝ่ายเทศกิจ');
  expect(second).not.toBe(first);
  await page.getByRole('link', { name: 'งานของฉัน' }).click();
  await expect.poll(() => countOf(page, 'เรื่องใหม่ยังไม่ส่งฝ่าย')).toBe(unroutedBefore - 2);

  // Schedule a follow-up on the first case, complete it; schedule another and get its reminder.
  await page.goto(`/#/case/${encodeURIComponent(first)}`);
  const followUps = page.getByRole('form', { name: 'เพิ่มงานติดตาม' });
  await followUps.getByRole('button', { name: 'อีก 1 ชั่วโมง' }).click();
  await followUps.getByRole('textbox', { name: 'รายละเอียด' }).fill('โทรแจ้งผู้ร้องว่าฝ่ายโยธารับเรื่องแล้ว');
  await followUps.getByRole('button', { name: 'เพิ่มงานติดตาม' }).click();
  await page.getByRole('button', { name: 'เสร็จแล้ว' }).click();
  await page.getByRole('textbox', { name: 'ผลการติดตาม' }).fill('โทรแล้ว ผู้ร้องรับทราบ');
  await page.getByRole('button', { name: 'บันทึกผล' }).click();
  await expect(page.getByText('ผล: โทรแล้ว ผู้ร้องรับทราบ')).toBeVisible();

  await followUps.getByRole('button', { name: 'อีก 1 ชั่วโมง' }).click();
  await followUps.getByRole('textbox', { name: 'รายละเอียด' }).fill('ตรวจว่าฝ่ายโยธาซ่อมแล้วหรือยัง');
  await followUps.getByRole('button', { name: 'เพิ่มงานติดตาม' }).click();
  await expect(page.getByText('ตรวจว่าฝ่ายโยธาซ่อมแล้วหรือยัง', { exact: false }).first()).toBeVisible();
  await page.clock.fastForward('01:02:00');
  await expect(page.getByText('ถึงเวลา: โทรหาผู้ร้อง')).toBeVisible();
  await page.getByRole('link', { name: 'งานของฉัน' }).click();
  await expect.poll(() => countOf(page, 'งานติดตามที่เลยกำหนด')).toBe(1);

  // Close the first case with an after-photo: it reaches the central timeline with the photo.
  await finishWithPhoto(page, first, 'ฝ่ายโยธาซ่อมผิวถนนเรียบร้อยแล้ว');
  await page.getByRole('button', { name: 'บันทึกและส่งเข้าคิว' }).click();
  await expect(page.getByText('ส่งการเปลี่ยนสถานะถึงส่วนกลางแล้ว')).toBeVisible();
  const detail = await centralGet('khet1026', 'get-issue/v2', { ticket_id: first });
  const timeline = (detail.results as { timeline: { note: string; photo: string | null }[] }).timeline;
  expect(timeline.find((e) => e.note === 'ฝ่ายโยธาซ่อมผิวถนนเรียบร้อยแล้ว')?.photo).toMatch(/sim-photo/);

  // The same photo closing the second case is flagged; the coordinator proceeds with a reason.
  await finishWithPhoto(page, second, 'เทศกิจดำเนินการแล้ว');
  const warning = page.getByRole('alert').filter({ hasText: 'ตรวจคุณภาพการปิดเรื่อง' });
  await expect(warning.getByText('รูปหลังดำเนินการเคยใช้ปิดเรื่องอื่นแล้ว')).toBeVisible();
  await page.getByRole('button', { name: 'บันทึกและส่งเข้าคิว' }).click();
  await expect(page.getByText('มีข้อเตือนการปิดเรื่อง กรุณาระบุเหตุผลก่อนส่ง')).toBeVisible();
  await warning.getByRole('textbox', { name: /เหตุผลที่ยังปิดเรื่อง/ }).fill('สองเรื่องเป็นจุดเดียวกัน');
  await page.getByRole('button', { name: 'บันทึกและส่งเข้าคิว' }).click();
  await expect(page.getByText('ส่งการเปลี่ยนสถานะถึงส่วนกลางแล้ว')).toBeVisible();

  // Give the second case its 1555 id, then find cases by it and by Thai words.
  const refs = page.getByRole('region', { name: 'เลขอ้างอิงของเรื่อง' });
  await refs.getByRole('textbox', { name: 'เลขที่' }).fill('DD55A1');
  await refs.getByRole('button', { name: 'เพิ่มเลขอ้างอิง' }).click();
  await expect(refs.getByText('DD55A1')).toBeVisible();
  await page.getByRole('link', { name: 'ทะเบียนเรื่อง' }).click();
  const search = page.getByRole('searchbox', { name: /ค้นหา/ });
  await search.fill('DD55A1');
  const table = page.getByRole('table', { name: 'ทะเบียนเรื่องร้องเรียน' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText(second);

  // Thai words from the first case's description (segmented as a user would type them), every word must match.
  const orgs = (await centralGet('khet1026', 'get-org-list/v1', {})).results as { org_id: string }[];
  const issues = (await centralGet('khet1026', 'get-issues/v2', { org_id: orgs.map((o) => o.org_id).join(','), duration: 'all' }))
    .results as { ticket_id: string; description: string }[];
  const description = issues.find((i) => i.ticket_id === first)!.description;
  const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(description)]
    .filter((w) => w.isWordLike && /[\u0E00-\u0E7F]{2,}/.test(w.segment))
    .map((w) => w.segment);
  await search.fill(words.slice(0, 2).join(' '));
  await expect(table.getByRole('row').filter({ hasText: first })).toHaveCount(1);
});
