// Finds Electron's binary without ever throwing: ELECTRON_OVERRIDE_DIST_PATH first, then the binary
// the electron package downloaded. Electron downloads its binary lazily; with `download: true` one
// quiet attempt is made (it fails fast on a machine without internet).
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} */
export function findElectron({ download = false } = {}) {
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed (run npm ci)' };
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const fallback = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
    const exe = path.join(override, existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : fallback);
    return existsSync(exe) ? { path: exe } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no Electron at ${exe}` };
  }
  const installed = () => existsSync(pathFile) && existsSync(path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
  if (!installed() && download) {
    spawnSync(process.execPath, [path.join(pkgDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  }
  if (installed()) return { path: path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim()) };
  return { missing: 'Electron binary not downloaded and not downloadable here (no access to its release server); set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron' };
}
