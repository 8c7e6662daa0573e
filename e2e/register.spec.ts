// The coordinator's register: filter by a category and a แขวง (choices and counts from the engine),
// sort by a column header, save the view and re-apply it after a reload, pick rows by mouse and by
// keyboard, assign a unit to two of them in bulk and find them by that unit, search by ticket id.
// (References such as 1555 ids have no UI to add them yet: their search is tested in the engine,
// renderer/src/query/thaiSearch.test.ts.)
import { expect, test, type Locator, type Page } from '@playwright/test';
import { setUpDemo } from './support/demo';

const countOf = async (page: Page) => Number((await page.getByText(/^[\d,]+ เรื่อง$/).textContent())!.replace(/\D/g, ''));

/** Choose the first value a filter offers; returns its name and the count the engine gave it. */
async function chooseFirst(page: Page, input: Locator): Promise<{ value: string; count: number }> {
  await input.click();
  const option = page.getByRole('option').first();
  const text = (await option.textContent())!.trim();
  const m = /^(.*) \(([\d,]+)\)$/.exec(text)!;
  await option.click();
  await page.keyboard.press('Escape');
  return { value: m[1]!, count: Number(m[2]!.replace(/\D/g, '')) };
}

test('filters, header sort, a saved view after reload, bulk unit assignment, keyboard selection', async ({ page }, testInfo) => {
  await setUpDemo(page, 'บางซื่อ');
  await page.goto('/#/register');
  const table = page.getByRole('table', { name: 'ทะเบียนเรื่องร้องเรียน' });
  await expect(table).toBeVisible();
  const all = await countOf(page);
  expect(all).toBeGreaterThan(20);

  // Filters: a category, then a แขวง among that category's cases; counts agree with the choices.
  await page.getByRole('button', { name: 'ตัวกรอง', exact: true }).click();
  const panel = page.getByRole('region', { name: 'ตัวกรองเพิ่มเติม' });
  const category = await chooseFirst(page, panel.getByRole('combobox', { name: 'ประเภท' }));
  await expect(page.getByText(`${category.count.toLocaleString()} เรื่อง`, { exact: true })).toBeVisible();
  const khwaeng = await chooseFirst(page, panel.getByRole('combobox', { name: 'แขวง' }));
  await expect(page.getByText(`${khwaeng.count.toLocaleString()} เรื่อง`, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'ตัวกรอง (2)' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('register-filters.png'), fullPage: true });
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText(khwaeng.value);
  await expect(rows.nth(1)).toContainText(category.value);

  // Sort by clicking the ticket header: ascending, then the header says so.
  const ticketHeader = table.getByRole('columnheader', { name: 'เลขที่เรื่อง' });
  await ticketHeader.getByRole('button').click();
  await expect(ticketHeader).toHaveAttribute('aria-sort', 'ascending');
  const ids = async () => {
    const n = Math.min(await rows.count(), 6);
    const out: string[] = [];
    for (let i = 1; i < n; i++) out.push((await rows.nth(i).getByRole('cell').first().textContent())!.trim());
    return out;
  };
  const sorted = await ids();
  expect(sorted).toEqual([...sorted].sort());

  // Show the units column too, then save the view under a name.
  await page.getByRole('button', { name: 'คอลัมน์' }).click();
  await page.getByRole('checkbox', { name: 'ฝ่ายที่รับผิดชอบ' }).check();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: 'ฝ่ายที่รับผิดชอบ' })).toBeVisible();
  await page.getByRole('button', { name: 'มุมมองที่บันทึก' }).click();
  await page.getByRole('menuitem', { name: 'บันทึกมุมมองนี้…' }).click();
  await page.getByRole('textbox', { name: 'ชื่อมุมมอง' }).fill('ถนนในแขวง');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByText('บันทึกมุมมอง “ถนนในแขวง” แล้ว')).toBeVisible();

  // After a reload the register starts unfiltered; the saved view brings everything back.
  await page.reload();
  await expect(table).toBeVisible();
  await expect(page.getByText(`${all.toLocaleString()} เรื่อง`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'มุมมองที่บันทึก' }).click();
  await page.getByRole('menuitem', { name: 'ถนนในแขวง' }).click();
  await expect(page.getByText(`${khwaeng.count.toLocaleString()} เรื่อง`, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'ตัวกรอง (2)' })).toBeVisible();
  await expect(ticketHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('columnheader', { name: 'ฝ่ายที่รับผิดชอบ' })).toBeVisible();
  expect(await ids()).toEqual(sorted);

  // Select two rows by their checkboxes; Space on a focused row toggles a third one and back.
  const [first, second] = [sorted[0]!, sorted[1]!];
  await table.getByRole('checkbox', { name: `เลือกเรื่อง ${first}` }).click();
  await table.getByRole('checkbox', { name: `เลือกเรื่อง ${second}` }).click();
  await expect(page.getByText('เลือกแล้ว 2 เรื่อง')).toBeVisible();
  if (sorted.length > 2) {
    await rows.nth(3).focus();
    await page.keyboard.press('Space');
    await expect(page.getByText('เลือกแล้ว 3 เรื่อง')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByText('เลือกแล้ว 2 เรื่อง')).toBeVisible();
  }

  // Assign a unit to both, after the confirmation says how many.
  await page.getByRole('button', { name: 'จัดการเรื่องที่เลือก' }).click();
  await page.getByRole('menuitem', { name: 'มอบหมายฝ่าย' }).click();
  const dialog = page.getByRole('dialog', { name: 'มอบหมายฝ่าย' });
  await dialog.getByRole('combobox', { name: 'ฝ่ายที่มอบหมาย' }).click();
  await page.getByRole('option', { name: 'ฝ่ายโยธา' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog.getByText('มอบหมาย ฝ่ายโยธา ให้ 2 เรื่อง')).toBeVisible();
  await dialog.getByRole('button', { name: 'ยืนยัน (2 เรื่อง)' }).click();
  await expect(page.getByText('มอบหมายฝ่ายแล้ว 2 เรื่อง')).toBeVisible();
  await expect(rows.filter({ hasText: first })).toContainText('ฝ่ายโยธา');
  await expect(rows.filter({ hasText: second })).toContainText('ฝ่ายโยธา');

  // The unit filter now offers ฝ่ายโยธา and finds exactly those two (other filters cleared).
  // Open the panel if it is closed (the toggle says so), then clear everything.
  const toggle = page.getByRole('button', { name: 'ตัวกรอง (2)' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await panel.getByRole('button', { name: 'ล้างตัวกรองทั้งหมด' }).click();
  await expect(page.getByText(`${all.toLocaleString()} เรื่อง`, { exact: true })).toBeVisible();
  await panel.getByRole('combobox', { name: 'ฝ่าย', exact: true }).click();
  await page.getByRole('option', { name: /^ฝ่ายโยธา \(\d+\)$/ }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByText('2 เรื่อง', { exact: true })).toBeVisible();

  // Search by ticket id; Enter on the focused row opens the case.
  await page.getByRole('searchbox', { name: 'ค้นหา' }).fill(first);
  await expect(page.getByText('1 เรื่อง', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'ค้นหา' }).fill('   ');
  await expect(page.getByText('2 เรื่อง', { exact: true })).toBeVisible();
  await rows.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: new RegExp(`^(${first}|${second})$`) })).toBeVisible();

  // Back on the register, the view is as it was left.
  await page.getByRole('button', { name: 'กลับ' }).click();
  await expect(page.getByText('2 เรื่อง', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'ตัวกรอง (1)' })).toBeVisible();
});
