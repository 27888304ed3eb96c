import { expect, test } from '@playwright/test'
import { screenshot } from '../pages'
import { mockApi, signInBeforeLoad } from './mockApi'

/** The money pages with a populated ledger, at desktop and phone widths (e2e/artifacts/mock-*-ledger-*). */
const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const

for (const size of widths) {
  test.describe(`${size.name} width`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    test('dashboard, transactions, categories and budgets with data', async ({ page }) => {
      await mockApi(page, { mailbox: 'populated', ledger: 'populated' })
      await signInBeforeLoad(page)
      const fullPage = true

      await page.goto('/dashboard')
      await expect(page.getByRole('group', { name: /^Summary: / })).toContainText('185,000.00')
      await expect(page.getByRole('table', { name: 'Spend by category' })).toContainText('Rent')
      await expect(page.locator('.recharts-surface').first()).toBeVisible()
      await screenshot(page, `mock-${size.name}-ledger-dashboard`, { fullPage })

      await page.goto('/transactions')
      await expect(page.getByRole('list', { name: 'Transactions' }).getByRole('listitem')).toHaveCount(10)
      await screenshot(page, `mock-${size.name}-ledger-transactions`, { fullPage })

      await page.goto('/categories')
      await expect(page.getByRole('list', { name: 'Categories' })).toContainText('Salary')
      await screenshot(page, `mock-${size.name}-ledger-categories`, { fullPage })

      await page.goto('/budgets')
      await expect(page.getByRole('list', { name: 'Budgets' })).toContainText('over')
      await screenshot(page, `mock-${size.name}-ledger-budgets`, { fullPage })
    })
  })
}

test('inline category change, bulk select and the dashboard following the change', async ({ page }) => {
  await mockApi(page, { mailbox: 'populated', ledger: 'populated' })
  await signInBeforeLoad(page)
  await page.goto('/transactions')
  const coffee = page.getByRole('combobox', { name: 'Category of Blue Tokai' })
  await expect(coffee).toHaveValue('')
  await coffee.selectOption({ label: 'Dining' })
  await expect(coffee).toHaveValue(/c1000000-.*-000000000002/)
  await expect(coffee).toBeEnabled()

  await page.getByRole('checkbox', { name: 'Select Swiggy' }).check()
  await page.getByRole('checkbox', { name: 'Select Zomato' }).check()
  await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('2 selected')
  await screenshot(page, 'mock-desktop-ledger-transactions-bulk')

  await page.getByRole('search', { name: 'Filter transactions' }).getByLabel('Search').fill('uber')
  await expect(page.getByRole('list', { name: 'Transactions' }).getByRole('listitem')).toHaveCount(1)

  await page.getByRole('complementary', { name: 'Sidebar' }).getByRole('link', { name: 'Dashboard', exact: true }).click()
  await expect(page.getByRole('table', { name: 'Spend by category' }).getByRole('row', { name: /Dining/ })).toContainText('1,518.00')
})
