// The settings screen as a district uses it: a new unit offered when routing a case, a shorter deadline
// rule changing a case's deadline badge, a holiday added to next year's calendar, and an edited reply
// template offered in the status form; each edit takes effect without reloading.
import { expect, test, type Page } from '@playwright/test';
import { setUpDemo } from './support/demo';
import { centralGet } from './support/central';

/** An open case of the district about roads (category ถนน). */
async function openRoadTicket(user: string): Promise<string> {
  const orgs = (await centralGet(user, 'get-org-list/v1', {})).results as { org_id: string }[];
  const issues = (await centralGet(user, 'get-issues/v2', { org_id: orgs.map((o) => o.org_id).join(','), duration: 'all' })).results as {
    ticket_id: string;
    status: string;
    type: unknown;
  }[];
  const open = (s: string) => s === 'รอรับเรื่อง' || s === 'กำลังดำเนินการ';
  return issues.find((i) => open(i.status) && JSON.stringify(i.type).includes('ถนน'))!.ticket_id;
}

async function openSettings(page: Page, tab: string) {
  await page.getByRole('link', { name: 'ตั้งค่า' }).click();
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

async function openCase(page: Page, ticket: string) {
  await page.goto(`/#/case/${encodeURIComponent(ticket)}`);
  await expect(page.getByRole('heading', { name: ticket })).toBeVisible();
}

test('units, deadline rules, holidays and reply templates edited in settings take effect at once', async ({ page }) => {
  await setUpDemo(page, 'ห้วยขวาง');
  const ticket = await openRoadTicket('khet1017');

  // A unit: empty and duplicate names are refused, a new one is offered when routing a case.
  await openSettings(page, 'ฝ่าย');
  const units = page.getByRole('region', { name: 'ฝ่ายของสำนักงานเขต' });
  await units.getByRole('button', { name: 'เพิ่มฝ่าย' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'บันทึก' }).click();
  await expect(dialog.getByText('กรุณาใส่ชื่อฝ่าย')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'ชื่อฝ่าย' }).fill('ฝ่ายโยธา');
  await dialog.getByRole('textbox', { name: 'ชื่อฝ่าย' }).press('Enter');
  await expect(dialog.getByText('มีฝ่ายชื่อนี้อยู่แล้ว')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'ชื่อฝ่าย' }).fill('ฝ่ายทดสอบ');
  await dialog.getByRole('button', { name: 'บันทึก' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(units.getByRole('cell', { name: 'ฝ่ายทดสอบ', exact: true })).toBeVisible();

  await openCase(page, ticket);
  const routing = page.getByRole('region', { name: 'ฝ่ายที่รับผิดชอบ' });
  await routing.getByRole('button', { name: 'แก้ไข' }).click();
  await routing.getByRole('combobox', { name: 'ฝ่าย' }).click();
  await expect(page.getByRole('option', { name: 'ฝ่ายทดสอบ', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  // A deadline rule: roads in 1 business day (shorter than any default) changes the case's badge.
  const badge = page.getByRole('status', { name: 'ระยะเวลาดำเนินการ' });
  await expect(badge).toContainText('วันทำการ');
  const before = await badge.textContent();
  await openSettings(page, 'กำหนดเวลา');
  await page.getByRole('button', { name: 'แก้ไข ถนน', exact: true }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'วันทำการ' }).fill('400');
  await page.getByRole('dialog').getByRole('button', { name: 'บันทึก' }).click();
  await expect(page.getByRole('dialog').getByText('จำนวนวันทำการต้องเป็นจำนวนเต็ม 1–365')).toBeVisible();
  await page.getByRole('dialog').getByRole('textbox', { name: 'วันทำการ' }).fill('1');
  await page.getByRole('dialog').getByRole('button', { name: 'บันทึก' }).click();
  await expect(page.getByRole('table', { name: 'กำหนดเวลาตามประเภท' }).getByRole('row', { name: /^ถนน 1 วันทำการ/ })).toBeVisible();
  await openCase(page, ticket);
  await expect(badge).toContainText('วันทำการ');
  await expect(badge).not.toHaveText(before!);

  // A holiday in BE 2570, shown under that year.
  await openSettings(page, 'วันหยุด');
  const holidays = page.getByRole('region', { name: 'ปฏิทินวันหยุด' });
  await holidays.getByRole('button', { name: 'เพิ่มวันหยุด' }).click();
  await page.getByRole('dialog').getByLabel('วันที่').fill('2027-06-15');
  await page.getByRole('dialog').getByRole('textbox', { name: 'ชื่อวันหยุด (ไทย)' }).fill('วันหยุดพิเศษของเขต');
  await page.getByRole('dialog').getByRole('textbox', { name: 'ชื่อวันหยุด (อังกฤษ)' }).fill('District closure');
  await page.getByRole('dialog').getByRole('button', { name: 'บันทึก' }).click();
  await expect(page.getByRole('table', { name: 'วันหยุด พ.ศ. 2570' }).getByRole('row', { name: /วันหยุดพิเศษของเขต/ })).toContainText(
    '15 มิ.ย. 2570',
  );

  // A reply template, then the status form's picker offers it filled with the ticket.
  await openSettings(page, 'ข้อความสำเร็จรูป');
  await page.getByRole('button', { name: /^แก้ไข สำนักงานเขตรับเรื่อง/ }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'ข้อความ' }).fill('เขตห้วยขวางรับเรื่อง {ticket} แล้ว กำลังตรวจสอบ');
  await page.getByRole('dialog').getByRole('button', { name: 'บันทึก' }).click();
  await expect(page.getByRole('cell', { name: 'เขตห้วยขวางรับเรื่อง {ticket} แล้ว กำลังตรวจสอบ', exact: true })).toBeVisible();
  await openCase(page, ticket);
  await page.getByRole('combobox', { name: 'สถานะใหม่' }).click();
  await page.getByRole('option', { name: 'กำลังดำเนินการ' }).click();
  await page.getByRole('combobox', { name: 'ข้อความสำเร็จรูป' }).click();
  await page.getByRole('option', { name: `เขตห้วยขวางรับเรื่อง ${ticket} แล้ว กำลังตรวจสอบ` }).click();
  await expect(page.getByRole('textbox', { name: /บันทึกความคืบหน้า/ })).toHaveValue(`เขตห้วยขวางรับเรื่อง ${ticket} แล้ว กำลังตรวจสอบ`);
});
