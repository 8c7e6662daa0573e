import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { aliases } from './aliases.ts';
import { simCommands } from './renderer/src/test/simCommands.ts';

// Two projects: "unit" runs in Node (domain, sync, electron main, simulator);
// "data" runs in real Chromium so Dexie talks to real IndexedDB.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    projects: [
      {
        resolve: { alias: aliases },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['renderer/src/**/*.test.ts', 'electron/**/*.test.ts', 'central-sim/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve: { alias: aliases },
        test: {
          name: 'data',
          include: ['renderer/src/**/*.browser.test.ts', 'renderer/src/**/*.browser.test.tsx'],
          testTimeout: 30_000,
          // Files that drive the simulator share one server (browser commands run in one Node process).
          fileParallelism: false,
          browser: {
            enabled: true,
            commands: simCommands,
            headless: true,
            // Several checkouts may test at once on one machine: the port can be moved.
            api: { port: Number(process.env.VITEST_BROWSER_PORT ?? 63315) },
            provider: playwright({
              launchOptions: {
                executablePath: chromium,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
