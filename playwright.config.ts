// Browser end-to-end tests: the real UI (built renderer) in Debian's Chromium, over the harness
// (tests/e2e/harness.ts) into the real service. Never a downloaded browser (STACK.md).
import { defineConfig } from '@playwright/test';

/** Without the networking flags Chromium keeps trying to reach Google on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './tests/e2e/globalSetup.ts',
  // Generous: a whole flow with Argon2id unlocks and axe scans on a shared 2-core machine.
  timeout: 240_000,
  expect: { timeout: 20_000 },
  // Two cores: one test per core, each with its own harness, vault and Argon2id derivations.
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright-artifacts',
  use: {
    headless: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Minsk',
    serviceWorkers: 'block',
    acceptDownloads: false,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
