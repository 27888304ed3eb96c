import { expect, test, type Page } from '@playwright/test'
import { everyPage } from './everyPage'
import { ledgerApi } from './ledger'
import { screenshot } from './pages'
import { signUpAndStart } from './session'

/** What sticks out past the screen's right edge (empty: no sideways scrolling on a phone). */
async function widerThanScreen(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    if (document.documentElement.scrollWidth <= width) return []
    const out: string[] = []
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const right = el.getBoundingClientRect().right
      if (right > width + 1) out.push(`<${el.tagName.toLowerCase()} class="${(el.getAttribute('class') ?? '').slice(0, 60)}"> to ${Math.round(right)}px: ${(el.textContent ?? '').trim().slice(0, 40)}`)
    }
    return [`page ${document.documentElement.scrollWidth}px wide`, ...out.slice(-4)]
  }, width)
}

test('every page at 375 px: the navigation collapses into a menu, lists are cards, nothing scrolls sideways; screenshots at 375 and 1400 px', async ({ page, request }) => {
  test.setTimeout(240_000)
  const pair = await signUpAndStart(request, page, 'Phone Tester')
  const ledger = ledgerApi(request, pair.access_token)
  const cats = await ledger.categories()
  const card = await ledger.addAccount('HDFC card', { last4: '1234', institution: 'HDFC Bank', currency: 'INR' })
  const merchants = ['Big Bazaar', 'Blue Tokai', 'Uber', 'Netflix', 'Amazon', 'Swiggy']
  for (const [i, merchant] of merchants.entries())
    await ledger.addTransaction({ amount: `${(i + 1) * 111}.00`, merchant, account_id: card.id, category_id: i % 2 ? cats.Dining : cats.Groceries })

  await page.setViewportSize({ width: 375, height: 812 })
  const tooWide: Record<string, string[]> = {}
  for (const { path, slug, heading } of everyPage) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    if (heading) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Sidebar' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Open menu' })).toBeVisible()
    await page.waitForLoadState('networkidle')
    const wide = await widerThanScreen(page, 375)
    if (wide.length) tooWide[path] = wide
    await screenshot(page, `${slug}-375`)
  }
  expect(tooWide).toEqual({})

  // The menu reaches every page; a transaction row is a card (merchant, amount, category stacked).
  await page.goto('/dashboard')
  await page.getByRole('button', { name: 'Open menu' }).click()
  await page.getByRole('dialog', { name: 'Main menu' }).getByRole('link', { name: 'Transactions' }).click()
  const row = page.getByRole('list', { name: 'Transactions' }).getByRole('listitem', { name: 'Big Bazaar' })
  await expect(row).toBeVisible()
  const box = (await row.boundingBox())!
  expect(box.width).toBeLessThanOrEqual(375)
  const picker = (await row.getByRole('combobox').boundingBox())!
  expect(picker.y).toBeGreaterThan(box.y + 20) // the category sits under the merchant, not beside it
  await row.getByRole('button', { name: 'Details of Big Bazaar' }).click()
  const drawer = page.getByRole('dialog', { name: 'Big Bazaar' })
  await expect(drawer).toBeVisible()
  expect((await drawer.boundingBox())!.width).toBeLessThanOrEqual(375)
  await screenshot(page, 'transaction-drawer-375')
  await page.keyboard.press('Escape')

  await page.setViewportSize({ width: 1400, height: 900 })
  for (const { path, slug } of everyPage) {
    await page.goto(path)
    await expect(page.getByRole('complementary', { name: 'Sidebar' })).toBeVisible()
    await page.waitForLoadState('networkidle')
    await screenshot(page, `${slug}-1400`)
  }
  await page.goto('/transactions')
  await page.getByRole('list', { name: 'Transactions' }).getByRole('button', { name: 'Details of Big Bazaar' }).click()
  await expect(page.getByRole('dialog', { name: 'Big Bazaar' })).toBeVisible()
  await screenshot(page, 'transaction-drawer-1400')
})
