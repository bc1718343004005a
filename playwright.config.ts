import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

// Playwright runs against the *built* site served by `astro preview`. OL_PORT and OL_DIST let several
// builds coexist on one machine (each with its own output folder and port). `--ignore-lock`: Astro 7
// allows one tracked preview server per project folder and refuses to start a second one, so without it
// two people's test runs (or a test run beside someone's preview) block each other.
const port = Number(process.env.OL_PORT ?? 4321);
const dist = process.env.OL_DIST ?? 'dist';

export default defineConfig({
  testDir: './tests/e2e',
  workers: 1,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}` },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port} --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
