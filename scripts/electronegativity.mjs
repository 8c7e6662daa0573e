#!/usr/bin/env node
// Electronegativity over the Electron shell: electron/ (sources, tests left out) plus renderer/index.html,
// scanned together so its global checks (navigation limits, permission handler, CSP) see the whole app.
// The tool exits 0 even with findings, so this script reads its CSV and exits 1 on any finding above LOW
// that is not allowed below with a reason. Exit 2 when the tool's output cannot be trusted.
// Usage: node scripts/electronegativity.mjs
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Findings above LOW that were reviewed and accepted. `sample` must still appear in the flagged line. */
const ALLOWED = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/index.ts',
    sample: 'shell.openExternal(url)',
    reason: 'the only shell.openExternal call; it runs after isAllowedExternalUrl (https, allow-listed hosts only)',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/ipc/shell.ts',
    sample: 'deps.openExternal(url)',
    reason: 'calls the guarded openExternal from index.ts, after checking the allow-list itself',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: 'preload: deps.preloadPath',
    reason: 'the sandboxed preload exposes only named invoke wrappers (electron/preload/api.ts), never ipcRenderer',
  },
];

const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

function run(bin, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function prepareScanDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'khet-electronegativity-'));
  const skip = (src) => /\.test\.tsx?$/.test(src) || src.split(path.sep).includes('test');
  cpSync(path.join(root, 'electron'), path.join(dir, 'electron'), { recursive: true, filter: (src) => !skip(path.relative(root, src)) });
  const html = path.join(root, 'renderer', 'index.html');
  if (existsSync(html)) {
    mkdirSync(path.join(dir, 'renderer'));
    cpSync(html, path.join(dir, 'renderer', 'index.html'));
  }
  return dir;
}

async function main() {
  const bin = require.resolve('@doyensec/electronegativity/dist/index.js');
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const dir = prepareScanDir();
  const csvFile = path.join(dir, 'findings.csv');
  const sarifFile = path.join(dir, 'findings.sarif');
  try {
    const common = ['-i', dir, '-r', '-e', electronVersion];
    // Its CSV writer races the header against the rows (two async writes); the SARIF run, made in parallel,
    // tells how many findings there must be.
    const [csvRun, sarifRun] = await Promise.all([run(bin, [...common, '-o', csvFile]), run(bin, [...common, '-o', sarifFile])]);
    if (csvRun.code !== 0 || sarifRun.code !== 0 || !existsSync(csvFile) || !existsSync(sarifFile)) {
      console.error(`electronegativity failed to run:\n${csvRun.output}\n${sarifRun.output}`);
      return 2;
    }
    const [header, ...rows] = parseCsv(readFileSync(csvFile, 'utf8')).filter((r) => r.some((f) => f.trim() !== ''));
    const expected = JSON.parse(readFileSync(sarifFile, 'utf8')).runs?.[0]?.results?.length;
    if (header?.[0] !== 'issue' || rows.some((r) => r.length !== 8 || !/^[A-Z_]+$/.test(r[0])) || rows.length !== expected) {
      console.error(`electronegativity output is damaged (${rows.length} CSV rows, ${expected} SARIF results); run again.`);
      return 2;
    }

    const used = new Set();
    let failures = 0;
    for (const [check, severity, confidence, file, location, sample] of rows) {
      const relative = file.replace(/\\/g, '/').replace(/^\.?\//, '');
      const allowed = ALLOWED.find((a) => a.check === check && a.file === relative && sample.includes(a.sample));
      const level = SEVERITY[severity] ?? 99;
      let verdict = 'ok';
      if (allowed) {
        verdict = `allowed: ${allowed.reason}`;
        used.add(allowed);
      } else if (level > SEVERITY.LOW) {
        verdict = 'FAIL';
        failures += 1;
      }
      console.log(
        `${verdict === 'FAIL' ? '✗' : '·'} ${check} ${severity}/${confidence} ${relative}:${location} ${sample === 'N/A' ? '' : sample.trim().slice(0, 120)}`,
      );
      if (verdict !== 'ok') console.log(`    ${verdict}`);
    }
    for (const stale of ALLOWED.filter((a) => !used.has(a)))
      console.log(`! allow-list entry matched nothing (remove it?): ${stale.check} ${stale.file}`);
    console.log(
      failures === 0
        ? `electronegativity: ${rows.length} findings, none above LOW unreviewed.`
        : `electronegativity: ${failures} finding(s) above LOW need a fix or a reviewed allow-list entry.`,
    );
    return failures === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
