// The coordinator's core loop, as a user does it: demo setup → pull → open a case → change its
// status with a note → the central service shows the note → export → the .xlsx has every case.
import { expect, test } from '@playwright/test';
import { centralGet } from './support/central';
import { readWithLibreOffice, readWithOpenpyxl } from './support/spreadsheet';

test('demo setup, pull, status change reaches central, export has every case', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'เริ่มใช้งาน Khet Desk' })).toBeVisible();

  await page.getByRole('combobox', { name: 'สำนักงานเขต' }).fill('จตุจักร');
  await page.getByRole('option', { name: 'เขตจตุจักร' }).click();
  await page.getByRole('button', { name: 'เชื่อมต่อและดึงเรื่องของเขต' }).click();

  const table = page.getByRole('table', { name: 'ทะเบียนเรื่องร้องเรียน' });
  await expect(table).toBeVisible();
  const countText = await page.getByText(/^\d+ เรื่อง$/).textContent();
  const pulled = Number(countText!.replace(/\D/g, ''));
  expect(pulled).toBeGreaterThan(5);

  // Open the first case and finish it with a note.
  const firstRow = table.getByRole('row').nth(1);
  const ticketId = (await firstRow.getByRole('cell').first().textContent())!.trim();
  await firstRow.click();
  await expect(page.getByRole('heading', { name: ticketId })).toBeVisible();
  const note = `ตรวจสอบพื้นที่แล้ว ซ่อมเสร็จ ${Date.now()}`;
  await page.getByRole('combobox', { name: 'สถานะใหม่' }).click();
  await page.getByRole('option', { name: 'เสร็จสิ้น' }).click();
  await page.getByRole('textbox', { name: /บันทึกความคืบหน้า/ }).fill(note);
  // Finishing without an after-photo is a closure-quality warning: the coordinator proceeds with a reason.
  await expect(page.getByText('ไม่มีรูปหลังดำเนินการ')).toBeVisible();
  await page.getByRole('textbox', { name: /เหตุผลที่ยังปิดเรื่อง/ }).fill('ตรวจสอบทางโทรศัพท์แล้ว');
  await page.getByRole('button', { name: 'บันทึกและส่งเข้าคิว' }).click();
  await expect(page.getByText('ส่งการเปลี่ยนสถานะถึงส่วนกลางแล้ว')).toBeVisible();
  await expect(page.getByText('ส่งแล้ว').first()).toBeVisible();

  // The central service's own timeline has the note (checked outside the app).
  const detail = await centralGet('khet1030', 'get-issue/v2', { ticket_id: ticketId });
  const timeline = (detail.results as { timeline: { note: string; status: string }[] }).timeline;
  expect(timeline.some((e) => e.note === note && e.status === 'เสร็จสิ้น')).toBe(true);

  // Export the register and read the file back with openpyxl.
  await page.getByRole('button', { name: 'กลับ' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ส่งออก Excel' }).click();
  const download = await downloadPromise;
  const file = testInfo.outputPath('register.xlsx');
  await download.saveAs(file);

  const rows = readWithOpenpyxl(file);
  const header = rows.findIndex((r) => r[0]?.value === 'เลขที่เรื่อง');
  expect(header).toBeGreaterThanOrEqual(0);
  const data = rows.slice(header + 1).filter((r) => r[0]?.value != null);
  expect(data).toHaveLength(pulled);
  expect(data.map((r) => r[0]!.value)).toContain(ticketId);
  expect(data.every((r) => r[0]!.type === 's')).toBe(true);
  expect(data.some((r) => r.some((c) => typeof c.value === 'string' && /[\u0E00-\u0E7F]{5,}/.test(c.value)))).toBe(true);

  const csv = readWithLibreOffice(file);
  if (csv != null) expect(csv).toContain(ticketId);
});
