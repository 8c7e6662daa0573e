// The sync screen: credits, the last pull, and "what changed" when the central side moves a case.
import { expect, test } from '@playwright/test';
import { centralGet, centralUpdate } from './support/central';

test('what changed lists new cases, then a status change made centrally', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'สำนักงานเขต' }).fill('บางรัก');
  await page.getByRole('option', { name: 'เขตบางรัก' }).click();
  await page.getByRole('button', { name: 'เชื่อมต่อและดึงเรื่องของเขต' }).click();
  await expect(page.getByRole('table', { name: 'ทะเบียนเรื่องร้องเรียน' })).toBeVisible();
  const pulled = Number((await page.getByText(/^\d+ เรื่อง$/).textContent())!.replace(/\D/g, ''));

  await page.getByRole('link', { name: 'ซิงค์กับส่วนกลาง' }).click();
  await expect(page.getByRole('heading', { name: `สิ่งที่เปลี่ยนจากการดึงครั้งล่าสุด (${pulled})` })).toBeVisible();
  await expect(page.getByText(/^เครดิต API: \d+/)).toBeVisible();

  // Someone finishes one of the district's open cases on the central side.
  const orgs = (await centralGet('khet1004', 'get-org-list/v1', {})).results as { org_id: string }[];
  const issues = (await centralGet('khet1004', 'get-issues/v2', { org_id: orgs.map((o) => o.org_id).join(','), duration: 'all' }))
    .results as {
    ticket_id: string;
    status: string;
  }[];
  const open = issues.find((i) => i.status !== 'เสร็จสิ้น')!;
  const updated = await centralUpdate('khet1004', {
    ticket_id: open.ticket_id,
    issue_status_id: 4,
    note: 'ดำเนินการเสร็จ (ส่วนกลาง)',
    noti_reporter: false,
  });
  expect(updated.status).toBe('success');

  await page.getByRole('button', { name: 'ซิงค์ตอนนี้' }).first().click();
  await expect(page.getByRole('heading', { name: 'สิ่งที่เปลี่ยนจากการดึงครั้งล่าสุด (1)' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: open.ticket_id });
  await expect(item.getByText('สถานะเปลี่ยน')).toBeVisible();
});
