// Conflicts and the credit figures on the sync screen, as a coordinator meets them: a status change
// made while the central service was unreachable, a central change to the same case meanwhile, the
// conflict shown on the sync screen, resolved by the coordinator, and the edit reaching central once.
import { expect, test } from '@playwright/test';
import { setUpDemo } from './support/demo';
import { CENTRAL_URL, centralGet, centralUpdate } from './support/central';

async function waitingTicket(user: string): Promise<string> {
  const orgs = (await centralGet(user, 'get-org-list/v1', {})).results as { org_id: string }[];
  const issues = (await centralGet(user, 'get-issues/v2', { org_id: orgs.map((o) => o.org_id).join(','), duration: 'all' })).results as {
    ticket_id: string;
    status: string;
  }[];
  return issues.find((i) => i.status === 'รอรับเรื่อง' || i.status === 'กำลังดำเนินการ')!.ticket_id;
}

async function timelineNotes(user: string, ticketId: string): Promise<string[]> {
  const detail = await centralGet(user, 'get-issue/v2', { ticket_id: ticketId });
  return (detail.results as { timeline: { note: string }[] }).timeline.map((e) => e.note);
}

test('an offline edit on a case changed centrally becomes a conflict the coordinator resolves; it then reaches central once', async ({
  page,
}) => {
  await setUpDemo(page, 'บางพลัด');
  const ticketId = await waitingTicket('khet1025');

  // The central service becomes unreachable; the coordinator keeps working.
  await page.route(`${CENTRAL_URL}/**`, (route) => route.abort('connectionrefused'));
  await page.goto(`/#/case/${encodeURIComponent(ticketId)}`);
  await expect(page.getByRole('heading', { name: ticketId })).toBeVisible();
  const note = `ลงพื้นที่แล้ว รอฝ่ายโยธา ${Date.now()}`;
  await page.getByRole('combobox', { name: 'สถานะใหม่' }).click();
  await page.getByRole('option', { name: 'ติดตามเรื่อง' }).click();
  await page.getByRole('textbox', { name: /บันทึกความคืบหน้า/ }).fill(note);
  await expect(page.getByText('จะไม่แจ้งผู้ร้องเรียน (บันทึกในไทม์ไลน์เท่านั้น)')).toBeVisible();
  await page.getByRole('button', { name: 'บันทึกและส่งเข้าคิว' }).click();
  await expect(page.getByText(/บันทึกไว้ในคิวแล้ว/)).toBeVisible();

  // Meanwhile another officer finishes the case centrally.
  expect(
    (await centralUpdate('khet1025', { ticket_id: ticketId, issue_status_id: 4, note: 'ปิดเรื่องโดยเจ้าหน้าที่อีกคน', noti_reporter: false }))
      .status,
  ).toBe('success');

  // Back online: sync shows the conflict instead of pushing over the central change.
  await page.unroute(`${CENTRAL_URL}/**`);
  await page.getByRole('link', { name: 'ซิงค์กับส่วนกลาง' }).click();
  await page.getByRole('button', { name: 'ซิงค์ตอนนี้' }).first().click();
  const conflicts = page.getByRole('region', { name: 'การแก้ไขที่ขัดกับส่วนกลาง (1)' });
  await expect(conflicts).toBeVisible();
  await expect(conflicts.getByText(`ส่วนกลางตอนนี้: เสร็จสิ้น`, { exact: false })).toBeVisible();
  await expect(conflicts.getByText(note, { exact: false })).toBeVisible();
  expect(await timelineNotes('khet1025', ticketId)).not.toContain(note);

  await conflicts.getByRole('button', { name: 'ส่งของฉันต่อ' }).click();
  await expect(page.getByRole('region', { name: /การแก้ไขที่ขัดกับส่วนกลาง/ })).toHaveCount(0);
  await expect.poll(async () => (await timelineNotes('khet1025', ticketId)).filter((n) => n === note).length).toBe(1);
  await expect(page.getByRole('table', { name: 'คิวส่งการอัปเดต' }).getByRole('row').filter({ hasText: ticketId }).first()).toContainText(
    'ส่งแล้ว',
  );
});

test('the sync screen shows credits and calls used, and background sync can be switched to manual', async ({ page }) => {
  await setUpDemo(page, 'ลาดกระบัง');
  await page.getByRole('link', { name: 'ซิงค์กับส่วนกลาง' }).click();
  // The setup pull cost two calls: the organisation list and one get-issues for all the district's orgs.
  await expect(page.getByLabel('เรียกใช้ API วันนี้')).toHaveText('2 ครั้ง (อัตโนมัติ 0)');
  await expect(page.getByLabel('เรียกใช้ API เดือนนี้')).toHaveText('2');
  await expect(page.getByLabel('เครดิตคงเหลือ')).toHaveText(/^\d[\d,]*$/);

  await page.getByText('ซิงค์เองเท่านั้น', { exact: true }).click();
  await page.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
  await expect(page.getByLabel('ดึงอัตโนมัติครั้งถัดไป')).toHaveText('ปิดอยู่ (ซิงค์เอง)');

  await page.getByRole('button', { name: 'ซิงค์ตอนนี้' }).first().click();
  await expect(page.getByLabel('เรียกใช้ API วันนี้')).toHaveText('3 ครั้ง (อัตโนมัติ 0)');
});
