import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/browser'

/**
 * End-to-end tests against a running FinCoach (API + built frontend on one origin).
 * BASE_URL defaults to http://localhost:8000; OTP_SINK_URL points at the test SMTP sink.
 */
export default defineConfig({
  testDir: './e2e',
  testIgnore: ['mock/**'],
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://localhost:8000',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
})
