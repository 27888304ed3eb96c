import { expect, test } from '@playwright/test'
import { daysAgo, ledgerApi } from './ledger'
import { screenshot } from './pages'
import { signUpAndStart } from './session'

test('the drawer edits every field, splits across categories, and the list keeps its filters in the URL', async ({ page, request }) => {
  test.setTimeout(120_000)
  const pair = await signUpAndStart(request, page, 'Drawer Tester')
  const ledger = ledgerApi(request, pair.access_token)
  const cats = await ledger.categories()
  const card = await ledger.addAccount('Travel card', { last4: '4242' })
  const bazaar = await ledger.addTransaction({ amount: '1000.00', merchant: 'Big Bazaar', category_id: cats.Groceries, occurred_at: `${daysAgo(2)}T10:00:00Z` })
  await ledger.addTransaction({ amount: '250.00', merchant: 'Blue Tokai', category_id: cats.Dining, occurred_at: `${daysAgo(3)}T10:00:00Z` })
  await ledger.addTransaction({ amount: '90.00', merchant: 'Metro', occurred_at: `${daysAgo(40)}T10:00:00Z` })

  await page.goto('/transactions')
  const list = page.getByRole('list', { name: 'Transactions' })
  await expect(list.getByRole('listitem')).toHaveCount(3)

  // Open by keyboard: the row's Details button, Enter.
  const details = list.getByRole('listitem', { name: 'Big Bazaar' }).getByRole('button', { name: 'Details of Big Bazaar' })
  await details.focus()
  await page.keyboard.press('Enter')
  const drawer = page.getByRole('dialog', { name: 'Big Bazaar' })
  await expect(drawer).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`txn=${bazaar.id}`))

  await drawer.getByLabel('Amount', { exact: true }).fill('1200.50')
  await drawer.getByLabel('Currency').selectOption('USD')
  await drawer.getByLabel('Direction').selectOption('credit')
  await drawer.getByLabel('Date').fill(daysAgo(1))
  await drawer.getByLabel('Merchant').fill('Big Bazaar Koramangala')
  await drawer.getByLabel('Description').fill('monthly shop')
  await drawer.getByLabel('Account').selectOption({ label: 'Travel card' })
  await drawer.getByLabel('Category').selectOption({ label: 'Shopping' })
  await drawer.getByLabel('Notes').fill('for the flat')
  await drawer.getByLabel('Tags').fill('home, Monthly')
  await drawer.getByRole('button', { name: 'Save changes' }).click()
  await expect(drawer.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await screenshot(page, 'transactions-drawer-edited')

  // Stored: read back through the API, and the drawer reopens from the URL after a reload.
  const stored = await ledger.get<Record<string, unknown>>(`/transactions/${bazaar.id}`)
  expect(stored).toMatchObject({
    amount: '1200.50',
    currency: 'USD',
    type: 'credit',
    transactor_name: 'Big Bazaar Koramangala',
    description: 'monthly shop',
    account_id: card.id,
    category_id: cats.Shopping,
    notes: 'for the flat',
    tags: ['home', 'monthly'],
  })
  expect(String(stored.occurred_at).slice(0, 10)).toBe(daysAgo(1))
  await page.reload()
  const reopened = page.getByRole('dialog', { name: 'Big Bazaar Koramangala' })
  await expect(reopened.getByLabel('Tags')).toHaveValue('home, monthly')
  await page.keyboard.press('Escape')
  await expect(reopened).toBeHidden()
  await expect(page).not.toHaveURL(/txn=/)

  // A split: 1200.50 as 700.50 shopping + 500 groceries.
  await list.getByRole('listitem', { name: 'Big Bazaar Koramangala' }).getByRole('button', { name: /^Details of/ }).click()
  const splitDrawer = page.getByRole('dialog', { name: 'Big Bazaar Koramangala' })
  await splitDrawer.getByRole('button', { name: 'Split', exact: true }).click()
  const parts = splitDrawer.getByRole('group', { name: 'Split across categories' })
  await parts.getByLabel('Amount of part 1').fill('700.50')
  await parts.getByLabel('Amount of part 2').fill('400')
  await expect(parts.getByText('100.00 is still to assign.')).toBeVisible()
  await expect(parts.getByRole('button', { name: 'Save split' })).toBeDisabled()
  await parts.getByLabel('Amount of part 2').fill('500')
  await parts.getByLabel('Category of part 2').selectOption({ label: 'Groceries' })
  await parts.getByRole('button', { name: 'Save split' }).click()
  await expect(splitDrawer.getByRole('button', { name: 'Remove split' })).toBeVisible()
  await screenshot(page, 'transactions-drawer-split')
  const split = await ledger.get<{ splits: { category_id: string; amount: string }[] }>(`/transactions/${bazaar.id}`)
  expect(split.splits.map((s) => [s.category_id, s.amount])).toEqual([
    [cats.Shopping, '700.50'],
    [cats.Groceries, '500.00'],
  ])
  await page.keyboard.press('Escape')
  await expect(list.getByRole('listitem', { name: 'Big Bazaar Koramangala' })).toContainText('Split')

  // The Reports drill-down link: a category and a period. The split's groceries part counts.
  await page.goto(`/transactions?category_id=${cats.Groceries}&from=${daysAgo(10)}&to=${daysAgo(0)}`)
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem', { name: 'Big Bazaar Koramangala' })).toBeVisible()
  const filters = page.getByRole('search', { name: 'Filter transactions' })
  await expect(filters.getByLabel('From')).toHaveValue(daysAgo(10))

  // Search and sort go into the URL and survive a reload.
  await page.goto('/transactions')
  await filters.getByLabel('Search').fill('tokai')
  await filters.getByLabel('Sort').selectOption('-amount')
  await expect(page).toHaveURL(/q=tokai/)
  await expect(page).toHaveURL(/sort=-amount/)
  await page.reload()
  await expect(filters.getByLabel('Search')).toHaveValue('tokai')
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem', { name: 'Blue Tokai' })).toBeVisible()
})
