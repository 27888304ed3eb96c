import { expect, test, type Page } from '@playwright/test'
import { screenshot } from './pages'
import { signUpAndStart } from './session'

/**
 * Against a real backend: a new user imports six months of history (a CSV through the API:
 * a salary, rent, groceries at BigBasket, Netflix every 30 days), then
 * - the period picker: a preset and custom days go into the URL, survive a reload and the back
 *   button, on Reports and on the dashboard;
 * - every report view draws its chart with that data and has the numbers in its table: cash
 *   flow, the income Sankey, spend by category (drilling into Transactions), top merchants,
 *   the forecast with its range, recurring payments confirmed and dismissed (still dismissed
 *   after a reload: the server keeps it).
 * Needs BASE_URL and OTP_SINK_URL, like auth.spec.ts; no worker beyond the one sending codes.
 */

const dayBefore = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

function history(): string {
  const rows = ['date,description,merchant,amount,category']
  for (let k = 0; k < 6; k += 1) {
    const base = 30 * k
    rows.push(`${dayBefore(base + 3)},Salary credit,ACME Corp,100000.00,Salary`)
    rows.push(`${dayBefore(base + 2)},Netflix subscription,Netflix,-649.00,Subscriptions`)
    rows.push(`${dayBefore(base + 4)},Rent,Landlord,-30000.00,Rent`)
    rows.push(`${dayBefore(base + 6)},Groceries,BigBasket,-${2000 + 150 * k}.00,Groceries`)
    rows.push(`${dayBefore(base + 16)},Groceries,BigBasket,-${1800 + 100 * k}.00,Groceries`)
    rows.push(`${dayBefore(base + 11)},Dinner,Swiggy,-${450 + 20 * k}.00,Dining`)
  }
  return rows.join('\n') + '\n'
}

async function importHistory(page: Page, accessToken: string) {
  const response = await page.request.post('/api/v1/transactions/import', {
    headers: { Authorization: `Bearer ${accessToken}` },
    multipart: {
      file: { name: 'history.csv', mimeType: 'text/csv', buffer: Buffer.from(history()) },
      mapping: JSON.stringify({ date: 'date', amount: 'amount', description: 'description', merchant: 'merchant', category: 'category' }),
    },
  })
  expect(response.ok(), await response.text()).toBe(true)
  expect(((await response.json()) as { imported: number }).imported).toBe(36)
}

const section = (page: Page, heading: string) => page.locator('section').filter({ has: page.getByRole('heading', { name: heading, exact: true }) })
const picker = (page: Page) => page.getByRole('group', { name: 'Report period' })

test('period picker in the URL, and every report view with data', async ({ page, request }) => {
  test.setTimeout(120_000)
  const pair = await signUpAndStart(request, page, 'Reports Tester')
  await importHistory(page, pair.access_token)

  // Default period: never an almost empty month; income and a savings rate are there.
  await page.goto('/reports')
  const summary = page.getByRole('group', { name: /^Summary: / })
  await expect(summary.getByLabel(/^Income: /)).toContainText('100,000.00')
  await expect(summary.getByLabel(/^Savings rate: /)).not.toHaveText('—')

  // A preset: into the URL, kept on reload.
  await picker(page).getByLabel('Period', { exact: true }).selectOption({ label: 'Last 90 days' })
  await expect(page).toHaveURL(/\/reports\?period=last-90$/)
  await expect(page.getByRole('group', { name: 'Summary: Last 90 days' }).getByLabel(/^Income: /)).toContainText('300,000.00')
  await page.reload()
  await expect(picker(page).getByLabel('Period', { exact: true })).toHaveValue('last-90')
  await expect(page.getByRole('group', { name: 'Summary: Last 90 days' })).toBeVisible()

  // Custom days: applied with the button, in the URL, kept on reload; back returns to the preset.
  await picker(page).getByLabel('Period', { exact: true }).selectOption({ label: 'Custom' })
  await picker(page).getByLabel('From', { exact: true }).fill(dayBefore(200))
  await picker(page).getByLabel('To', { exact: true }).fill(dayBefore(0))
  await picker(page).getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(new RegExp(`period=custom&from=${dayBefore(200)}&to=${dayBefore(0)}$`))
  await page.reload()
  await expect(picker(page).getByLabel('From', { exact: true })).toHaveValue(dayBefore(200))
  await expect(page.getByRole('group', { name: 'Summary: Custom' }).getByLabel(/^Income: /)).toContainText('600,000.00')
  await page.goBack()
  await expect(page).toHaveURL(/period=last-90$/)
  await expect(picker(page).getByLabel('Period', { exact: true })).toHaveValue('last-90')

  // Every view draws its chart, and its numbers are in its table.
  const flow = section(page, 'Cash flow')
  await expect(flow.locator('.recharts-surface').first()).toBeVisible()
  await flow.getByRole('button', { name: 'Show table' }).click()
  await expect(flow.getByRole('table', { name: 'Cash flow' })).toBeVisible()
  await expect(flow.getByRole('table', { name: 'Cash flow' })).toContainText('100,000.00')

  const sankey = section(page, 'Where the money went')
  await expect(sankey.locator('.recharts-sankey-nodes, .recharts-surface').first()).toBeVisible()
  const flows = sankey.getByRole('table', { name: 'Money flows from income to spending' })
  await expect(flows.getByRole('row', { name: /Salary/ })).toContainText('300,000.00')
  await expect(flows.getByRole('row', { name: /Rent/ })).toContainText('90,000.00')
  await expect(flows.getByRole('row', { name: /Saved/ })).toBeAttached()

  const merchants = section(page, 'Top merchants')
  await expect(merchants.locator('.recharts-surface').first()).toBeVisible()
  await expect(merchants.getByRole('table', { name: 'Top merchants' }).getByRole('row').nth(1)).toContainText('Landlord')

  const forecast = section(page, "Next month's forecast")
  await expect(forecast.locator('.recharts-surface').first()).toBeVisible()
  await expect(forecast.getByText(/expected, between/)).toBeVisible()
  await expect(forecast.getByRole('table', { name: "Next month's forecast by category" })).toContainText('Groceries')
  await screenshot(page, 'reports-desktop', { fullPage: true })

  // Recurring: confirm Netflix, then dismiss it; the server keeps the dismissal.
  const recurring = section(page, 'Recurring payments')
  const netflix = recurring.getByRole('listitem', { name: 'Netflix' })
  await netflix.getByRole('button', { name: 'Confirm Netflix' }).click()
  await expect(netflix.getByText('Confirmed')).toBeVisible()
  await netflix.getByRole('button', { name: 'Dismiss Netflix' }).click()
  await expect(recurring.getByText('Netflix is no longer treated as recurring.')).toBeVisible()
  await expect(recurring.getByRole('listitem', { name: 'Netflix' })).toHaveCount(0)
  await page.reload()
  await expect(section(page, 'Recurring payments').getByRole('listitem', { name: 'Landlord' })).toBeVisible()
  await expect(section(page, 'Recurring payments').getByRole('listitem', { name: 'Netflix' })).toHaveCount(0)

  // Spend by category drills into the category's transactions over the period.
  const spend = section(page, 'Spend by category')
  await expect(spend.locator('.recharts-surface').first()).toBeVisible()
  await spend.getByRole('table', { name: 'Spend by category' }).getByRole('link', { name: 'Groceries' }).click()
  await expect(page).toHaveURL(new RegExp(`/transactions\\?category_id=[0-9a-f-]{36}&from=${dayBefore(89)}&to=${dayBefore(0)}$`))

  // The dashboard has the same picker, kept in its URL too.
  await page.goto('/dashboard')
  await expect(page.getByRole('group', { name: /^Summary: / }).getByLabel(/^Income: /)).toContainText('100,000.00')
  await picker(page).getByLabel('Period', { exact: true }).selectOption({ label: 'This year' })
  await expect(page).toHaveURL(/\/dashboard\?period=this-year$/)
  await page.reload()
  await expect(picker(page).getByLabel('Period', { exact: true })).toHaveValue('this-year')
  await expect(section(page, 'Cash flow').locator('.recharts-surface').first()).toBeVisible()
  await screenshot(page, 'reports-dashboard', { fullPage: true })
})
