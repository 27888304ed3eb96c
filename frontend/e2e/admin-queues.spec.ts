import { expect, test } from '@playwright/test'
import { screenshot } from './pages'
import { signUpAndStart } from './session'

/**
 * Against a real backend (API + both workers): the installation's first account (this spec sorts
 * first, so on a fresh database it is the administrator) opens Admin → Queues and sees both real
 * worker processes and the tasks they ran (the sign-up code mail on the base queue, the upkeep
 * the base worker runs at start-up), refreshed live. The dashboard shows the Insights card.
 * Needs BASE_URL and OTP_SINK_URL, like auth.spec.ts.
 */
test('an administrator watches the queues and workers live', async ({ page, request }) => {
  test.setTimeout(120_000)
  await signUpAndStart(request, page, 'Queue Admin')
  await page.goto('/dashboard')
  await expect(page.getByTestId('user-name')).toHaveText('Queue Admin')
  await expect(page.getByRole('heading', { name: 'Insights' })).toBeVisible()

  const nav = page.getByRole('navigation', { name: 'Main' })
  // The profile has loaded (the name shows), so the navigation is final: no link, no admin.
  test.skip(
    !(await nav.getByRole('link', { name: 'Queues' }).isVisible()),
    "not the installation's first account: another spec registered first",
  )

  await nav.getByRole('link', { name: 'Queues' }).click()
  await expect(page).toHaveURL(/\/admin\/queues$/)
  const base = page.getByRole('region', { name: 'Base queue (mail, alerts, upkeep)' })
  const email = page.getByRole('region', { name: 'Email queue (sync, extraction)' })
  // Each real worker process publishes its memory and CPU within a few seconds of starting.
  await expect(base.getByRole('table', { name: 'Workers of the base queue' }).getByRole('row', { name: /pid \d+/ })).toHaveCount(1, { timeout: 30_000 })
  await expect(email.getByRole('table', { name: 'Workers of the email queue' }).getByRole('row', { name: /pid \d+/ })).toHaveCount(1, { timeout: 30_000 })
  // The sign-up code went out through the base queue: its task is counted (polled, no reload).
  const tasks = base.getByRole('table', { name: 'Tasks of the base queue' })
  await expect(tasks.getByRole('row', { name: /send_otp_email/ })).toBeVisible({ timeout: 30_000 })
  await expect(base.getByText('Success rate', { exact: true }).locator('xpath=following-sibling::dd[1]')).toHaveText('100%')
  await screenshot(page, 'admin-queues')
})
