import { expect, test } from '@playwright/test'
import { screenshot } from '../pages'
import { GMAIL_ID, UPLOAD_ID } from './mailboxData'
import { mockApi, signInBeforeLoad } from './mockApi'

/**
 * The mailbox screens (Connected accounts, Jobs, Emails, the dashboard's sync status) with a
 * mocked API and a mocked live socket: screenshots at desktop and phone widths in
 * e2e/artifacts/mock-*, and the main interactions.
 */
const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const

const RUNNING_JOB = 'job00000-0000-4000-8000-000000000001'

for (const size of widths) {
  test.describe(`${size.name} width, with mailboxes`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    test('dashboard, jobs, accounts and emails', async ({ page }) => {
      const api = await mockApi(page, { mailbox: 'populated' })
      await signInBeforeLoad(page)
      const full = { fullPage: size.name === 'phone' }

      await page.goto('/dashboard')
      await expect(page.getByRole('heading', { name: 'Mailbox sync' })).toBeVisible()
      await api.socketOpen()
      await expect(page.getByRole('progressbar', { name: 'Import of takeout-2025.mbox' })).toHaveAttribute('aria-valuenow', '40')
      await screenshot(page, `mock-${size.name}-dashboard-syncing`, full)

      await page.goto('/jobs')
      await expect(page.getByText('Live', { exact: true })).toBeVisible()
      const bar = page.getByRole('progressbar', { name: /Progress of Mailbox sync · takeout-2025\.mbox/ }).first()
      await expect(bar).toHaveAttribute('aria-valuenow', '40')
      api.emit('job.progress', { job_id: RUNNING_JOB, type: 'email_fetch', total: 1840, processed: 1288, parsed: 1284, failed: 4, progress: 70 })
      await expect(bar).toHaveAttribute('aria-valuenow', '70')
      await screenshot(page, `mock-${size.name}-jobs-populated`, full)

      await page.goto(`/jobs/${RUNNING_JOB}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mailbox sync · takeout-2025.mbox')
      const errorLog = size.name === 'phone' ? page.getByRole('list', { name: 'Errors of this job' }) : page.getByRole('table', { name: 'Errors of this job' })
      await expect(errorLog).toBeVisible()
      await expect(errorLog).toContainText('EmailParseError')
      await screenshot(page, `mock-${size.name}-job-detail`, full)

      await page.goto('/accounts')
      await expect(page.getByRole('heading', { name: 'Work mail' })).toBeVisible()
      await screenshot(page, `mock-${size.name}-accounts-populated`, full)

      await page.goto('/emails')
      await expect(page.getByText('48 emails')).toBeVisible()
      if (size.name === 'desktop') await screenshot(page, 'mock-desktop-emails-list')
      await page.getByRole('link', { name: /Rs\.\d+\.\d+ debited/ }).first().click()
      await expect(page.getByRole('heading', { name: 'Parsed result' })).toBeVisible()
      await expect(page.getByText('Money out')).toBeVisible()
      await screenshot(page, `mock-${size.name}-emails-detail`, full)
      if (size.name === 'phone') {
        await page.getByRole('button', { name: 'All emails' }).click()
        await expect(page.getByRole('searchbox', { name: 'Search emails' })).toBeVisible()
        await screenshot(page, 'mock-phone-emails-list', full)
      }
    })
  })
}

test('emails: search narrows the list; a failed email shows why', async ({ page }) => {
  const api = await mockApi(page, { mailbox: 'populated' })
  await signInBeforeLoad(page)
  await page.goto('/emails')
  await page.getByRole('searchbox', { name: 'Search emails' }).fill('otp')
  await expect(page).toHaveURL(/q=otp/)
  await expect(page.getByText(/emails? matching “otp”/)).toBeVisible()
  await page.getByRole('link', { name: /OTP for your transaction/ }).first().click()
  await expect(page.getByText(/Not a transaction: it looks like a one-time password/)).toBeVisible()
  await page.getByLabel('Status').selectOption('failed')
  await page.getByRole('searchbox', { name: 'Search emails' }).fill('')
  await expect(page).not.toHaveURL(/q=otp/)
  await page.getByRole('link', { name: /HDFC Bank|Swiggy|ICICI|Amazon|Uber/ }).first().click()
  await expect(page.getByText('This message could not be read')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download original' }).click()
  expect((await download).suggestedFilename()).toMatch(/\.eml$/)
  expect(api.state.calls.some((c) => c.endsWith('/raw'))).toBe(true)
})

test('jobs: cancel a running job, retry a failed one', async ({ page }) => {
  const api = await mockApi(page, { mailbox: 'populated' })
  await signInBeforeLoad(page)
  await page.goto('/jobs')
  const running = page.getByRole('region', { name: 'Running now' })
  await running.getByRole('button', { name: 'Cancel mailbox sync' }).first().click()
  await expect(running.getByText('Cancelling…')).toBeVisible()
  expect(api.state.calls).toContain(`POST /api/v1/jobs/${RUNNING_JOB}/cancel`)
  api.emit('job.cancelled', { job_id: RUNNING_JOB, type: 'email_fetch', total: 1840, processed: 800, parsed: 797, failed: 3, progress: 43.5 })
  api.state.jobs[0].status = 'cancelled'

  const history = page.getByRole('region', { name: 'History' })
  await history.getByLabel('Status').selectOption('failed')
  await expect(page).toHaveURL(/status=failed/)
  await history.getByRole('button', { name: 'Retry mailbox sync' }).click()
  await expect(page.getByText(/Retry started/)).toBeVisible()
  await expect(running.getByRole('article')).toHaveCount(2)
  await screenshot(page, 'mock-desktop-jobs-after-retry')
})

test('accounts: IMAP login refused shows the server message, then connects', async ({ page }) => {
  await mockApi(page)
  await signInBeforeLoad(page)
  await page.goto('/accounts')
  await screenshot(page, 'mock-desktop-accounts-empty')
  await page.getByRole('button', { name: 'Connect mailbox' }).click()
  await expect(page.getByLabel('Email address or user name')).toBeFocused()
  await page.getByLabel('Email address or user name').fill('asha@fastmail.com')
  await expect(page.getByLabel('IMAP server')).toHaveValue('imap.fastmail.com')
  await page.getByLabel('Password', { exact: true }).fill('wrong-password')
  await page.getByRole('button', { name: 'Connect mailbox' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The mail server did not accept the connection')
  await expect(alert).toContainText('[AUTHENTICATIONFAILED] Invalid credentials')
  await alert.scrollIntoViewIfNeeded()
  await screenshot(page, 'mock-desktop-accounts-imap-error')
  await page.getByLabel('Password', { exact: true }).fill('app-password')
  await page.getByRole('button', { name: 'Connect mailbox' }).click()
  await expect(page.getByText('asha@fastmail.com is connected.')).toBeVisible()
  await expect(page.getByRole('listitem', { name: 'asha@fastmail.com' })).toBeVisible()
})

test('accounts: upload an export with a progress bar, then disconnect it with a confirmation', async ({ page }) => {
  const api = await mockApi(page, { uploadDelayMs: 2500 })
  await signInBeforeLoad(page)
  // An intercepted request reports no upload progress in Chromium: play the events a real
  // network upload sends (45 %, then all bytes sent) so the bar can be seen moving.
  await page.addInitScript(() => {
    const send = XMLHttpRequest.prototype.send
    XMLHttpRequest.prototype.send = function (body?: Document | XMLHttpRequestBodyInit | null) {
      const size = body instanceof Blob ? body.size : 0
      const fire = (loaded: number) =>
        this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded, total: size }))
      setTimeout(() => fire(Math.round(size * 0.45)), 50)
      setTimeout(() => fire(size), 1200)
      return send.call(this, body)
    }
  })
  await page.goto('/accounts')
  await page.getByLabel('Mailbox export file').setInputFiles({
    name: 'export.mbox',
    mimeType: 'application/mbox',
    buffer: Buffer.from('From a@b Sat Jan  1 00:00:00 2026\nSubject: hi\n\nhello\n'.repeat(20_000)),
  })
  await page.getByRole('button', { name: 'Upload and import' }).click()
  const bar = page.getByRole('progressbar', { name: 'Uploading export.mbox' })
  await expect(bar).toHaveAttribute('aria-valuenow', '45')
  await expect(page.getByText('Keep this page open until the upload finishes.')).toBeVisible()
  await screenshot(page, 'mock-desktop-accounts-uploading')
  await expect(bar).toHaveAttribute('aria-valuenow', '100')
  await expect(page.getByText('Checking the file…')).toBeVisible()
  await expect(page.getByText('export.mbox was uploaded.')).toBeVisible()
  const item = page.getByRole('listitem', { name: 'export.mbox' })
  await expect(item.getByText('Sync queued')).toBeVisible()
  await screenshot(page, 'mock-desktop-accounts-uploaded')

  await item.getByRole('button', { name: 'Disconnect export.mbox' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Remove export.mbox?' })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await screenshot(page, 'mock-desktop-accounts-confirm')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await item.getByRole('button', { name: 'Disconnect export.mbox' }).click()
  await dialog.getByRole('button', { name: 'Remove' }).click()
  await expect(page.getByText('export.mbox was disconnected.')).toBeVisible()
  expect(api.state.calls.filter((c) => c.startsWith('DELETE'))).toHaveLength(1)
})

test('accounts: sync now, Gmail not configured, and the Gmail callback notes', async ({ page }) => {
  await mockApi(page, { mailbox: 'populated' })
  await signInBeforeLoad(page)
  await page.goto('/accounts')
  await page.getByRole('button', { name: 'Sync asha.rao@gmail.com now' }).click()
  await expect(page.getByText('A sync of this mailbox is already running.')).toBeVisible()
  await page.getByRole('button', { name: 'Connect Gmail' }).click()
  await expect(page.getByText(/Gmail is not set up on this server/)).toBeVisible()

  await page.goto('/accounts?error=oauth_denied&message=Google%20said%3A%20access_denied')
  await expect(page.getByText('Gmail was not connected: access was not granted.')).toBeVisible()
  await expect(page.getByText('Google said: access_denied')).toBeVisible()
  await expect(page).toHaveURL(/\/accounts$/)
  await screenshot(page, 'mock-desktop-accounts-gmail-error')
  await page.goto(`/accounts?connected=gmail&account=${GMAIL_ID}`)
  await expect(page.getByText('Gmail connected.')).toBeVisible()
  await expect(page.getByRole('listitem', { name: 'takeout-2025.mbox' }).getByRole('progressbar')).toBeVisible()
  expect(UPLOAD_ID).toBeTruthy()
})
