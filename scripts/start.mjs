// `npm start`: the desktop app. Where Electron's binary can't be found or downloaded, say so in one
// line and serve the same app in the browser (with the simulator and demo data) instead.
import { spawnSync, spawn } from 'node:child_process';
import { findElectron } from './electron-binary.mjs';

const electron = findElectron({ download: true });
if ('missing' in electron) {
  console.log(`Electron is not available (${electron.missing}); starting Khet Desk in the browser instead.`);
  const child = spawn(process.execPath, ['scripts/start-web.mjs'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(electron.path, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
