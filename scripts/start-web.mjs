// `npm run start:web`: the central simulator and the app (Vite dev server) side by side.
// PORT (default 5173) and CENTRAL_PORT (default 8787) override the ports.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '5173';
const centralPort = process.env.CENTRAL_PORT ?? '8787';
const centralUrl = `http://127.0.0.1:${centralPort}/exchange-api`;
const children = [];

function run(cmd, args, env = {}) {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    if (code && code !== 0) shutdown(code);
  });
  return child;
}

function shutdown(code = 0) {
  for (const c of children) if (c.exitCode == null) c.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

run('npx', ['tsx', 'central-sim/cli.ts', '--port', centralPort, ...process.argv.slice(2).filter((a) => a !== '--')]);
run('npx', ['vite', '--config', 'renderer/vite.config.ts', '--port', port, '--strictPort'], { VITE_CENTRAL_URL: centralUrl });
console.log(`Khet Desk (web): http://127.0.0.1:${port}   central simulator: ${centralUrl}`);
