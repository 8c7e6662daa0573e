// `npm run bench`: the benchmark harness. Builds the app and the bench page (e2e/bench) in one Vite
// production build, serves both from one origin, drives the app's real code in headless Chromium
// (Debian's /usr/bin/chromium) through Playwright, and writes one JSON report plus a short table.
//
//   npm run bench -- [--cases N] [--import FILE.csv|.xlsx] [--out FILE.json]
//                    [--query-reps 20] [--baseline-reps 3] [--baseline-budget 90] [--startup-runs 3] [--keep-csv]
//                    [--skip write,chunked,import,search,baseline,export,startup,libreoffice]
//
// --cases N      synthetic register of N realistic Thai cases (default 100000; without --cases, an
//                --import run benchmarks the imported register instead)
// --import FILE  import FILE through the app's import path and report it under `import`
// --out FILE     the JSON report (default bench-report.json)
// See e2e/bench/README.md for what each number means.
import { spawn, spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const APP_DB = 'khet-desk';
const RAW_DB = 'bench-raw';
const IMPORT_DB = 'bench-import';
/** What the issue asks of the app (DESIGN.md §4 scale: 100,000 cases). */
const TARGETS = {
  write_ratio: 1.5,
  import_ms_100k: 20_000,
  query_p95_ms: 50,
  search_p95_ms: 100,
  startup_ms: 1500,
  export_ms: 10_000,
  heap_mb: 300,
};

// ------------------------------------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = {
    cases: null,
    importFile: null,
    out: 'bench-report.json',
    queryReps: 20,
    baselineReps: 3,
    baselineBudgetS: 90,
    startupRuns: 3,
    keepCsv: false,
    skip: new Set(),
  };
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const count = (min) => {
      const n = Number(value().replace(/[_,]/g, ''));
      if (!Number.isInteger(n) || n < min) throw new Error(`${a} needs an integer ≥ ${min}`);
      return n;
    };
    if (a === '--cases') opts.cases = count(1);
    else if (a === '--import') opts.importFile = path.resolve(value());
    else if (a === '--out') opts.out = value();
    else if (a === '--query-reps') opts.queryReps = count(1);
    else if (a === '--baseline-reps') opts.baselineReps = count(0);
    else if (a === '--baseline-budget') opts.baselineBudgetS = count(0);
    else if (a === '--startup-runs') opts.startupRuns = count(1);
    else if (a === '--keep-csv') opts.keepCsv = true;
    else if (a === '--skip') for (const p of value().split(',')) opts.skip.add(p.trim());
    else if (a === '--help' || a === '-h') {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .slice(4, 12)
          .map((l) => l.replace(/^\/\/ ?/, ''))
          .join('\n'),
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  if (opts.importFile && !existsSync(opts.importFile)) throw new Error(`--import: no such file ${opts.importFile}`);
  if (opts.cases === null && !opts.importFile) opts.cases = 100_000;
  opts.out = path.resolve(opts.out);
  return opts;
}

// ------------------------------------------------------------------------------------------- helpers

const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s`;
const log = (msg) => console.log(`[${elapsed()}] ${msg}`);
const mb = (bytes) => (bytes == null ? null : Math.round((bytes / 1048576) * 10) / 10);
const fmtMs = (ms) =>
  ms == null ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
const fmtN = (n) => (n == null ? '—' : n.toLocaleString('en'));
const errText = (e) => (e instanceof Error ? e.message.split('\n')[0] : String(e));

/** Writes what has been measured so far (`partial: true`); set by main(), called before every phase. */
let checkpoint = () => undefined;

/** Run one phase; a failure is recorded in the report (`{ error }`) instead of ending the run. */
async function phase(name, fn) {
  checkpoint();
  const start = Date.now();
  log(`── ${name}`);
  try {
    const result = await fn();
    log(`   ${name} done in ${((Date.now() - start) / 1000).toFixed(1)} s`);
    return result;
  } catch (e) {
    log(`   ${name} FAILED: ${errText(e)}`);
    return { error: errText(e) };
  }
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/**
 * Static server for the build (app at /renderer/index.html, bench page at /e2e/bench/index.html), plus
 * POST /__bench/save?name= (writes the body into the artifacts directory) and GET /__bench/input
 * (the --import file).
 */
function startServer(distDir, artifactsDir, importFile) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const fail = (code, text) => {
      res.writeHead(code, { 'content-type': 'text/plain' });
      res.end(text);
    };
    if (url.pathname === '/__bench/save' && req.method === 'POST') {
      const name = path.basename(url.searchParams.get('name') ?? 'upload.bin');
      const file = path.join(artifactsDir, name);
      pipeline(req, createWriteStream(file)).then(
        () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ path: file }));
        },
        (e) => fail(500, errText(e)),
      );
      return;
    }
    if (url.pathname === '/__bench/input') {
      if (!importFile) return fail(404, 'no --import file');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': statSync(importFile).size });
      createReadStream(importFile).pipe(res);
      return;
    }
    const file = path.join(distDir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(distDir) || !existsSync(file) || !statSync(file).isFile()) return fail(404, 'not found');
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Forward the page's `[bench]` console lines and errors to our log. */
function wirePage(page, label) {
  page.on('console', (msg) => {
    const text = msg.text();
    if (text.startsWith('[bench] ')) log(`   ${text.slice(8)}`);
    else if (msg.type() === 'error' && !text.startsWith('Failed to load resource'))
      log(`   (${label} console error) ${text.split('\n')[0]}`);
  });
  page.on('pageerror', (e) => log(`   (${label} page error) ${errText(e)}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) log(`   (${label}) HTTP ${r.status()} ${r.url()}`);
  });
  return page;
}

/**
 * Runs in the app page from its first frame: notes when the register shows its first row, when 50 rows
 * are on screen, and when the query engine is ready (the register's search box is enabled).
 */
const STARTUP_PROBE = `(() => {
  const probe = (window.__bench = {});
  const check = () => {
    const table = document.querySelector('[role="table"][aria-label="ทะเบียนเรื่องร้องเรียน"]');
    if (table && probe.rowsMs === undefined) {
      const h = window.innerHeight;
      let visible = 0;
      for (const row of table.querySelectorAll('[role="row"][aria-rowindex]')) {
        const r = row.getBoundingClientRect();
        if (r.top >= 0 && r.bottom <= h && r.height > 0 && row.textContent) visible++;
      }
      if (visible > 0 && probe.firstRowMs === undefined) probe.firstRowMs = performance.now();
      if (visible >= 50) {
        probe.rowsMs = performance.now();
        probe.visible = visible;
        probe.rowCount = Number(table.getAttribute('aria-rowcount')) - 1;
      }
    }
    const search = document.querySelector('input[type="search"]');
    if (search && !search.disabled && probe.engineReadyMs === undefined) probe.engineReadyMs = performance.now();
    if (probe.rowsMs === undefined || probe.engineReadyMs === undefined) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/**
 * V8 heap usage after a full GC of the page's main thread and of each of its dedicated workers, via the
 * DevTools protocol (`Runtime.getHeapUsage`; workers through a non-flattened auto-attach). `used` is the
 * JS heap; `backing` is ArrayBuffer/external-string storage outside it (typed-array indexes live there).
 */
async function heapUsage(page) {
  const cdp = await page.context().newCDPSession(page);
  const attached = [];
  const waiters = new Map();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (e) => attached.push(e));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message);
    waiters.get(msg.id)?.(msg);
    waiters.delete(msg.id);
  });
  const sendTo = (sessionId, method) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`${method}: no answer from the worker`)), 30_000);
      waiters.set(id, (msg) => {
        clearTimeout(timer);
        if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
        else resolve(msg.result);
      });
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) }).catch(reject);
    });
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const main = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    await new Promise((r) => setTimeout(r, 300));
    const workers = [];
    for (const a of attached.filter((x) => x.targetInfo.type === 'worker')) {
      await sendTo(a.sessionId, 'HeapProfiler.collectGarbage');
      const u = await sendTo(a.sessionId, 'Runtime.getHeapUsage');
      workers.push({ url: a.targetInfo.url, used: u.usedSize, backing: u.backingStorageSize ?? 0 });
    }
    await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: false });
    return { main: { used: main.usedSize, backing: main.backingStorageSize ?? 0 }, workers };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Heap usage of a page once its workers stop growing (the query engine indexes search text after loading). */
async function settledHeap(page) {
  let prev = await heapUsage(page);
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(1000);
    const cur = await heapUsage(page);
    const sum = (u) => u.workers.reduce((s, w) => s + w.used + w.backing, 0);
    if (Math.abs(sum(cur) - sum(prev)) <= 0.01 * Math.max(1, sum(prev))) return cur;
    prev = cur;
  }
  return prev;
}

// ------------------------------------------------------------------------------------------- LibreOffice

function findSoffice() {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice']) if (existsSync(p)) return p;
  const which = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

/**
 * CSV import options for LibreOffice: comma, double quote, UTF-8 (76), from line 1. Without them
 * LibreOffice 7.4 reads a UTF-8 CSV (even with a BOM) as Windows-1252 and every Thai text turns to mojibake.
 */
const LO_CSV_FILTER = 'CSV:44,34,76,1';

function runSoffice(soffice, profileUrl, outDir, file, timeoutMs) {
  return new Promise((resolve) => {
    const start = Date.now();
    const args = [
      `-env:UserInstallation=${profileUrl}`,
      '--headless',
      '--norestore',
      `--infilter=${LO_CSV_FILTER}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      file,
    ];
    const child = spawn(soffice, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ ms: Date.now() - start, code, signal, output: output.trim() });
    });
  });
}

/**
 * Data rows of an .xlsx written by LibreOffice (its first sheet's `<dimension ref="A1:P100001">`, minus
 * the header) and whether its strings hold Thai text (they do not when the CSV was mis-decoded).
 */
function inspectXlsx(file) {
  const py = `import json, re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
head = z.open('xl/worksheets/sheet1.xml').read(4096).decode('utf-8', 'replace')
m = re.search(r'<dimension ref="[A-Z]+\\d+:?[A-Z]*(\\d*)"', head)
strings = z.open('xl/sharedStrings.xml').read(1 << 20).decode('utf-8', 'replace') if 'xl/sharedStrings.xml' in z.namelist() else ''
print(json.dumps({"last": int(m.group(1)) if m and m.group(1) else None, "thai": re.search('[\\u0e01-\\u0e4f]{3}', strings) is not None, "mojibake": 'à¸' in strings}))`;
  const r = spawnSync('python3', ['-c', py, file], { encoding: 'utf8' });
  if (r.status !== 0) return { rows: null, thai_text: null };
  const info = JSON.parse(r.stdout);
  return { rows: info.last ? info.last - 1 : null, thai_text: info.thai && !info.mojibake };
}

/** `soffice --headless --convert-to xlsx` of the same CSV, with a warmed-up private profile. */
async function libreOffice(csvPath, artifactsDir) {
  if (!csvPath) return { skipped: 'no CSV to convert (an .xlsx import has nothing to convert)' };
  const soffice = findSoffice();
  if (!soffice) return { skipped: 'soffice not found (install LibreOffice to compare)' };
  const profile = mkdtempSync(path.join(os.tmpdir(), 'khet-bench-lo-profile-'));
  const profileUrl = `file://${profile}`;
  const outDir = path.join(artifactsDir, 'libreoffice');
  mkdirSync(outDir, { recursive: true });
  try {
    // First start of a fresh profile is slow and not part of converting a file: do it untimed.
    const tiny = path.join(artifactsDir, 'warmup.csv');
    writeFileSync(tiny, 'a,b\n1,2\n');
    const warm = await runSoffice(soffice, profileUrl, outDir, tiny, 120_000);
    if (warm.code !== 0) return { skipped: `soffice failed to start (${warm.signal ?? warm.code}): ${warm.output.slice(0, 200)}` };
    log(`   LibreOffice warmed up in ${fmtMs(warm.ms)}; converting ${path.basename(csvPath)}`);
    const run = await runSoffice(soffice, profileUrl, outDir, csvPath, 600_000);
    const out = path.join(outDir, `${path.basename(csvPath, path.extname(csvPath))}.xlsx`);
    if (run.code !== 0 || !existsSync(out))
      return { skipped: `soffice did not convert (${run.signal ?? run.code} after ${run.ms} ms): ${run.output.slice(0, 200)}`, ms: run.ms };
    return {
      ms: run.ms,
      ...inspectXlsx(out),
      bytes: statSync(out).size,
      path: out,
      command: `soffice --headless --infilter=${LO_CSV_FILTER} --convert-to xlsx ${path.basename(csvPath)}`,
      note: 'UTF-8 is named with --infilter: without it LibreOffice decodes the CSV as Windows-1252 and the Thai text is lost. Timed after an untimed warm-up start of a private profile.',
      version: spawnSync(soffice, ['--version'], { encoding: 'utf8' }).stdout.trim(),
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------- report

/**
 * Memory with N cases loaded: the real app page (main thread + query worker, JS heaps + ArrayBuffer
 * storage) is the headline; the bench page's query engine alone is kept beside it.
 */
function memoryReport(cases, appHeap, engineOnly) {
  const note =
    'usedSize and backingStorageSize of V8 after a full GC (DevTools HeapProfiler.collectGarbage + Runtime.getHeapUsage, i.e. performance.memory.usedJSHeapSize plus the ArrayBuffer storage outside the JS heap where the typed-array indexes live), for the page main thread and each of its workers. ' +
    'app_page: the real app page once its query engine had loaded every case and its worker heap had stopped growing (search index built); engine_only: the bench page with just Dexie and the query client, plus the query worker. total_mb = the app page total (engine_only when the app page could not be measured).';
  const engine = engineOnly && !engineOnly.error ? engineOnly : null;
  if (!appHeap || appHeap.error) {
    if (!engine) return { error: appHeap?.error ?? engineOnly?.error ?? 'not measured' };
    return {
      cases,
      heap_mb: mb((engine.main_mb + engine.worker_mb) * 1048576),
      total_mb: engine.total_mb,
      app_page: appHeap ?? { skipped: 'startup did not run' },
      engine_only: engine,
      note,
    };
  }
  const workersUsed = appHeap.workers.reduce((s, w) => s + w.used, 0);
  const backing = appHeap.main.backing + appHeap.workers.reduce((s, w) => s + w.backing, 0);
  const heap = appHeap.main.used + workersUsed;
  return {
    cases,
    heap_mb: mb(heap),
    array_buffers_mb: mb(backing),
    total_mb: mb(heap + backing),
    app_page: {
      main_mb: mb(appHeap.main.used),
      workers_mb: mb(workersUsed),
      array_buffers_mb: mb(backing),
      workers: appHeap.workers.map((w) => path.basename(new URL(w.url).pathname)),
    },
    engine_only: engine ?? engineOnly,
    note,
  };
}

function checks(report) {
  const out = {};
  const add = (key, value, target, lowerIsBetter = true) => {
    if (typeof value !== 'number' || Number.isNaN(value)) return;
    out[key] = { value, target, ok: lowerIsBetter ? value <= target : value >= target };
  };
  add('write_ratio', report.write?.ratio, TARGETS.write_ratio);
  const imp = report.import_generated ?? report.import;
  // The import target is 20 s for a 100,000-row CSV: 20 s per 100,000 rows for bigger files, 20 s for smaller ones.
  if (imp?.rows) add('import_ms', imp.ms, Math.round((TARGETS.import_ms_100k * Math.max(imp.rows, 100_000)) / 100_000));
  add('query_p95_ms', report.query?.p95_ms, TARGETS.query_p95_ms);
  add('search_p95_ms', report.search?.p95_ms, TARGETS.search_p95_ms);
  add('startup_ms', report.startup?.ms, TARGETS.startup_ms);
  add('export_ms', report.export?.ms, TARGETS.export_ms);
  add('heap_mb', report.memory?.total_mb, TARGETS.heap_mb);
  return out;
}

/** The report's keys in reading order. */
function orderedReport(r) {
  const keys = [
    'cases',
    'import',
    'import_generated',
    'write',
    'chunked',
    'query',
    'search',
    'startup',
    'export',
    'memory',
    'libreoffice',
    'checks',
    'env',
    'total_s',
  ];
  return Object.fromEntries(keys.filter((k) => r[k] !== undefined).map((k) => [k, r[k]]));
}

function printTable(report) {
  const c = report.checks ?? {};
  const mark = (key) => (c[key] ? (c[key].ok ? 'ok' : 'MISS') : '');
  const target = (key, unit) => (c[key] ? `≤ ${unit === 'ms' ? fmtMs(c[key].target) : `${c[key].target}${unit}`}` : '');
  const err = (x) => (x?.error ? `error: ${x.error}` : x?.skipped ? `skipped: ${x.skipped}` : null);
  const rows = [];
  const row = (name, value, key = '', unit = 'ms') => rows.push([name, value, key ? target(key, unit) : '', key ? mark(key) : '']);
  const w = report.write;
  row('write (app vs raw IDB)', err(w) ?? `${fmtMs(w.app_ms)} vs ${fmtMs(w.raw_idb_ms)} = ${w.ratio}×`, 'write_ratio', '×');
  const ch = report.chunked;
  if (ch && !ch.skipped)
    row(
      'chunked storage (experiment)',
      err(ch) ??
        `1,000/record: write ${fmtMs(ch.write_ms)}${w?.raw_idb_ms ? ` (per case ${fmtMs(w.raw_idb_ms)})` : ''}, read all ${fmtMs(ch.read_ms)} (per case ${fmtMs(ch.per_case_read_ms)})`,
    );
  for (const key of ['import', 'import_generated']) {
    const i = report[key];
    if (i)
      row(
        `${key === 'import' ? 'import' : 'import (generated CSV)'}`,
        err(i) ??
          `${fmtN(i.rows)} rows → ${fmtN(i.cases)} cases in ${fmtMs(i.ms)} (${fmtN(i.rejected)} rejected; engine current ${fmtMs(i.engine_caught_up_ms)}; parsing alone ${fmtMs(i.parse_only_ms)})`,
        key === 'import' && report.import_generated ? '' : 'import_ms',
      );
  }
  const q = report.query;
  row(
    'query p50 / p95',
    err(q) ?? `${fmtMs(q.p50_ms)} / ${fmtMs(q.p95_ms)}  (naive Dexie p95 ${fmtMs(q.baseline_p95_ms)})`,
    'query_p95_ms',
  );
  const s = report.search;
  row('search p50 / p95', err(s) ?? `${fmtMs(s.p50_ms)} / ${fmtMs(s.p95_ms)}`, 'search_p95_ms');
  const st = report.startup;
  row(
    'startup → 50 rows',
    err(st) ?? `${fmtMs(st.ms)} (cold ${fmtMs(st.cold_ms)}; query engine ready ${fmtMs(st.engine_ready_ms)})`,
    'startup_ms',
  );
  const e = report.export;
  row(
    'export .xlsx',
    err(e) ??
      `${fmtMs(e.ms)} (${fmtN(e.rows)} rows, ${mb(e.bytes)} MB; ${e.ui_longest_task_ms > 0 ? `UI thread blocked up to ${fmtMs(e.ui_longest_task_ms)} at once` : 'no UI long task'})`,
    'export_ms',
  );
  const m = report.memory;
  row(
    'memory (app page, heap + buffers)',
    err(m) ??
      `${m.total_mb} MB (JS heaps ${m.heap_mb} + buffers ${m.array_buffers_mb ?? '?'}; query engine alone ${m.engine_only?.total_mb ?? '?'} MB)`,
    'heap_mb',
    ' MB',
  );
  const lo = report.libreoffice;
  if (lo) row('LibreOffice csv→xlsx', err(lo) ?? `${fmtMs(lo.ms)} (${fmtN(lo.rows)} rows)`);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [...r[i]].length)));
  const pad = (s, n) => s + ' '.repeat(Math.max(0, n - [...s].length));
  console.log(`\nKhet Desk bench — ${fmtN(report.cases)} cases — ${report.env.browser} — ${report.env.cores} cores`);
  for (const r of rows) console.log(`  ${pad(r[0], widths[0])}  ${pad(r[1], widths[1])}  ${pad(r[2], widths[2])}  ${r[3]}`);
  const load = Math.max(report.env.load_avg_start, report.env.load_avg_end ?? 0);
  if (load > report.env.cores)
    console.log(`  note: load average ${load} on ${report.env.cores} cores: other work was running, numbers are inflated`);
}

// ------------------------------------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const synthetic = opts.cases !== null;
  const artifactsDir = mkdtempSync(path.join(os.tmpdir(), 'khet-bench-'));
  // A build per run (in the run's temp directory): two runs at once never serve each other's files.
  const distDir = path.join(artifactsDir, 'dist');
  log(
    `Khet Desk bench: ${synthetic ? `${fmtN(opts.cases)} synthetic cases` : 'imported register'}${opts.importFile ? `, import ${opts.importFile}` : ''}; files in ${artifactsDir}`,
  );
  const report = { cases: opts.cases, env: null };
  checkpoint = () => writeFileSync(opts.out, `${JSON.stringify({ partial: true, ...orderedReport(report) }, null, 2)}\n`);
  const skip = (name) => opts.skip.has(name);
  const skipped = (name) => ({ skipped: `--skip ${name}` });

  // One production build of app + bench page. The demo central URL points at a closed port: the app
  // must start without a central service, and no pull may touch the register while we measure.
  await phase('build (vite, app + bench page)', async () => {
    process.env.VITE_CENTRAL_URL = 'http://127.0.0.1:9/exchange-api';
    process.env.BENCH_OUT_DIR = distDir;
    const { build } = await import('vite');
    await build({ configFile: path.join(repo, 'e2e/bench/vite.config.ts'), root: repo, logLevel: 'warn' });
  }).then((r) => {
    if (r?.error) throw new Error(`build failed: ${r.error}`);
  });

  const server = await startServer(distDir, artifactsDir, opts.importFile);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = await import('playwright');
  // A persistent profile on disk: IndexedDB is then stored on disk as in the desktop app (a plain
  // browser.newContext() is off-the-record, keeps IndexedDB in memory and has a small quota).
  const profileDir = path.join(artifactsDir, 'profile');
  // The profile holds the register's IndexedDB (GBs at 500k cases): never leave it behind.
  process.on('exit', () => rmSync(profileDir, { recursive: true, force: true }));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
      // Only our server is reachable: photo URLs and the like must not cost (or vary) anything.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const cpus = os.cpus();
  report.env = {
    browser: null,
    browser_path: CHROMIUM,
    cores: cpus.length,
    cpu: cpus[0]?.model ?? null,
    memory_gb: Math.round(os.totalmem() / 1073741824),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    /** 1-minute load average at start and end: other work on the machine inflates every number. */
    load_avg_start: Math.round(os.loadavg()[0] * 100) / 100,
    options: {
      skip: [...opts.skip],
      cases: opts.cases,
      import: opts.importFile,
      query_reps: opts.queryReps,
      baseline_reps: opts.baselineReps,
      baseline_budget_s: opts.baselineBudgetS,
      startup_runs: opts.startupRuns,
    },
  };

  const openBench = async () => {
    const page = wirePage(await context.newPage(), 'bench');
    await page.goto(`${origin}/e2e/bench/index.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    return page;
  };
  let page = await openBench();
  for (const p of context.pages()) if (p !== page) await p.close(); // the persistent context's initial blank tab
  const call = (fn, ...args) => page.evaluate(fn, args);
  report.env.hardware_concurrency = await call(() => navigator.hardwareConcurrency);
  const cdp = await context.newCDPSession(page);
  report.env.browser = `Chromium ${(await cdp.send('Browser.getVersion')).product.replace(/^[^/]*\//, '')}`;
  await cdp.detach();
  report.env.storage = 'persistent profile on disk';
  await call(([names]) => window.bench.reset(names), [APP_DB, RAW_DB, IMPORT_DB]);

  let csvPath = null;
  let registerCases = 0;
  if (synthetic) {
    await phase(`generate ${fmtN(opts.cases)} cases`, async () => {
      const g = await call(([n]) => window.bench.generate(n), opts.cases);
      log(`   generated in ${fmtMs(g.ms)}`);
    });
    report.write = await phase('write: the app write path vs raw IndexedDB puts (alternating chunks)', async () => {
      const w = await call(([app, raw]) => window.bench.writeCompare(app, raw), APP_DB, skip('write') ? null : RAW_DB);
      log(`   app upsertRemote ${fmtMs(w.app_ms)}, raw IndexedDB ${fmtMs(w.raw_idb_ms)} for ${fmtN(w.cases)} cases`);
      if (w.raw_idb_ms == null) return { ...skipped('write'), cases: w.cases, app_ms: w.app_ms };
      return {
        cases: w.cases,
        app_ms: w.app_ms,
        raw_idb_ms: w.raw_idb_ms,
        ratio: Math.round((w.app_ms / w.raw_idb_ms) * 100) / 100,
        chunk: w.chunk,
      };
    });
    if (!skip('chunked'))
      report.chunked = await phase('chunked storage experiment (1,000 cases per IndexedDB record; not the app schema)', async () => {
        const c = await call(([app, scratch]) => window.bench.chunkedExperiment(app, scratch), APP_DB, RAW_DB);
        log(`   chunks: write ${fmtMs(c.write_ms)}, read ${fmtMs(c.read_ms)}; per case: read ${fmtMs(c.per_case_read_ms)}`);
        return c;
      });
    else report.chunked = skipped('chunked');
    registerCases = await call(([db]) => window.bench.count(db), APP_DB);
    const generatedImport = await phase('import: generated Traffy CSV through the app import path', async () => {
      if (skip('import')) return skipped('import');
      const csv = await call(() => window.bench.makeCsv());
      const name = `traffy-synthetic-${opts.cases}.csv`;
      csvPath = await call(([n]) => window.bench.saveCsv(n), name);
      log(`   CSV: ${fmtN(csv.rows)} rows, ${mb(csv.bytes)} MB → ${csvPath}`);
      const r = await call(([n, db]) => window.bench.importFile('generated', n, db), name, IMPORT_DB);
      await call(([names]) => window.bench.reset(names), [IMPORT_DB]);
      return { file: csvPath, ...r };
    });
    if (opts.importFile) report.import_generated = generatedImport;
    else report.import = generatedImport;
    await call(() => window.bench.free());
  } else {
    report.write = { skipped: 'an --import run without --cases measures the imported register; add --cases N for the write comparison' };
  }

  if (opts.importFile) {
    const db = synthetic ? IMPORT_DB : APP_DB;
    report.import = await phase(`import: ${path.basename(opts.importFile)}`, async () => {
      const r = await call(([n, d]) => window.bench.importFile('input', n, d), path.basename(opts.importFile), db);
      if (synthetic) await call(([names]) => window.bench.reset(names), [IMPORT_DB]);
      return { file: opts.importFile, ...r };
    });
    if (!synthetic) {
      registerCases = await call(([d]) => window.bench.count(d), APP_DB);
      report.cases = registerCases;
      if (/\.csv$/i.test(opts.importFile)) csvPath = opts.importFile;
    }
  }
  log(`register '${APP_DB}' holds ${fmtN(registerCases)} cases`);

  // A fresh page: its heap holds only the harness, Dexie and the query client.
  await page.close();
  page = await openBench();
  let baseline = null;
  let engineMemory = null;
  report.query = await phase('query engine: load, memory, filter+sort mix', async () => {
    const engine = await call(([db]) => window.bench.startQueryEngine(db), APP_DB);
    log(`   engine: ${fmtN(engine.cases)} cases, filters ready ${fmtMs(engine.ready_ms)}, search ready ${fmtMs(engine.search_ready_ms)}`);
    engineMemory = await phase('memory: JS heap with the register loaded (bench page + query worker)', async () => {
      const u = await heapUsage(page);
      const worker = u.workers.find((w) => w.url.includes('query.worker'));
      if (!worker) throw new Error(`query worker not found among ${u.workers.length} workers`);
      const heap = u.main.used + worker.used;
      const backing = u.main.backing + worker.backing;
      log(`   bench page ${mb(u.main.used)} MB + query worker ${mb(worker.used)} MB + ArrayBuffers ${mb(backing)} MB`);
      return { main_mb: mb(u.main.used), worker_mb: mb(worker.used), array_buffers_mb: mb(backing), total_mb: mb(heap + backing) };
    });
    const q = await call(([reps]) => window.bench.runQueries(reps), opts.queryReps);
    log(`   engine: p50 ${fmtMs(q.p50_ms)}, p95 ${fmtMs(q.p95_ms)}`);
    report.search = await phase('search: Thai full-text queries', async () => {
      if (skip('search')) return skipped('search');
      const s = await call(([reps]) => window.bench.runSearch(reps), opts.queryReps);
      log(`   search: p50 ${fmtMs(s.p50_ms)}, p95 ${fmtMs(s.p95_ms)}`);
      return { ...s, search_index_ms: engine.search_ready_ms };
    });
    if (opts.baselineReps > 0 && !skip('baseline')) {
      baseline = await phase('query baseline: naive Dexie filter()', () =>
        call(([reps, budget]) => window.bench.runBaseline(reps, budget), opts.baselineReps, opts.baselineBudgetS * 1000),
      );
    }
    await call(() => window.bench.stopQueryEngine());
    return {
      cases: engine.cases,
      p50_ms: q.p50_ms,
      p95_ms: q.p95_ms,
      baseline_p50_ms: baseline?.p50_ms ?? null,
      baseline_p95_ms: baseline?.p95_ms ?? null,
      ids_p50_ms: q.ids_p50_ms,
      ids_p95_ms: q.ids_p95_ms,
      max_ms: q.max_ms,
      runs: q.runs,
      engine_ready_ms: engine.ready_ms,
      search_ready_ms: engine.search_ready_ms,
      per_query: q.per_query,
      mix: q.mix,
      baseline,
    };
  });

  report.export = await phase('export: register → .xlsx in the export worker', async () => {
    if (skip('export')) return skipped('export');
    const start = Date.now();
    const r = await call(([db, name]) => window.bench.exportRegister(db, name), APP_DB, `register-${registerCases}.xlsx`);
    const callMs = Date.now() - start;
    return { ...r, call_ms: callMs };
  });
  await page.close();

  let appHeap = null;
  report.startup = await phase(`startup: app page → 50 register rows visible (${opts.startupRuns} runs)`, async () => {
    if (skip('startup')) return skipped('startup');
    const runs = [];
    let last = null;
    const engineRuns = [];
    for (let i = 0; i < opts.startupRuns; i++) {
      // Tall enough for 50 rows (44 px each) inside the register's scroller (100vh − 190 px) below its filters.
      const p = wirePage(await context.newPage(), 'app');
      await p.setViewportSize({ width: 1280, height: 2800 });
      await p.addInitScript(STARTUP_PROBE);
      // The register screen (the app opens on the queue otherwise).
      await p.goto(`${origin}/renderer/index.html#/register`);
      await p.waitForFunction(() => window.__bench?.rowsMs !== undefined, undefined, { timeout: 120_000, polling: 50 });
      // Every run also waits for the app's query engine to load the register: a page closed while its
      // worker still reads IndexedDB leaves work behind that would slow the next run.
      await p
        .waitForFunction(() => window.__bench?.engineReadyMs !== undefined, undefined, { timeout: 600_000, polling: 100 })
        .catch(() => undefined);
      last = await p.evaluate(() => window.__bench);
      runs.push(Math.round(last.rowsMs));
      if (last.engineReadyMs !== undefined) engineRuns.push(Math.round(last.engineReadyMs));
      const engine = last.engineReadyMs === undefined ? '' : `; query engine ready (search box enabled) at ${fmtMs(last.engineReadyMs)}`;
      log(`   run ${i + 1}: 50 rows visible at ${fmtMs(last.rowsMs)} (first row ${fmtMs(last.firstRowMs)})${engine}`);
      if (i === opts.startupRuns - 1) appHeap = await settledHeap(p).catch((e) => ({ error: errText(e) }));
      await p.close();
    }
    const sorted = [...runs].sort((a, b) => a - b);
    return {
      cases: registerCases,
      ms: sorted[Math.floor((sorted.length - 1) / 2)],
      cold_ms: runs[0],
      runs,
      first_row_ms: Math.round(last.firstRowMs),
      engine_ready_ms: engineRuns.length ? [...engineRuns].sort((a, b) => a - b)[Math.floor((engineRuns.length - 1) / 2)] : null,
      engine_ready_runs: engineRuns,
      rows_loaded: last.rowCount,
      definition:
        "navigation start → the first animation frame in which ≥ 50 data rows of the register table are laid out inside the viewport (1280×2800, so 50 rows fit); production build served over HTTP from localhost; ms = median of the runs, cold_ms = the first (no V8 code cache). engine_ready_ms (median): navigation start → the register's search box is enabled (the query engine has loaded every case).",
    };
  });

  report.memory = memoryReport(registerCases, appHeap, engineMemory);
  await context.close();
  server.close();
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(distDir, { recursive: true, force: true });

  report.libreoffice = await phase('LibreOffice headless: the same CSV → .xlsx', async () =>
    skip('libreoffice') ? skipped('libreoffice') : libreOffice(csvPath, artifactsDir),
  );
  if (synthetic && csvPath && !opts.keepCsv) {
    rmSync(csvPath, { force: true });
    if (report.import && !report.import.error)
      report.import.file_deleted = 'the generated CSV is deleted after the run; --keep-csv keeps it';
  }

  report.cases = registerCases;
  report.checks = checks(report);
  report.total_s = Math.round((Date.now() - t0) / 1000);
  report.env.load_avg_end = Math.round(os.loadavg()[0] * 100) / 100;
  const ordered = orderedReport(report);
  writeFileSync(opts.out, `${JSON.stringify(ordered, null, 2)}\n`);
  printTable(ordered);
  console.log(`\nreport: ${opts.out}   (total ${report.total_s} s)`);
}

main().catch((e) => {
  console.error(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
