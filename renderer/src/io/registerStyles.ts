// The register workbook's xl/styles.xml: Sarabun as the default font (so the file opens in the Thai
// government look wherever the font is installed), the date-cell format, bold header and title.
// Never: knows about rows or cells beyond the style indices (XF) the writer puts on them.

/** The register's font: Sarabun, as the app; Thai charset so Windows substitutes a Thai font if absent. */
export const REGISTER_FONT = 'Sarabun';
/** Date cells show Bangkok wall-clock time; the text columns beside them carry the BE display. */
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
/** cellXfs indices the row writer may use. */
export const XF = { normal: 0, date: 1, header: 2, title: 3 } as const;

const font = (extra: string) =>
  `<font>${extra}<color theme="1"/><name val="${REGISTER_FONT}"/><family val="2"/><charset val="222"/></font>`;

/** Replaces SheetJS's styles (whose default font is Calibri bound to the theme's minor scheme). */
export function registerStylesXml(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="${DATE_FORMAT}"/></numFmts>`,
    `<fonts count="3">${font('<sz val="11"/>')}${font('<b/><sz val="11"/>')}${font('<b/><sz val="14"/>')}</fonts>`,
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>',
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleMedium4"/>',
    '</styleSheet>',
  ].join('');
}
