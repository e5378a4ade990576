import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/helpers/browser';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The signaling server (server/) with real sockets on ephemeral ports, and a real
        // redis-server for the scale-out test (skipped without it, except under CI=true).
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Tests of browser APIs (IndexedDB, camera frames, …) in Debian's Chromium, not a simulation.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // Tests that need generated data (.cache) skip without it, except under CI=true.
          provide: { isCi: process.env['CI'] === 'true' },
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              // The fake camera (Chromium's test pattern) for the live frame pump's tests.
              launchOptions: {
                executablePath: CHROMIUM_PATH,
                args: [
                  ...CHROMIUM_ARGS,
                  '--use-fake-device-for-media-stream',
                  '--use-fake-ui-for-media-stream',
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
