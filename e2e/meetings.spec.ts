// A citizen meeting on a laptop with no network: create the session, enter 20 items with the keyboard
// only, reload in the middle and find every item, close; then with the network back, submit: every
// item becomes exactly one central ticket, and submitting again creates none.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CENTRAL_URL, centralGet, centralUpdate } from './support/central';
import { readWithOpenpyxl } from './support/spreadsheet';
import { setUpDemo } from './support/demo';

const USER = 'khet1030';

async function districtIssues(): Promise<{ ticket_id: string; description: string; subdistrict: string }[]> {
  const orgs = (await centralGet(USER, 'get-org-list/v1', {})).results as { org_id: string }[];
  return (await centralGet('admin', 'get-issues/v2', { org_id: orgs.map((o) => o.org_id).join(','), duration: 'all' })).results as {
    ticket_id: string;
    description: string;
    subdistrict: string;
  }[];
}

test('a whole meeting session offline, then submitted once, and its follow-up pack', async ({ page }, testInfo) => {
  await setUpDemo(page, 'จตุจักร');
  const subdistrict = (await districtIssues()).find((i) => i.subdistrict)!.subdistrict;
  const stamp = Date.now();
  const text = (n: number) => `ปัญหาจากที่ประชุม ข้อ ${n} รหัส ${stamp}`;

  // Before leaving the office: the central lists onto the laptop.
  await page.getByRole('link', { name: 'ผู้ว่าฯ พบประชาชน' }).click();
  await expect(page.getByText(/ยังไม่มีรายการประเภทและสถานะจากส่วนกลาง/)).toBeVisible();
  await page.getByRole('button', { name: 'ดึงรายการล่าสุด (2 เครดิต)' }).click();
  await expect(page.getByText(/ใช้ได้โดยไม่ต้องต่อเน็ต/)).toBeVisible();

  // No network from here on.
  await page.route(`${CENTRAL_URL}/**`, (route) => route.abort('internetdisconnected'));
  const form = page.getByRole('form', { name: 'สร้างการประชุมใหม่' });
  await form.getByRole('textbox', { name: 'ชื่อการประชุม' }).fill(`ผู้ว่าฯ พบประชาชน ${stamp}`);
  await form.getByRole('textbox', { name: 'แขวง' }).fill(subdistrict);
  await form.getByRole('button', { name: 'สร้างและเริ่มรับเรื่อง' }).click();

  const description = page.getByRole('textbox', { name: /ปัญหาที่แจ้ง/ });
  const enter = async (from: number, to: number) => {
    for (let n = from; n <= to; n++) {
      if (n === 3) {
        // A photo from the laptop for item 3; a file that is not an image is refused with a message.
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: /แนบรูป/ }).click();
        await (
          await chooser
        ).setFiles([
          { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('ไม่ใช่รูป') },
          { name: 'site.png', mimeType: 'image/png', buffer: readFileSync('build/icon.png') },
        ]);
        await expect(page.getByText('notes.txt ไม่ใช่ไฟล์รูป ไม่ได้แนบ')).toBeVisible();
        await expect(page.getByRole('img', { name: 'รูปจากที่ประชุม' })).toHaveCount(1);
        await description.focus();
      }
      await expect(description).toBeFocused();
      await page.keyboard.type(text(n));
      await page.keyboard.press('Enter');
      await expect(page.getByText(`บันทึกเรื่องที่ ${n} แล้ว`)).toBeVisible();
    }
  };
  await enter(1, 10);
  await page.reload();
  const items = page.getByRole('table', { name: 'เรื่องจากที่ประชุม' });
  await expect(items.getByRole('row')).toHaveCount(10);
  await description.focus();
  await enter(11, 20);
  await expect(items.getByRole('row')).toHaveCount(20);
  for (const n of [1, 10, 20]) await expect(items.getByText(text(n))).toBeVisible();
  await expect(page.getByRole('region', { name: 'สรุปการประชุม' })).toContainText('รอรับเรื่อง 20');
  // A slip is corrected before the session is submitted.
  await page.getByRole('button', { name: 'แก้ไขเรื่องที่ 20' }).click();
  await page
    .getByRole('textbox', { name: 'ปัญหาที่แจ้ง' })
    .last()
    .fill(`${text(20)} (แก้ไข)`);
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(items.getByText(`${text(20)} (แก้ไข)`)).toBeVisible();
  await page.getByRole('button', { name: 'ปิดรับเรื่อง' }).click();

  // Network back: submit, twice.
  await page.unroute(`${CENTRAL_URL}/**`);
  await page.getByRole('button', { name: 'ส่งทุกเรื่องเข้าส่วนกลาง' }).click();
  await expect(page.getByText('เข้าคิวส่ง 20 เรื่อง', { exact: false })).toBeVisible();
  await expect(items.getByRole('link')).toHaveCount(20, { timeout: 60_000 });
  await page.getByRole('button', { name: 'ส่งเรื่องที่ค้างอีกครั้ง' }).click();
  await expect(page.getByText('เข้าคิวส่ง 0 เรื่อง เป็นเรื่องในส่วนกลางแล้ว 20 เรื่อง')).toBeVisible();

  const central = (await centralGet('admin', 'get-issues/v2', { duration: 'today' })).results as { description: string; photo: unknown }[];
  const sent = (n: number) => (n === 20 ? `${text(20)} (แก้ไข)` : text(n));
  for (let n = 1; n <= 20; n++)
    expect(
      central.filter((c) => c.description === sent(n)),
      `item ${n}`,
    ).toHaveLength(1);
  expect(JSON.stringify(central.find((c) => c.description === text(3))?.photo)).toMatch(/sim-photo/);

  // The district works on two items centrally; the Part 2 follow-up pack shows every item as it is now.
  const tickets = (await items.getByRole('link').allTextContents()).map((x) => x.trim());
  for (const ticket of tickets.slice(0, 2)) {
    expect(
      (await centralUpdate(USER, { ticket_id: ticket, issue_status_id: 4, note: 'แก้ไขแล้วหลังประชุม', noti_reporter: false })).status,
    ).toBe('success');
  }
  await page.getByRole('button', { name: 'ซิงค์ตอนนี้' }).first().click();
  await expect(items.getByText('เสร็จสิ้น')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ชุดติดตามผล (Excel)' }).click();
  const file = testInfo.outputPath('pack.xlsx');
  await (await download).saveAs(file);
  const rows = readWithOpenpyxl(file);
  const cells = rows.flat().map((c) => String(c?.value ?? ''));
  expect(rows.filter((r) => r.some((c) => String(c?.value ?? '').includes(`รหัส ${stamp}`)))).toHaveLength(20);
  expect(cells.filter((v) => v === 'เสร็จสิ้น')).toHaveLength(2);
  expect(
    cells.some((v) => /\d{1,2} (มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม) 25\d\d/.test(v)),
  ).toBe(true);
});
