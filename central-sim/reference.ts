// Reference lists the simulator is built on: the 50 Bangkok districts and the usual district units.
// A copy of /work/shared/reference/bangkok-districts.csv and bma-district-units.csv, embedded so the
// simulator bundles into the Electron main process without extra files (reference.test.ts checks the copy).

export interface District {
  code: string;
  name_th: string;
  name_en: string;
}

export interface UnitTemplate {
  name_th: string;
  name_en: string;
}

const DISTRICT_ROWS: readonly (readonly [string, string, string])[] = [
  ['1001', 'พระนคร', 'Phra Nakhon'],
  ['1002', 'ดุสิต', 'Dusit'],
  ['1003', 'หนองจอก', 'Nong Chok'],
  ['1004', 'บางรัก', 'Bang Rak'],
  ['1005', 'บางเขน', 'Bang Khen'],
  ['1006', 'บางกะปิ', 'Bang Kapi'],
  ['1007', 'ปทุมวัน', 'Pathum Wan'],
  ['1008', 'ป้อมปราบศัตรูพ่าย', 'Pom Prap Sattru Phai'],
  ['1009', 'พระโขนง', 'Phra Khanong'],
  ['1010', 'มีนบุรี', 'Min Buri'],
  ['1011', 'ลาดกระบัง', 'Lat Krabang'],
  ['1012', 'ยานนาวา', 'Yan Nawa'],
  ['1013', 'สัมพันธวงศ์', 'Samphanthawong'],
  ['1014', 'พญาไท', 'Phaya Thai'],
  ['1015', 'ธนบุรี', 'Thon Buri'],
  ['1016', 'บางกอกใหญ่', 'Bangkok Yai'],
  ['1017', 'ห้วยขวาง', 'Huai Khwang'],
  ['1018', 'คลองสาน', 'Khlong San'],
  ['1019', 'ตลิ่งชัน', 'Taling Chan'],
  ['1020', 'บางกอกน้อย', 'Bangkok Noi'],
  ['1021', 'บางขุนเทียน', 'Bang Khun Thian'],
  ['1022', 'ภาษีเจริญ', 'Phasi Charoen'],
  ['1023', 'หนองแขม', 'Nong Khaem'],
  ['1024', 'ราษฎร์บูรณะ', 'Rat Burana'],
  ['1025', 'บางพลัด', 'Bang Phlat'],
  ['1026', 'ดินแดง', 'Din Daeng'],
  ['1027', 'บึงกุ่ม', 'Bueng Kum'],
  ['1028', 'สาทร', 'Sathon'],
  ['1029', 'บางซื่อ', 'Bang Sue'],
  ['1030', 'จตุจักร', 'Chatuchak'],
  ['1031', 'บางคอแหลม', 'Bang Kho Laem'],
  ['1032', 'ประเวศ', 'Prawet'],
  ['1033', 'คลองเตย', 'Khlong Toei'],
  ['1034', 'สวนหลวง', 'Suan Luang'],
  ['1035', 'จอมทอง', 'Chom Thong'],
  ['1036', 'ดอนเมือง', 'Don Mueang'],
  ['1037', 'ราชเทวี', 'Ratchathewi'],
  ['1038', 'ลาดพร้าว', 'Lat Phrao'],
  ['1039', 'วัฒนา', 'Watthana'],
  ['1040', 'บางแค', 'Bang Khae'],
  ['1041', 'หลักสี่', 'Lak Si'],
  ['1042', 'สายไหม', 'Sai Mai'],
  ['1043', 'คันนายาว', 'Khan Na Yao'],
  ['1044', 'สะพานสูง', 'Saphan Sung'],
  ['1045', 'วังทองหลาง', 'Wang Thonglang'],
  ['1046', 'คลองสามวา', 'Khlong Sam Wa'],
  ['1047', 'บางนา', 'Bang Na'],
  ['1048', 'ทวีวัฒนา', 'Thawi Watthana'],
  ['1049', 'ทุ่งครุ', 'Thung Khru'],
  ['1050', 'บางบอน', 'Bang Bon'],
];

export const DISTRICTS: readonly District[] = DISTRICT_ROWS.map(([code, name_th, name_en]) => ({ code, name_th, name_en }));

/** In CSV order: unit i gets org id `${code}${i+1 padded to 2}`. */
export const UNITS: readonly UnitTemplate[] = [
  { name_th: 'ฝ่ายปกครอง', name_en: 'Administration' },
  { name_th: 'ฝ่ายทะเบียน', name_en: 'Civil Registration' },
  { name_th: 'ฝ่ายการคลัง', name_en: 'Finance' },
  { name_th: 'ฝ่ายรายได้', name_en: 'Revenue' },
  { name_th: 'ฝ่ายเทศกิจ', name_en: 'City Law Enforcement' },
  { name_th: 'ฝ่ายโยธา', name_en: 'Public Works' },
  { name_th: 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ', name_en: 'Cleansing and Public Parks' },
  { name_th: 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล', name_en: 'Environment and Sanitation' },
  { name_th: 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม', name_en: 'Community Development and Social Welfare' },
  { name_th: 'ฝ่ายการศึกษา', name_en: 'Education' },
];
