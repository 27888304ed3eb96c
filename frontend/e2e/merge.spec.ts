import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { signUpAndStart } from './session'
import { screenshot } from './pages'

/**
 * Against a real backend (API + both workers): a mailbox holds a bank's UPI alert and the shop's
 * receipt of the same payment, both giving its UPI reference. After the import, the ledger has
 * one transaction; the receipt's email says it was merged into the alert's transaction and why,
 * the alert's email lists the receipt, and Split gives the receipt its own transaction back.
 * Needs BASE_URL and OTP_SINK_URL, like mailbox.spec.ts.
 */

const REFERENCE = `6${String(Date.now()).slice(-11)}` // a UPI RRN: 12 digits

function message(messageId: string, from: string, subject: string, sent: Date, body: string): string {
  return [
    `From: ${from}`,
    'To: Alex Rao <alex.rao@example.com>',
    `Subject: ${subject}`,
    `Date: ${sent.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\n')
}

/** An mbox export of the two reports of one payment. */
function mergeMailbox(): string {
  const sent = new Date(Date.now() - 2 * 864e5)
  const day = `${String(sent.getUTCDate()).padStart(2, '0')}-${String(sent.getUTCMonth() + 1).padStart(2, '0')}-${String(sent.getUTCFullYear()).slice(2)}`
  const alert = message(
    `<upi-${REFERENCE}@hdfcbank.net>`,
    'HDFC Bank InstaAlerts <alerts@hdfcbank.net>',
    'You have done a UPI txn. Check details!',
    sent,
    `Dear Customer, Rs.749.00 has been debited from account **4321 to VPA swiggy@icici SWIGGY on ${day}. ` +
      `Your UPI transaction reference number is ${REFERENCE}.`,
  )
  const receipt = message(
    `<order-${REFERENCE}@swiggy.in>`,
    'Swiggy <noreply@swiggy.in>',
    'Your Swiggy order summary',
    new Date(sent.getTime() + 2 * 60_000),
    `Thank you for ordering with Swiggy!\nOrder Total: Rs. 749.00\nPaid via UPI. UPI transaction reference number is ${REFERENCE}.`,
  )
  const separator = 'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n'
  const out = join(mkdtempSync(join(tmpdir(), 'fincoach-e2e-')), 'merge.mbox')
  writeFileSync(out, `${separator}${alert}\n${separator}${receipt}\n`)
  return out
}

/** The rows of the Transactions page. */
async function transactionRows(page: Page) {
  await page.goto('/transactions')
  return page.getByRole('list', { name: 'Transactions' }).getByRole('listitem')
}

test('a merged email shows why, and Split gives it its own transaction', async ({ page, request }) => {
  test.setTimeout(240_000)
  await signUpAndStart(request, page, 'Merge Tester')

  await page.goto('/accounts')
  await page.getByLabel('Mailbox export file').setInputFiles(mergeMailbox())
  await page.getByRole('button', { name: 'Upload and import' }).click()
  await expect(page.getByText('merge.mbox was uploaded.')).toBeVisible({ timeout: 60_000 })

  // The sync, then extraction, run in the workers: open the receipt's email until it says it
  // was merged into the alert's transaction, and why.
  const list = page.getByRole('list', { name: 'Emails' })
  const panel = page.getByRole('region', { name: 'Same payment, other emails' })
  await expect(async () => {
    await page.goto('/emails')
    await list.getByRole('link', { name: /Your Swiggy order summary/ }).click({ timeout: 2_000 })
    await expect(panel).toContainText('Merged into', { timeout: 2_000 })
  }).toPass({ timeout: 150_000 })
  await expect(panel).toContainText('Same payment reference')
  await expect(panel).toContainText(`both give payment reference ${REFERENCE}`)
  await screenshot(page, 'emails-merged-into')
  const rows = await transactionRows(page)
  await expect(rows.first()).toContainText('749.00')
  await expect(rows).toHaveCount(1)
  await page.goBack()

  // The transaction kept: its own email lists the receipt.
  await panel.getByRole('link', { name: /749\.00/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'You have done a UPI txn. Check details!' })).toBeVisible()
  const others = page.getByRole('list', { name: 'Also reported by' })
  await expect(others.getByRole('link', { name: 'Your Swiggy order summary' })).toBeVisible()
  await screenshot(page, 'emails-also-reported-by')

  // Split: the receipt gets its own transaction back.
  await others.getByRole('link', { name: 'Your Swiggy order summary' }).click()
  await page.getByRole('button', { name: 'Split' }).click()
  await expect(page.getByText('Split: this email now has a transaction of its own.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Split' })).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Split merges' })).toContainText('recorded as its own transaction')
  await screenshot(page, 'emails-split')

  await expect(async () => {
    const rows = await transactionRows(page)
    await expect(rows.first()).toBeVisible({ timeout: 2_000 })
    expect(await rows.count()).toBe(2)
  }).toPass({ timeout: 30_000 })
})
