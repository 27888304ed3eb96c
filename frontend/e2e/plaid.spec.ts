import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { signUpAndStart } from './session'
import { screenshot } from './pages'

/**
 * Against a real backend (API + both workers) and the local fake of Plaid's REST API that
 * tests/e2e/test_browser.py starts (PLAID_FAKE_URL; the server's PLAID_BASE_URL points at it,
 * PLAID_ENV=sandbox): a mailbox export holds the bank's UPI alert of a payment; then a test bank
 * is linked through Plaid's sandbox, reporting the same payment (same UPI reference) and a
 * coffee. The ledger keeps the payment once (merged, shown so on the email and on the bank) and
 * gains the coffee from the bank.
 */

const REFERENCE = `7${String(Date.now()).slice(-11)}` // a UPI RRN: 12 digits
const PLAID_FAKE_URL = process.env.PLAID_FAKE_URL ?? ''

function alertMailbox(sent: Date): string {
  const day = `${String(sent.getUTCDate()).padStart(2, '0')}-${String(sent.getUTCMonth() + 1).padStart(2, '0')}-${String(sent.getUTCFullYear()).slice(2)}`
  const alert = [
    'From: HDFC Bank InstaAlerts <alerts@hdfcbank.net>',
    'To: Alex Rao <alex.rao@example.com>',
    'Subject: You have done a UPI txn. Check details!',
    `Date: ${sent.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <upi-${REFERENCE}@hdfcbank.net>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Dear Customer, Rs.749.00 has been debited from account **4321 to VPA swiggy@icici SWIGGY on ${day}. ` +
      `Your UPI transaction reference number is ${REFERENCE}.`,
    '',
  ].join('\n')
  const out = join(mkdtempSync(join(tmpdir(), 'fincoach-e2e-')), 'bank-alert.mbox')
  writeFileSync(out, `From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n${alert}\n`)
  return out
}

async function transactionRows(page: Page) {
  await page.goto('/transactions')
  return page.getByRole('list', { name: 'Transactions' }).getByRole('listitem')
}

test('a linked bank’s transactions come in, the payment mail already gave merged with it', async ({ page, request }) => {
  test.skip(!PLAID_FAKE_URL, 'needs the fake Plaid server (tests/e2e/test_browser.py starts it)')
  test.setTimeout(240_000)
  await signUpAndStart(request, page, 'Bank Tester')
  const sent = new Date(Date.now() - 2 * 864e5)

  // Mail first: the bank's alert, imported from an export.
  await page.goto('/accounts')
  await page.getByLabel('Mailbox export file').setInputFiles(alertMailbox(sent))
  await page.getByRole('button', { name: 'Upload and import' }).click()
  await expect(page.getByText('bank-alert.mbox was uploaded.')).toBeVisible({ timeout: 60_000 })
  await expect(async () => {
    const rows = await transactionRows(page)
    await expect(rows.first()).toContainText('749.00', { timeout: 2_000 })
  }).toPass({ timeout: 120_000 })

  // The test bank Plaid's sandbox will link: account ••4321, the same payment and a coffee.
  const day = sent.toISOString().slice(0, 10)
  const seeded = await request.post(`${PLAID_FAKE_URL}/__fake/next_item`, {
    data: {
      mask: '4321',
      transactions: [
        { amount: 749.0, name: 'UPI-SWIGGY', on: day, reference: REFERENCE },
        { amount: 120.5, name: 'Blue Tokai Coffee', on: day },
      ],
    },
  })
  expect(seeded.ok()).toBeTruthy()

  await page.goto('/accounts')
  await page.getByRole('button', { name: 'Link a test bank (sandbox)' }).click()
  await expect(page.getByText('HDFC Bank is linked.')).toBeVisible({ timeout: 30_000 })
  const bank = page.getByRole('listitem', { name: 'HDFC Bank' })
  await expect(bank).toContainText('Bank (Plaid) · ••4321', { timeout: 60_000 })
  const summary = bank.getByText('2 transactions from HDFC Bank, 1 merged with your emails')
  await expect(async () => {
    await page.reload()
    await expect(summary).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 120_000 })
  await summary.click()
  const reported = bank.getByRole('list', { name: 'Transactions from HDFC Bank' })
  await expect(reported.getByRole('listitem').filter({ hasText: 'UPI-SWIGGY' })).toContainText('Merged with an email')
  await expect(reported).toContainText(`both give payment reference ${REFERENCE}`)
  await expect(reported.getByRole('listitem').filter({ hasText: 'Blue Tokai Coffee' })).toContainText('New transaction')
  await screenshot(page, 'accounts-bank-merged')

  // The ledger: the payment once, and the coffee from the bank.
  const rows = await transactionRows(page)
  await expect(rows).toHaveCount(2)
  await expect(page.getByRole('list', { name: 'Transactions' })).toContainText('749.00')
  await expect(page.getByRole('list', { name: 'Transactions' })).toContainText('120.50')

  // On the alert's email, where merges are shown: the bank's report of the same payment.
  await page.goto('/emails')
  await page.getByRole('list', { name: 'Emails' }).getByRole('link', { name: /You have done a UPI txn/ }).click()
  const panel = page.getByRole('region', { name: 'Same payment, other emails' })
  const banks = panel.getByRole('list', { name: 'Reported by your bank' })
  await expect(banks).toContainText('HDFC Bank')
  await expect(banks).toContainText('UPI-SWIGGY')
  await expect(banks).toContainText('Merged: Same payment reference')
  await screenshot(page, 'emails-bank-report')
})
