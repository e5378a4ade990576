import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/helpers/browser';

// Another port for a second checkout's run on the same machine (FORMCOACH_E2E_PORT=4273).
const PORT = Number(process.env['FORMCOACH_E2E_PORT'] ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: process.env['CI'] === 'true',
  retries: 0,
  // Two cores: the model runs in every test, so one test at a time.
  workers: 1,
  timeout: 120_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    acceptDownloads: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The production build, served with the same security headers as production (vite preview).
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    // Never reuse: with several checkouts on one machine a server left running serves another
    // build, and the tests would pass or fail on code that is not this one's.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
