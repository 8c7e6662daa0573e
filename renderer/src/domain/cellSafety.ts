// Spreadsheet formula-injection defence for every exported free-text cell, XLSX and CSV alike
// (OWASP "CSV Injection"; DESIGN.md §5). Pure.
// Never: changes text that does not start with a trigger character, or strips anything (the quote is
// added, the citizen's words stay as written).

const TRIGGER = /^[=+\-@\t\r\n]/;

/** Prefix `'` when the text starts with `=`, `+`, `-`, `@`, tab, CR or LF, so no reader runs it as a formula. */
export function neutralizeCell(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}
