// Reads an .xlsx back with readers nobody here wrote: openpyxl (Debian's python3-openpyxl) and, where
// installed, LibreOffice headless.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SheetCell {
  value: string | number | null;
  type: string;
}

const SCRIPT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = [[{"value": c.value if isinstance(c.value, (int, float)) or c.value is None else str(c.value), "type": c.data_type} for c in row] for row in ws.iter_rows()]
print(json.dumps(rows, ensure_ascii=False))
`;

export function readWithOpenpyxl(file: string): SheetCell[][] {
  const out = execFileSync('/usr/bin/python3', ['-c', SCRIPT, file], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return JSON.parse(out) as SheetCell[][];
}

/** CSV text of the first sheet as LibreOffice sees it, or null when LibreOffice is not installed. */
export function readWithLibreOffice(file: string): string | null {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) return null;
  const outDir = mkdtempSync(path.join(tmpdir(), 'khet-lo-'));
  execFileSync(soffice, ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', outDir, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const csv = readdirSync(outDir).find((f) => f.endsWith('.csv'));
  return csv ? readFileSync(path.join(outDir, csv), 'utf8') : null;
}
