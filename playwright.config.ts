import { defineConfig } from '@playwright/test';

// e2e against the web build in Debian's Chromium, with a fresh central simulator on its own ports;
// plus an Electron project that skips itself (saying why) where no Electron binary exists.
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 15173);
const CENTRAL_PORT = Number(process.env.E2E_CENTRAL_PORT ?? 18787);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testIgnore: /electron\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `npx tsx central-sim/cli.ts --port ${CENTRAL_PORT} --state .central-state/e2e-state.json --fresh`,
      url: `http://127.0.0.1:${CENTRAL_PORT}/exchange-api/get-org-list/v1`,
      reuseExistingServer: false,
      timeout: 60_000,
      ignoreHTTPSErrors: true,
    },
    {
      // The production build, as users get it (the dev server is much slower to load page after page).
      command: `npx vite build --config renderer/vite.config.ts --outDir ../dist/e2e-web --logLevel warn && npx vite preview --config renderer/vite.config.ts --outDir ../dist/e2e-web --port ${APP_PORT} --strictPort`,
      url: `http://127.0.0.1:${APP_PORT}`,
      env: { VITE_CENTRAL_URL: `http://127.0.0.1:${CENTRAL_PORT}/exchange-api` },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
