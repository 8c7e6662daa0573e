import { describe, expect, it } from 'vitest';
import {
  cleanName,
  deadlineRuleProblem,
  holidayProblem,
  holidayYears,
  newTemplateId,
  routingRuleProblem,
  templateProblem,
  unitProblem,
  withItem,
  withoutItem,
} from './validate';

describe('units', () => {
  it('refuses an empty name and a duplicate (spaces and case ignored)', () => {
    expect(unitProblem(['ฝ่ายโยธา', '  '], 1)).toBe('nameRequired');
    expect(unitProblem(['ฝ่ายโยธา', ' ฝ่ายโยธา '], 1)).toBe('nameDuplicate');
    expect(unitProblem(['Works', 'works'], 1)).toBe('nameDuplicate');
    expect(unitProblem(['ฝ่ายโยธา', 'ฝ่ายทดสอบ'], 1)).toBeNull();
  });
  it('allows renaming a unit to itself', () => {
    expect(unitProblem(['ฝ่ายโยธา', 'ฝ่ายเทศกิจ'], 0)).toBeNull();
  });
  it('cleans names', () => {
    expect(cleanName('  ฝ่าย   ทดสอบ ')).toBe('ฝ่าย ทดสอบ');
  });
});

describe('routing rules', () => {
  it('needs a keyword and a unit', () => {
    expect(routingRuleProblem([{ keyword: ' ', unit: 'ฝ่ายโยธา' }], 0)).toBe('keywordRequired');
    expect(routingRuleProblem([{ keyword: 'ถนน', unit: '' }], 0)).toBe('unitRequired');
  });
  it('refuses the same keyword, unit and place twice, but not in a different place', () => {
    const rules = [
      { keyword: 'ถนน', unit: 'ฝ่ายโยธา', in: 'category' as const },
      { keyword: 'ถ นน', unit: 'ฝ่ายโยธา', in: 'category' as const },
    ];
    expect(routingRuleProblem(rules, 1)).toBe('ruleDuplicate');
    expect(routingRuleProblem([rules[0]!, { keyword: 'ถนน', unit: 'ฝ่ายโยธา' }], 1)).toBeNull();
  });
});

describe('deadline rules', () => {
  it('needs a category and whole business days from 1 to 365', () => {
    expect(deadlineRuleProblem([{ category: '', businessDays: 3 }], 0)).toBe('categoryRequired');
    expect(deadlineRuleProblem([{ category: 'ถนน', businessDays: 0 }], 0)).toBe('daysRange');
    expect(deadlineRuleProblem([{ category: 'ถนน', businessDays: 366 }], 0)).toBe('daysRange');
    expect(deadlineRuleProblem([{ category: 'ถนน', businessDays: 2.5 }], 0)).toBe('daysRange');
    expect(deadlineRuleProblem([{ category: '*', businessDays: 365 }], 0)).toBeNull();
  });
  it('refuses a category twice', () => {
    expect(
      deadlineRuleProblem(
        [
          { category: 'PM2.5', businessDays: 7 },
          { category: 'pm2.5', businessDays: 3 },
        ],
        1,
      ),
    ).toBe('categoryDuplicate');
  });
});

describe('holidays', () => {
  it('needs a real date, a Thai name and a day not already listed', () => {
    expect(holidayProblem([{ date: '2026-02-30', nameTh: 'x', nameEn: '' }], 0)).toBe('dateInvalid');
    expect(holidayProblem([{ date: '2569-01-01', nameTh: 'x', nameEn: '' }], 0)).toBe('dateInvalid');
    expect(holidayProblem([{ date: '2026-06-01', nameTh: ' ', nameEn: 'x' }], 0)).toBe('holidayNameRequired');
    const list = [
      { date: '2026-06-01', nameTh: 'ก', nameEn: '' },
      { date: '2026-06-01', nameTh: 'ข', nameEn: '' },
    ];
    expect(holidayProblem(list, 1)).toBe('dateDuplicate');
    expect(holidayProblem([list[0]!], 0)).toBeNull();
  });
  it('lists the years present and the current one', () => {
    expect(holidayYears([{ date: '2027-01-01', nameTh: 'ก', nameEn: '' }], 2026)).toEqual([2026, 2027]);
  });
});

describe('templates', () => {
  it('needs text and only known placeholders', () => {
    expect(templateProblem({ text: '  ' })).toBe('textRequired');
    expect(templateProblem({ text: 'เรื่อง {tiket}' })).toBe('placeholderUnknown');
    expect(templateProblem({ text: '{ticket} {units} {date} {status}' })).toBeNull();
  });
  it('gives a new id unlike the others', () => {
    const now = 1_700_000_000_000;
    const first = newTemplateId([], now);
    expect(newTemplateId([{ id: first }], now)).not.toBe(first);
  });
});

describe('lists', () => {
  it('always builds a new array', () => {
    const list = [1, 2, 3];
    expect(withItem(list, 1, 9)).toEqual([1, 9, 3]);
    expect(withItem(list, -1, 4)).toEqual([1, 2, 3, 4]);
    expect(withoutItem(list, 0)).toEqual([2, 3]);
    expect(withItem(list, 0, 1)).not.toBe(list);
  });
});
