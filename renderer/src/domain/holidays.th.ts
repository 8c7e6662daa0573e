// Data: Thai official (government) holidays for BE 2569 (CE 2026) and BE 2570 (CE 2027), the days a
// district office is closed. Used by the business-day clock (deadline.ts); editable in settings, since
// the Cabinet can add special days at any time.
//
// Where the dates come from:
// - Fixed-date holidays: the Cabinet's standing list of annual government holidays (วันหยุดราชการประจำปี),
//   with a substitution day (วันหยุดชดเชย) on the next working day when one falls on a weekend.
// - 2 Jan 2026: special holiday added by Cabinet resolution (announced August 2025).
// - Lunar holidays 2569: BE 2569 is an athikamat year (two 8th months), so Makha Bucha falls on the full
//   moon of month 4 and Visakha Bucha on month 7 (3 Mar, 31 May, 29 Jul, 30 Jul), as in published 2569 calendars.
// - Royal Ploughing Ceremony 2569: 13 May, the date set by the Royal Court Bureau.
// - BE 2570: lunar dates are computed from the Thai lunisolar calendar (ordinary year) and marked
//   `estimated` until the Cabinet publishes the 2570 list; their substitution days are estimates too.
//   The 2570 Royal Ploughing Ceremony is left out: its date is chosen by court astrologers each year.
// Not included: 1 May (Labour Day) and other bank-only or private-sector days (Bank of Thailand list),
// which district offices do not close for; regional holidays.
import type { Holiday } from './holidays';

const KING_BIRTHDAY_TH = 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ พระวชิรเกล้าเจ้าอยู่หัว';

export const HOLIDAYS_TH: readonly Holiday[] = [
  // BE 2569 (CE 2026)
  { date: '2026-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day" },
  { date: '2026-01-02', nameTh: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', nameEn: 'Special government holiday' },
  { date: '2026-03-03', nameTh: 'วันมาฆบูชา', nameEn: 'Makha Bucha Day' },
  { date: '2026-04-06', nameTh: 'วันจักรี', nameEn: 'Chakri Memorial Day' },
  { date: '2026-04-13', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2026-04-14', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2026-04-15', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2026-05-04', nameTh: 'วันฉัตรมงคล', nameEn: 'Coronation Day' },
  { date: '2026-05-13', nameTh: 'วันพืชมงคล', nameEn: 'Royal Ploughing Ceremony Day' },
  { date: '2026-05-31', nameTh: 'วันวิสาขบูชา', nameEn: 'Visakha Bucha Day' },
  { date: '2026-06-01', nameTh: 'วันหยุดชดเชยวันวิสาขบูชา', nameEn: 'Substitution for Visakha Bucha Day', substitute: true },
  {
    date: '2026-06-03',
    nameTh: 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี',
    nameEn: "H.M. Queen Suthida's Birthday",
  },
  { date: '2026-07-28', nameTh: KING_BIRTHDAY_TH, nameEn: "H.M. King Maha Vajiralongkorn's Birthday" },
  { date: '2026-07-29', nameTh: 'วันอาสาฬหบูชา', nameEn: 'Asarnha Bucha Day' },
  { date: '2026-07-30', nameTh: 'วันเข้าพรรษา', nameEn: 'Buddhist Lent Day' },
  { date: '2026-08-12', nameTh: 'วันแม่แห่งชาติ', nameEn: "H.M. Queen Sirikit The Queen Mother's Birthday / Mother's Day" },
  { date: '2026-10-13', nameTh: 'วันนวมินทรมหาราช', nameEn: 'King Bhumibol Adulyadej The Great Memorial Day' },
  { date: '2026-10-23', nameTh: 'วันปิยมหาราช', nameEn: 'King Chulalongkorn Memorial Day' },
  { date: '2026-12-05', nameTh: 'วันพ่อแห่งชาติ', nameEn: "King Bhumibol Adulyadej The Great's Birthday / National Day / Father's Day" },
  { date: '2026-12-07', nameTh: 'วันหยุดชดเชยวันพ่อแห่งชาติ', nameEn: "Substitution for Father's Day", substitute: true },
  { date: '2026-12-10', nameTh: 'วันรัฐธรรมนูญ', nameEn: 'Constitution Day' },
  { date: '2026-12-31', nameTh: 'วันสิ้นปี', nameEn: "New Year's Eve" },

  // BE 2570 (CE 2027)
  { date: '2027-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day" },
  { date: '2027-02-21', nameTh: 'วันมาฆบูชา', nameEn: 'Makha Bucha Day', estimated: true },
  { date: '2027-02-22', nameTh: 'วันหยุดชดเชยวันมาฆบูชา', nameEn: 'Substitution for Makha Bucha Day', substitute: true, estimated: true },
  { date: '2027-04-06', nameTh: 'วันจักรี', nameEn: 'Chakri Memorial Day' },
  { date: '2027-04-13', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2027-04-14', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2027-04-15', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2027-05-04', nameTh: 'วันฉัตรมงคล', nameEn: 'Coronation Day' },
  { date: '2027-05-20', nameTh: 'วันวิสาขบูชา', nameEn: 'Visakha Bucha Day', estimated: true },
  {
    date: '2027-06-03',
    nameTh: 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี',
    nameEn: "H.M. Queen Suthida's Birthday",
  },
  { date: '2027-07-18', nameTh: 'วันอาสาฬหบูชา', nameEn: 'Asarnha Bucha Day', estimated: true },
  { date: '2027-07-19', nameTh: 'วันเข้าพรรษา', nameEn: 'Buddhist Lent Day', estimated: true },
  { date: '2027-07-20', nameTh: 'วันหยุดชดเชยวันอาสาฬหบูชา', nameEn: 'Substitution for Asarnha Bucha Day', substitute: true, estimated: true },
  { date: '2027-07-28', nameTh: KING_BIRTHDAY_TH, nameEn: "H.M. King Maha Vajiralongkorn's Birthday" },
  { date: '2027-08-12', nameTh: 'วันแม่แห่งชาติ', nameEn: "H.M. Queen Sirikit The Queen Mother's Birthday / Mother's Day" },
  { date: '2027-10-13', nameTh: 'วันนวมินทรมหาราช', nameEn: 'King Bhumibol Adulyadej The Great Memorial Day' },
  { date: '2027-10-23', nameTh: 'วันปิยมหาราช', nameEn: 'King Chulalongkorn Memorial Day' },
  { date: '2027-10-25', nameTh: 'วันหยุดชดเชยวันปิยมหาราช', nameEn: 'Substitution for King Chulalongkorn Memorial Day', substitute: true },
  { date: '2027-12-05', nameTh: 'วันพ่อแห่งชาติ', nameEn: "King Bhumibol Adulyadej The Great's Birthday / National Day / Father's Day" },
  { date: '2027-12-06', nameTh: 'วันหยุดชดเชยวันพ่อแห่งชาติ', nameEn: "Substitution for Father's Day", substitute: true },
  { date: '2027-12-10', nameTh: 'วันรัฐธรรมนูญ', nameEn: 'Constitution Day' },
  { date: '2027-12-31', nameTh: 'วันสิ้นปี', nameEn: "New Year's Eve" },
];
