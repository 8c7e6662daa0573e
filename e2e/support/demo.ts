// First-run setup as a user does it: choose the district, keep demo, connect and pull; the register
// of the pulled cases is then on screen.
import { expect, type Page } from '@playwright/test';

export async function setUpDemo(page: Page, district: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'สำนักงานเขต' }).fill(district);
  await page.getByRole('option', { name: `เขต${district}` }).click();
  await page.getByRole('button', { name: 'เชื่อมต่อและดึงเรื่องของเขต' }).click();
  await expect(page.getByRole('table', { name: 'ทะเบียนเรื่องร้องเรียน' })).toBeVisible();
}
