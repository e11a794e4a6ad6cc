import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser build (none can be fetched on these machines).
const executablePath = process.env.QAMQOR_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two workers, each with its own \`qamqor web\` and database (fixtures.ts): the accessibility
  // walk (about four minutes) runs beside the other files instead of before them (e2e 7.6 min
  // against about 10 with one worker on this 2-core machine).
  workers: 2,
  retries: 0,
  // The JSON report feeds the closing totals line of scripts/test-all.mjs.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1360, height: 860 },
    locale: 'ru-RU',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
