// Bad connection details at first run: a clear message in Thai, nothing stored, the form kept.
import { expect, test, type Page } from '@playwright/test';
import { CENTRAL_URL } from './support/central';

async function fillCentral(page: Page, url: string, user: string, password: string) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'สำนักงานเขต' }).fill('บางรัก');
  await page.getByRole('option', { name: 'เขตบางรัก' }).click();
  await page.getByRole('radio', { name: /บริการส่วนกลาง/ }).check();
  await page.getByRole('textbox', { name: 'ที่อยู่บริการส่วนกลาง (URL)' }).fill(url);
  await page.getByRole('textbox', { name: 'ชื่อผู้ใช้' }).fill(user);
  await page.getByLabel('รหัสผ่าน').fill(password);
  await page.getByRole('button', { name: 'เชื่อมต่อและดึงเรื่องของเขต' }).click();
}

test('a wrong password says so and keeps the user on the setup form', async ({ page }) => {
  await fillCentral(page, CENTRAL_URL, 'khet1004', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('ชื่อผู้ใช้หรือรหัสผ่านของบัญชีส่วนกลางไม่ถูกต้อง');
  await expect(page.getByRole('textbox', { name: 'ชื่อผู้ใช้' })).toHaveValue('khet1004');
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('an unreachable service says so', async ({ page }) => {
  await fillCentral(page, 'http://127.0.0.1:9/exchange-api', 'khet1004', 'demo');
  await expect(page.getByRole('alert')).toContainText('ติดต่อบริการส่วนกลางไม่ได้');
});

test('the right account connects and pulls', async ({ page }) => {
  await fillCentral(page, CENTRAL_URL, 'khet1004', 'demo');
  await expect(page.getByRole('table', { name: 'ทะเบียนเรื่องร้องเรียน' })).toBeVisible();
});
