import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './scripts/chromium';

// E2E_PORT lets several checkouts run their suites side by side (each serves its own dist/).
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Safety nets, not measurements: a test normally takes a few seconds, and these bounds only
  // decide how long a broken one waits before failing. They are generous because CI shares two
  // cores with whatever else runs, and a slow-but-correct step must not fail the suite.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1440, height: 900 },
    // Pinned so that runs are repeatable; the time-zone specs override it.
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  // The production build, as users get it (`npm run test:e2e` builds first).
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
