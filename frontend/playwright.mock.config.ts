import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/browser'

/**
 * Browser tests of the built app with the API mocked in the page (no backend needed):
 * builds nothing itself, so run `npm run build` first. Serves dist/ with `vite preview`.
 */
const port = Number(process.env.PREVIEW_PORT ?? 4173)

export default defineConfig({
  testDir: './e2e/mock',
  // Not ./test-results: a real-backend run (make test) clears that folder when it starts.
  outputDir: './test-results-mock',
  timeout: 30_000,
  workers: 1,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The app's service worker (public/sw.js) would send API calls past page.route's mocks.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
})
