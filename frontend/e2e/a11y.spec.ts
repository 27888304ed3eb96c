import { createRequire } from 'node:module'
import { expect, test, type Page } from '@playwright/test'
import { everyPage, publicPages } from './everyPage'
import { ledgerApi } from './ledger'
import { signUpAndStart } from './session'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

// The app's Content-Security-Policy allows no inline script: let the test's own (axe) in.
test.use({ bypassCSP: true })

/**
 * Violations known on pages another change is rewriting, by page and rule id: left out here and
 * listed in the test's output. Empty this as they go: the dashboard's monthly chart wrapper
 * (pages/dashboard/MoneyCards.tsx, `aria-hidden` around a focusable recharts SVG) is replaced by
 * the issue #18 dashboard work.
 */
const KNOWN: Record<string, string[]> = {}

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** axe-core (injected into the page) on what is on screen: the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`)
}

test('axe finds no serious or critical violation on any page', async ({ page, request }) => {
  test.setTimeout(180_000)
  for (const { path } of publicPages) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    expect(await seriousViolations(page), path).toEqual([])
  }

  const pair = await signUpAndStart(request, page, 'Axe Tester')
  const ledger = ledgerApi(request, pair.access_token)
  const cats = await ledger.categories()
  const card = await ledger.addAccount('HDFC card', { last4: '1234', institution: 'HDFC Bank', currency: 'INR' })
  await ledger.addTransaction({ merchant: 'Big Bazaar', amount: '1000.00', category_id: cats.Groceries, account_id: card.id })
  await ledger.addTransaction({ merchant: 'Blue Tokai', amount: '250.00', category_id: cats.Dining })

  const failures: Record<string, string[]> = {}
  for (const { path } of everyPage) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    const all = await seriousViolations(page)
    const found = all.filter((v) => !(KNOWN[path] ?? []).some((id) => v.includes(` ${id}:`)))
    if (all.length > found.length) console.log(`known, left to the change rewriting ${path}:`, all.filter((v) => !found.includes(v)))
    if (found.length) failures[path] = found
  }
  // The drawer and the phone menu, open.
  await page.goto('/transactions')
  await page.getByRole('button', { name: 'Details of Big Bazaar' }).click()
  await expect(page.getByRole('dialog', { name: 'Big Bazaar' }).getByRole('link').or(page.getByText('Entered by hand'))).toBeVisible()
  const inDrawer = await seriousViolations(page)
  if (inDrawer.length) failures['transaction drawer'] = inDrawer
  await page.setViewportSize({ width: 375, height: 812 })
  await page.goto('/dashboard')
  await page.getByRole('button', { name: 'Open menu' }).click()
  const inMenu = await seriousViolations(page)
  if (inMenu.length) failures['phone menu'] = inMenu
  expect(failures).toEqual({})
})

test('every action of the transaction drawer works by keyboard alone', async ({ page, request }) => {
  test.setTimeout(60_000)
  const pair = await signUpAndStart(request, page, 'Keyboard Tester')
  const ledger = ledgerApi(request, pair.access_token)
  await ledger.addTransaction({ merchant: 'Big Bazaar', amount: '1000.00' })
  await page.goto('/transactions')
  const open = page.getByRole('button', { name: 'Details of Big Bazaar' })
  await expect(open).toBeVisible()

  // Tab from the top of the page until the Details button has focus, then Enter.
  await page.keyboard.press('Tab')
  for (let i = 0; i < 60 && !(await open.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(open).toBeFocused()
  await page.keyboard.press('Enter')
  const drawer = page.getByRole('dialog', { name: 'Big Bazaar' })
  await expect(drawer).toBeVisible()

  // Focus stays inside however far one tabs.
  for (let i = 0; i < 50; i++) {
    await page.keyboard.press('Tab')
    expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  }
  // Edit the notes, save with Enter on the button, all by keyboard.
  await drawer.getByLabel('Notes').focus()
  await page.keyboard.type('typed only')
  await drawer.getByRole('button', { name: 'Save changes' }).focus()
  await page.keyboard.press('Enter')
  await expect(drawer.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  // Split by keyboard.
  await drawer.getByRole('button', { name: 'Split', exact: true }).focus()
  await page.keyboard.press('Enter')
  await drawer.getByRole('button', { name: 'Save split' }).focus()
  await page.keyboard.press('Enter')
  await expect(drawer.getByRole('button', { name: 'Remove split' })).toBeVisible()
  // Escape closes it and focus goes back to the button that opened it.
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(open).toBeFocused()
})
