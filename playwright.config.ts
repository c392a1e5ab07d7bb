import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './scripts/find-chromium';

const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The built app registers a service worker once it has started. Requests a worker makes are not seen by
    // `page.route`, so a test that mocks the network would be answered from the worker's caches in its later
    // steps: no worker unless a spec asks for one (`test.use({ serviceWorkers: 'allow' })`, the offline specs).
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
