import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { screenshot } from './pages'
import { signUpAndStart } from './session'

/**
 * Against a real backend (API + both workers): a mailbox holds six alerts from one wallet,
 * PayNest, in a layout the extractor misreads: it takes the balance after the payment for the
 * payment. They wait on the Review page, unsure of the amount. The person opens one, SELECTS
 * the right amount in the highlighted message and says it is the amount; FinCoach learns the
 * sender's layout, re-reads its other emails in a job on the Jobs page, and those become right
 * transactions. Needs BASE_URL and OTP_SINK_URL, like mailbox.spec.ts.
 */

const SENDER = 'notify@paynest.example'
// merchant, the payment, the balance after it (what the rules take for the amount).
const PAYMENTS: Array<[string, string, string]> = [
  ['Bluebird Cafe', '3,450.00', '12,880.00'],
  ['Green Grocer', '1,275.50', '9,430.00'],
  ['City Cinemas', '640.00', '8,790.00'],
  ['Metro Fuel', '2,100.00', '6,690.00'],
  ['Page Turner Books', '899.00', '5,791.00'],
  ['Sunrise Pharmacy', '315.25', '5,475.75'],
]
const subject = (n: number) => `PayNest activity #${1041 + n}`

function message(n: number, sent: Date): string {
  const [merchant, paid, balance] = PAYMENTS[n]
  return [
    `From: PayNest Wallet <${SENDER}>`,
    'To: Alex Rao <alex.rao@example.com>',
    `Subject: ${subject(n)}`,
    `Date: ${sent.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <activity-${1041 + n}-${sent.getTime()}@paynest.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'PayNest | Activity summary',
    // "Amount after" (the wallet's balance after the payment) reads to the rules as the
    // amount; "Minus" says nothing to them.
    `Amount after .. INR ${balance}`,
    'Limit ......... INR 50,000.00',
    `Minus ......... INR ${paid}`,
    `At ............ ${merchant}`,
    '',
  ].join('\n')
}

/** An mbox export of the six alerts, a few hours apart over the last days. */
function payNestMailbox(): string {
  const separator = 'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n'
  const now = Date.now()
  const body = PAYMENTS.map((_, n) => `${separator}${message(n, new Date(now - (n + 1) * 5 * 3600_000))}\n`).join('')
  const out = join(mkdtempSync(join(tmpdir(), 'fincoach-e2e-')), 'paynest.mbox')
  writeFileSync(out, body)
  return out
}

/** Drag the mouse over `needle` in the message, as a person selects text. */
async function selectText(page: Page, message: Locator, needle: string) {
  await message.scrollIntoViewIfNeeded()
  const box = await message.evaluate((pre, text) => {
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + text.length)
      const rect = range.getBoundingClientRect()
      return { x: rect.left, y: rect.top, width: rect.width, height: rect.height }
    }
    return null
  }, needle)
  if (!box) throw new Error(`“${needle}” is not in the message`)
  const y = box.y + box.height / 2
  await page.mouse.move(box.x + 1, y)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width - 1, y, { steps: 8 })
  await page.mouse.up()
}

test('correct an amount by selecting it in the message: the sender’s other emails are read right', async ({ page, request }) => {
  test.setTimeout(300_000)
  await signUpAndStart(request, page, 'Review Tester')

  await page.goto('/accounts')
  await page.getByLabel('Mailbox export file').setInputFiles(payNestMailbox())
  await page.getByRole('button', { name: 'Upload and import' }).click()
  await expect(page.getByText('paynest.mbox was uploaded.')).toBeVisible({ timeout: 60_000 })

  // The import and extraction run in the workers; the six alerts arrive on Review, unsure of
  // their amount (the badge in the navigation counts them).
  const items = page.getByRole('list', { name: 'Review items' })
  await expect(async () => {
    await page.goto('/review')
    await expect(items.getByRole('listitem')).toHaveCount(PAYMENTS.length, { timeout: 3_000 })
  }).toPass({ timeout: 180_000 })
  const nav = page.getByRole('complementary', { name: 'Sidebar' })
  await expect(nav.getByRole('link', { name: `Review ${PAYMENTS.length} open` })).toBeVisible()
  // As read before the correction: the balance taken for the payment.
  await page.goto('/transactions')
  const rows = page.getByRole('list', { name: 'Transactions' }).getByRole('listitem')
  await expect(rows).toHaveCount(PAYMENTS.length, { timeout: 30_000 })
  await expect(page.getByRole('list', { name: 'Transactions' })).toContainText('12,880.00')
  await page.goBack()

  // Open the first alert (keyboard: j/k move the current item).
  await expect(items.getByRole('listitem')).toHaveCount(PAYMENTS.length)
  const first = items.getByRole('listitem', { name: subject(0) })
  await first.click()
  await expect(first).toHaveAttribute('aria-current', 'true')
  const detail = page.getByRole('article', { name: subject(0) })
  await expect(detail).toContainText('Unsure reading')
  const message = detail.getByLabel('Message text')
  // The wrong amount is highlighted where it was read.
  await expect(message.locator('mark[data-fields~="amount"]')).toHaveText('12,880.00')
  await screenshot(page, 'review-unsure-amount')

  // Select the real amount in the message and say it is the amount.
  await selectText(page, message, PAYMENTS[0][1])
  const picker = detail.getByRole('group', { name: 'Use the selected text as' })
  await expect(picker).toContainText(`“${PAYMENTS[0][1]}”`)
  await picker.getByRole('button', { name: 'Amount' }).click()
  const form = detail.getByRole('form', { name: 'Correct the transaction' })
  await expect(form.getByRole('textbox', { name: 'Amount' })).toHaveValue('3450.00')
  await screenshot(page, 'review-amount-selected')
  await form.getByRole('button', { name: 'Save correction' }).click()

  // FinCoach says it learned the sender, and links to the re-extraction job.
  await expect(page.getByText(`Correction saved: “${subject(0)}”.`)).toBeVisible()
  await expect(page.getByText(`FinCoach learned how ${SENDER} writes its emails`)).toBeVisible()
  await screenshot(page, 'review-template-learned')
  await page.getByRole('link', { name: 'Follow the re-extraction on Jobs' }).click()
  const job = page.getByRole('article', { name: /Re-reading a sender/ })
  await expect(job.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100', { timeout: 120_000 })
  await expect(job.getByText('Completed')).toBeVisible({ timeout: 30_000 })
  await screenshot(page, 'review-reextract-job')

  // The sender's other emails are now right transactions: each payment's own amount, and no
  // balance taken for a payment.
  await expect(async () => {
    await page.goto('/transactions')
    const list = page.getByRole('list', { name: 'Transactions' })
    await expect(list.getByRole('listitem')).toHaveCount(PAYMENTS.length, { timeout: 5_000 })
    const text = (await list.textContent()) ?? ''
    for (const [, paid, balance] of PAYMENTS) {
      expect(text).toContain(paid)
      expect(text).not.toContain(balance)
    }
  }).toPass({ timeout: 60_000 })
  await screenshot(page, 'review-transactions-right')

  // An email of the sender shows the amount read by the template, highlighted where it stands.
  await page.goto('/emails')
  await page.getByRole('list', { name: 'Emails' }).getByRole('link', { name: new RegExp(subject(3)) }).click()
  const reread = page.getByRole('article', { name: subject(3) })
  await expect(reread.getByLabel('Message text').locator('mark[data-fields~="amount"]')).toHaveText(PAYMENTS[3][1])
  await expect(reread.getByRole('list', { name: 'Fields read' }).getByRole('listitem', { name: /^Amount: / })).toContainText('template')
  // Hovering the amount in the legend lights its span in the message.
  await reread.getByRole('list', { name: 'Fields read' }).getByRole('listitem', { name: /^Amount: / }).hover()
  await expect(reread.getByLabel('Message text').locator('mark[data-active]')).toHaveText(PAYMENTS[3][1])
  await screenshot(page, 'emails-fields-highlighted')
})
