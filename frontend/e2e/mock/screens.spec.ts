import { expect, test } from '@playwright/test'
import { screenshot, shellPages } from '../pages'
import { mockApi, signInBeforeLoad } from './mockApi'

/**
 * The built app in a real browser with the API mocked: every screen renders at desktop
 * and phone widths (screenshots in e2e/artifacts/mock-*), and the sign-in flows behave.
 */
const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const

for (const size of widths) {
  test.describe(`${size.name} width`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    test('signed-out screens', async ({ page }) => {
      await mockApi(page)
      await page.goto('/login')
      await expect(page.getByRole('heading', { name: 'Sign in to FinCoach' })).toBeVisible()
      await screenshot(page, `mock-${size.name}-login`)
      await page.goto('/register')
      await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible()
      await screenshot(page, `mock-${size.name}-register`)
    })

    test('every signed-in page', async ({ page }) => {
      await mockApi(page)
      await signInBeforeLoad(page)
      for (const { path, slug } of shellPages) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('')
        await screenshot(page, `mock-${size.name}-${slug}`, { fullPage: size.name === 'phone' })
      }
    })
  })
}

test('a protected page sends a signed-out visitor to /login', async ({ page }) => {
  await mockApi(page)
  await page.goto('/transactions')
  await expect(page).toHaveURL(/\/login$/)
})

test('wrong password shows the API message; right one lands on the dashboard', async ({ page }) => {
  await mockApi(page)
  await page.goto('/login')
  await page.getByLabel('Email', { exact: true }).fill('asha@example.com')
  await page.getByLabel('Password', { exact: true }).fill('nope-nope')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.')
  await screenshot(page, 'mock-desktop-login-error')
  await page.getByLabel('Password', { exact: true }).fill('correct-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Asha')
})

test('an unverified account is taken to the code step, and a wrong code is explained', async ({ page }) => {
  await mockApi(page, { unverified: ['new@example.com'] })
  await page.goto('/login')
  await page.getByLabel('Email', { exact: true }).fill('new@example.com')
  await page.getByLabel('Password', { exact: true }).fill('whatever-1')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Verify your email' })).toBeVisible()
  await page.getByLabel('6-digit code').fill('000000')
  await page.getByRole('button', { name: 'Verify email' }).click()
  await expect(page.getByRole('alert')).toContainText('4 attempts left')
  await screenshot(page, 'mock-desktop-code-error')
  await page.getByLabel('6-digit code').fill('123456')
  await page.getByRole('button', { name: 'Verify email' }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
})

test('settings: save the profile and change the password', async ({ page }) => {
  await mockApi(page)
  await signInBeforeLoad(page)
  await page.goto('/settings')
  await page.getByLabel('Full name').fill('Asha R. Iyer')
  await page.getByLabel('Base currency').selectOption('EUR')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Profile saved.')).toBeVisible()
  await expect(page.getByTestId('user-name')).toHaveText('Asha R. Iyer')

  await page.getByLabel('Current password', { exact: true }).fill('wrong-one-1')
  await page.getByLabel('New password', { exact: true }).fill('brand-new-pass')
  await page.getByLabel('Confirm new password', { exact: true }).fill('brand-new-pass')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByText('Your current password is not correct.')).toBeVisible()
  await screenshot(page, 'mock-desktop-settings-errors')
  await page.getByLabel('Current password', { exact: true }).fill('correct-password')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByText('Password changed.')).toBeVisible()
})

test('phone menu opens as a dialog, closes on Escape and on navigation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await mockApi(page)
  await signInBeforeLoad(page)
  await page.goto('/dashboard')
  const open = page.getByRole('button', { name: 'Open menu' })
  await open.click()
  const menu = page.getByRole('dialog', { name: 'Main menu' })
  await expect(menu).toBeVisible()
  await expect(page.getByRole('button', { name: 'Close menu' })).toBeFocused()
  await screenshot(page, 'mock-phone-menu')
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(open).toBeFocused()
  await open.click()
  await menu.getByRole('link', { name: 'Jobs', exact: true }).click()
  await expect(page).toHaveURL(/\/jobs$/)
  await expect(menu).toBeHidden()
})

test('loading skeleton while the profile loads', async ({ page }) => {
  await mockApi(page, { meDelayMs: 1500 })
  await signInBeforeLoad(page)
  await page.goto('/settings')
  await expect(page.getByLabel('Loading your profile')).toBeVisible()
  await screenshot(page, 'mock-desktop-settings-loading')
  await expect(page.getByLabel('Full name')).toHaveValue('Asha Rao')
})
