// Catch-up from a file: the real Traffy sample imported into a register that was already pulled, then
// pulled again: no case is duplicated. A file that is not a Traffy export changes nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { centralGet } from './support/central';

const SAMPLE = fileURLToPath(new URL('../central-sim/seed/traffy-sample.csv', import.meta.url));

async function caseCount(page: Page): Promise<number> {
  const text = await page.getByText(/^\d+ เรื่อง$/).textContent();
  return Number(text!.replace(/\D/g, ''));
}

test('importing the real sample after a pull, then pulling again, never duplicates a case', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'สำนักงานเขต' }).fill('จตุจักร');
  await page.getByRole('option', { name: 'เขตจตุจักร' }).click();
  await page.getByRole('button', { name: 'เชื่อมต่อและดึงเรื่องของเขต' }).click();
  await expect(page.getByRole('table', { name: 'ทะเบียนเรื่องร้องเรียน' })).toBeVisible();
  const pulled = await caseCount(page);

  // A non-Traffy file: clear message, register unchanged.
  const junk = testInfo.outputPath('junk.csv');
  await import('node:fs/promises').then((fs) => fs.writeFile(junk, 'name,phone\nสมชาย,0812345678\n'));
  await page.getByRole('button', { name: 'นำเข้าไฟล์ Traffy' }).click();
  await page.locator('input[type=file]').setInputFiles(junk);
  await expect(page.getByText(/ไม่ใช่ไฟล์ส่งออกจาก Traffy/)).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await caseCount(page)).toBe(pulled);

  // The real sample: 1,000 rows, every one a case.
  await page.locator('input[type=file]').setInputFiles(SAMPLE);
  await expect(page.getByText(/อ่าน 1000 แถว ได้ 1000 เรื่อง/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'ปิด' }).click();

  const rows = Papa.parse<Record<string, string>>(readFileSync(SAMPLE, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const sampleIds = new Set(rows.map((r) => r.ticket_id).filter(Boolean));
  expect(sampleIds.size).toBeGreaterThan(900);
  // Expected: every sample row once (id-less rows get a stable id of their own) plus the district's
  // central tickets that the sample does not hold (the simulator names its id-less tickets SIM-…).
  const orgs = (await centralGet('khet1030', 'get-org-list/v1', {})).results as { org_id: string }[];
  const central = (await centralGet('khet1030', 'get-issues/v2', { org_id: orgs.map((o) => o.org_id).join(','), duration: 'all' }))
    .results as { ticket_id: string }[];
  expect(central).toHaveLength(pulled);
  const onlyCentral = central.filter((t) => !sampleIds.has(t.ticket_id)).length;
  const afterImport = await caseCount(page);
  expect(afterImport).toBe(1000 + onlyCentral);

  await page.getByRole('button', { name: 'ซิงค์ตอนนี้' }).click();
  await expect(page.getByText(/^ดึงมา \d+ เรื่อง/)).toBeVisible();
  expect(await caseCount(page)).toBe(afterImport);
});
