import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { signUpAndStart } from './session'
import { screenshot } from './pages'

/**
 * Against a real backend (API + both workers): a new user uploads a demo mailbox on the
 * Connected accounts page, a second tab on the Jobs page watches the import job appear and
 * reach 100 % through the live WebSocket (never reloading), and the emails are listed.
 *
 * The mailbox is MAILBOX_FILE when set; otherwise the spec writes one itself with
 * `python -m app.demo` (FINCOACH_PYTHON, default ../.venv/bin/python).
 * Needs BASE_URL and OTP_SINK_URL, like auth.spec.ts.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url))

function demoMailbox(): string {
  if (process.env.MAILBOX_FILE) return process.env.MAILBOX_FILE
  const python = process.env.FINCOACH_PYTHON ?? join(REPO, '.venv', 'bin', 'python')
  if (!existsSync(python)) throw new Error(`No Python at ${python}: set FINCOACH_PYTHON or MAILBOX_FILE.`)
  const out = join(mkdtempSync(join(tmpdir(), 'fincoach-e2e-')), 'demo.mbox')
  execFileSync(python, ['-m', 'app.demo', '--out', out, '--count', '300', '--end', new Date().toISOString().slice(0, 10)], {
    cwd: REPO,
    stdio: 'pipe',
    timeout: 120_000,
  })
  if (!statSync(out).size) throw new Error(`app.demo wrote an empty ${out}`)
  return out
}

test('upload a mailbox export and watch its import finish live', async ({ page, context, request }) => {
  test.setTimeout(180_000)
  const mailbox = demoMailbox()
  await signUpAndStart(request, page, 'Mailbox Tester')

  // Tab 1: the Jobs page, left open (it must update without a reload). Record the live events.
  const events: string[] = []
  page.on('websocket', (socket) =>
    socket.on('framereceived', (frame) => {
      try {
        events.push(String(JSON.parse(String(frame.payload)).event))
      } catch {
        // not an event
      }
    }),
  )
  await page.goto('/jobs')
  await expect(page.getByRole('heading', { name: 'No jobs have run yet' })).toBeVisible()
  await expect(page.getByText('Live', { exact: true })).toBeVisible()
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true))

  // Tab 2: upload the export.
  const uploader = await context.newPage()
  await uploader.goto('/accounts')
  await expect(uploader.getByText('No mailbox connected yet')).toBeVisible()
  await uploader.getByLabel('Mailbox export file').setInputFiles(mailbox)
  await uploader.getByRole('button', { name: 'Upload and import' }).click()
  await expect(uploader.getByText('demo.mbox was uploaded.')).toBeVisible({ timeout: 60_000 })
  await expect(uploader.getByRole('listitem', { name: 'demo.mbox' })).toBeVisible()
  await screenshot(uploader, 'mailbox-accounts-uploaded')

  // Back on tab 1: the job appeared and ran to 100 %, pushed over the WebSocket.
  const card = page.getByRole('article', { name: 'Mailbox sync · demo.mbox' })
  await expect(card).toBeVisible({ timeout: 30_000 })
  await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100', { timeout: 120_000 })
  await expect(card.getByText('Completed')).toBeVisible({ timeout: 30_000 })
  await expect(card).toContainText(/(\d[\d,]*) of \1 processed/)
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
  expect(events).toContain('job.completed')
  await screenshot(page, 'mailbox-jobs-completed')

  // The imported emails are listed, searchable, and open beside their parsed result.
  await uploader.close()
  await page.getByRole('complementary', { name: 'Sidebar' }).getByRole('link', { name: 'Emails', exact: true }).click()
  const list = page.getByRole('list', { name: 'Emails' })
  await expect(list.getByRole('link').first()).toBeVisible()
  await expect(page.getByText(/^\d[\d,]* emails$/)).toBeVisible()
  await list.getByRole('link').first().click()
  await expect(page.getByRole('region', { name: 'Parsed result' })).toBeVisible()
  await screenshot(page, 'mailbox-emails')

  // The dashboard now shows the mailbox and its last sync instead of the first-run steps.
  await page.goto('/dashboard')
  await expect(page.getByRole('heading', { name: 'Mailbox sync' })).toBeVisible()
  await expect(page.getByText('All caught up.', { exact: false })).toBeVisible()
  await screenshot(page, 'mailbox-dashboard-synced')

  // The ledger: the parsed transactions are listed; one of this month's payments is moved
  // to a new category inline, and the dashboard's spend by category follows.
  const category = `E2E Picks ${Date.now() % 100000}`
  await page.goto('/categories')
  const newCategory = page.getByRole('form', { name: 'New category' })
  await newCategory.getByLabel('Category name').fill(category)
  await newCategory.getByRole('button', { name: 'Add' }).click()
  await expect(page.getByRole('list', { name: 'Categories' }).getByRole('listitem', { name: category })).toBeVisible()
  await screenshot(page, 'ledger-categories')

  await page.getByRole('complementary', { name: 'Sidebar' }).getByRole('link', { name: 'Transactions', exact: true }).click()
  const rows = page.getByRole('list', { name: 'Transactions' }).getByRole('listitem')
  await expect(rows.first()).toBeVisible({ timeout: 30_000 })
  expect(await rows.count()).toBeGreaterThan(5)
  await screenshot(page, 'ledger-transactions')

  const filters = page.getByRole('search', { name: 'Filter transactions' })
  const firstOfMonth = `${new Date().toISOString().slice(0, 8)}01`
  await filters.getByLabel('From').fill(firstOfMonth)
  await filters.getByLabel('Type').selectOption({ label: 'Money out' })
  await expect(async () => {
    const dates = await page.getByRole('list', { name: 'Transactions' }).locator('time').evaluateAll((els) =>
      els.map((el) => el.getAttribute('datetime') ?? ''),
    )
    expect(dates.length).toBeGreaterThan(0)
    expect(dates.every((d) => d.slice(0, 10) >= firstOfMonth)).toBe(true)
  }).toPass({ timeout: 15_000 })
  const row = rows.first()
  const picker = row.getByRole('combobox')
  await picker.selectOption({ label: category })
  await expect(picker).toBeEnabled()
  await expect(picker.locator('option:checked')).toHaveText(category)
  await screenshot(page, 'ledger-transactions-recategorised')

  // The change was stored: the dashboard's report, computed by the server, includes it.
  await page.getByRole('complementary', { name: 'Sidebar' }).getByRole('link', { name: 'Dashboard', exact: true }).click()
  const spend = page.getByRole('table', { name: 'Spend by category' })
  await expect(spend.getByRole('link', { name: category })).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('group', { name: /^Summary: / })).toBeVisible()
  await screenshot(page, 'ledger-dashboard', { fullPage: true })

  await page.goto('/budgets')
  await expect(page.getByRole('heading', { level: 1, name: 'Budgets & goals' })).toBeVisible()
  await screenshot(page, 'ledger-budgets')
})
