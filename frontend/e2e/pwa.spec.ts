import { expect, test } from '@playwright/test'
import { ledgerApi } from './ledger'
import { screenshot } from './pages'
import { signUpAndStart } from './session'

test('installable, and the last loaded ledger reads offline, read-only', async ({ page, request, context }) => {
  test.setTimeout(90_000)
  const pair = await signUpAndStart(request, page, 'Offline Tester')
  const ledger = ledgerApi(request, pair.access_token)
  for (const merchant of ['Big Bazaar', 'Blue Tokai', 'Uber']) await ledger.addTransaction({ merchant, amount: '42.00' })

  // Installable: a manifest with a name, a start URL, standalone display and 192/512 px icons.
  const manifestHref = await page.goto('/transactions').then(() => page.locator('link[rel="manifest"]').getAttribute('href'))
  const manifest = await (await request.get(manifestHref!)).json()
  expect(manifest).toMatchObject({ name: 'FinCoach', start_url: '/dashboard', display: 'standalone' })
  const sizes = (manifest.icons as { sizes: string }[]).map((icon) => icon.sizes)
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
  for (const icon of manifest.icons as { src: string }[]) expect((await request.get(icon.src)).ok()).toBe(true)

  // The service worker takes control; a load under it keeps the ledger's answers.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
  const list = page.getByRole('list', { name: 'Transactions' })
  await expect(list.getByRole('listitem')).toHaveCount(3)
  // A transaction opened while online can be opened again offline.
  await list.getByRole('button', { name: 'Details of Blue Tokai' }).click()
  await expect(page.getByRole('dialog', { name: 'Blue Tokai' }).getByText('Entered by hand')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.waitForLoadState('networkidle')

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await expect(list.getByRole('listitem', { name: 'Blue Tokai' })).toBeVisible()
  await screenshot(page, 'pwa-offline-transactions')

  // Read-only: the drawer's fields are disabled and say why.
  await list.getByRole('button', { name: 'Details of Blue Tokai' }).click()
  const drawer = page.getByRole('dialog', { name: 'Blue Tokai' })
  await expect(drawer.getByText('You are offline')).toBeVisible()
  await expect(drawer.getByRole('button', { name: 'Save changes' })).toBeDisabled()
  await expect(drawer.getByLabel('Amount', { exact: true })).toBeDisabled()
  await context.setOffline(false)
})
