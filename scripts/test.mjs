// `npm test`: typecheck, lint, unit tests, data tests on real IndexedDB in Chromium, the Electron
// security scan, and the Playwright e2e tests. Installs Debian's chromium first if it is missing
// and we can (root + apt); otherwise stops with a one-line instruction.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findElectron } from './electron-binary.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function sh(cmd, args, opts = {}) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`✖ ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

if (!existsSync(chromium)) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    sh('apt-get', ['update', '-qq']);
    sh('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`No Chromium at ${chromium}: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

sh('npx', ['tsc', '-b']);
sh('npx', ['eslint', '.', '--max-warnings', '0']);
sh('npx', ['vitest', 'run', '--project', 'unit']);
sh('npx', ['vitest', 'run', '--project', 'data']);
sh('node', ['scripts/electronegativity.mjs']);
const electron = findElectron();
if ('missing' in electron) {
  console.log(`\nElectron e2e project: skipped (${electron.missing}).`);
} else {
  sh('npm', ['run', 'build']); // the Electron project runs the built app
}
sh('npx', ['playwright', 'test']);
console.log('\n✔ all tests passed');
