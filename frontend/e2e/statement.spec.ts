import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { getOtp } from './otp'
import { startSignedIn } from './session'

/**
 * Against a real backend: the ledger holds one card alert (account ending 4321) and one alert
 * the bank never booked; the person imports the bank's OFX statement on the Reconciliation page
 * and sees the alert matched, the statement's other two lines added, the stray alert flagged,
 * and the 99.00 gap in the balance check. Needs BASE_URL and OTP_SINK_URL.
 */

const OFX = `OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20260401120000<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>EUR
<BANKACCTFROM><BANKID>10020030<ACCTID>DE44500105175407324321<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20260301<DTEND>20260331
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260302<TRNAMT>-45.90<FITID>REF1001<NAME>GROCERY MART 221</STMTTRN>
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260305<TRNAMT>2500.00<FITID>REF1002<NAME>ACME CORP SALARY</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260309<TRNAMT>-12.50<FITID>REF1003<NAME>COFFEE HOUSE</STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>3441.60<DTASOF>20260331</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
`

test('an OFX statement is imported and reconciled with the alerts', async ({ page, request }) => {
  test.setTimeout(120_000)
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const email = `e2e-statement-${stamp}@example.com`
  expect(
    (await request.post('/api/auth/register', { data: { email, password: `Str0ng-pass-${stamp}`, full_name: 'Statement Tester' } })).status(),
  ).toBe(202)
  const verified = await request.post('/api/auth/verify-otp', { data: { email, code: await getOtp(email, { timeoutMs: 60_000 }) } })
  const pair = (await verified.json()) as { access_token: string; refresh_token: string }
  const headers = { Authorization: `Bearer ${pair.access_token}` }
  const account = await request.post('/api/v1/accounts', {
    headers,
    data: { name: 'Current account', kind: 'bank', last4: '4321', currency: 'EUR' },
  })
  expect(account.status()).toBe(201)
  const accountId = ((await account.json()) as { id: string }).id
  for (const [amount, description, day] of [
    ['45.90', 'Spent EUR 45.90 at GROCERY MART', '2026-03-01T18:30:00Z'],
    ['99.00', 'Alert the bank never booked', '2026-03-20T09:00:00Z'],
  ]) {
    const added = await request.post('/api/v1/transactions', {
      headers,
      data: { amount, currency: 'EUR', type: 'debit', description, occurred_at: day, account_id: accountId },
    })
    expect(added.status()).toBe(201)
  }
  await startSignedIn(page, pair.refresh_token)

  const file = join(mkdtempSync(join(tmpdir(), 'fincoach-e2e-')), 'march.ofx')
  writeFileSync(file, OFX)
  await page.goto('/reconciliation')
  await page.getByLabel('Statement file').setInputFiles(file)
  await page.getByRole('button', { name: 'Import and reconcile' }).click()

  const matched = page.getByRole('region', { name: 'Matched (1)' })
  await expect(matched).toContainText('GROCERY MART 221')
  await expect(matched).toContainText('was:')
  await expect(page.getByRole('region', { name: 'Missing from the ledger (2)' })).toContainText('ACME CORP SALARY')
  await expect(page.getByRole('region', { name: 'Not on the statement (1)' })).toContainText('Alert the bank never booked')
  await expect(page.getByText(/The ledger differs from the statement by .*99\.00/)).toBeVisible()
})

/** A real password-protected PDF statement, written by the Python test helpers the API tests use. */
function lockedPdfStatement(password: string): Buffer {
  const python = process.env.PYTHON ?? join(process.cwd(), '..', '.venv', 'bin', 'python')
  const script = [
    'import sys',
    "sys.path.insert(0, '..')",
    'from tests.pdf_helpers import with_password',
    'from tests.statement_pdfs import uk_current_account',
    'sys.stdout.buffer.write(with_password(uk_current_account()[0], sys.argv[1]))',
  ].join('\n')
  return execFileSync(python, ['-c', script, password])
}

test('a password-protected PDF statement asks for its password, then reconciles', async ({ page, request }) => {
  test.setTimeout(120_000)
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const email = `e2e-pdf-statement-${stamp}@example.com`
  expect(
    (await request.post('/api/auth/register', { data: { email, password: `Str0ng-pass-${stamp}`, full_name: 'PDF Tester' } })).status(),
  ).toBe(202)
  const verified = await request.post('/api/auth/verify-otp', { data: { email, code: await getOtp(email, { timeoutMs: 60_000 }) } })
  const pair = (await verified.json()) as { access_token: string; refresh_token: string }
  const headers = { Authorization: `Bearer ${pair.access_token}` }
  const account = await request.post('/api/v1/accounts', {
    headers,
    data: { name: 'Current account', kind: 'bank', last4: '9917', currency: 'GBP' },
  })
  expect(account.status()).toBe(201)
  const accountId = ((await account.json()) as { id: string }).id
  const alert = await request.post('/api/v1/transactions', {
    headers,
    data: {
      amount: '42.17',
      currency: 'GBP',
      type: 'debit',
      description: 'You spent GBP 42.17 at TESCO',
      occurred_at: '2026-11-02T19:00:00Z',
      account_id: accountId,
    },
  })
  expect(alert.status()).toBe(201)
  await startSignedIn(page, pair.refresh_token)

  const file = join(mkdtempSync(join(tmpdir(), 'fincoach-e2e-')), 'november.pdf')
  writeFileSync(file, lockedPdfStatement('Leeds 2026!'))
  await page.goto('/reconciliation')
  await page.getByLabel('Statement file').setInputFiles(file)
  await page.getByRole('button', { name: 'Import and reconcile' }).click()
  await expect(page.getByText('The PDF is protected with a password: give its password.')).toBeVisible()

  await page.getByLabel('PDF password').fill('leeds 2026!')
  await page.getByRole('button', { name: 'Import and reconcile' }).click()
  await expect(page.getByText('The password does not open this PDF.')).toBeVisible()

  await page.getByLabel('PDF password').fill('Leeds 2026!')
  await page.getByRole('button', { name: 'Import and reconcile' }).click()
  const matched = page.getByRole('region', { name: 'Matched (1)' })
  await expect(matched).toContainText('CARD PAYMENT TO TESCO STORES 2041')
  await expect(page.getByRole('region', { name: 'Missing from the ledger (4)' })).toContainText('BANK GIRO CREDIT ACME LTD SALARY')
  await expect(page.getByText('The ledger agrees with the statement.')).toBeVisible()
})
