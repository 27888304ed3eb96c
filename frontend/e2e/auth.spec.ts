import { expect, test } from '@playwright/test'
import { getOtp } from './otp'
import { screenshot, shellPages } from './pages'

/**
 * The whole first-run journey against a real backend:
 * register → read the emailed code → verify → Dashboard → Settings (rename) →
 * sign out → sign in again with the password.
 * Needs BASE_URL (default http://localhost:8000) and OTP_SINK_URL.
 */
// The browser is in Kolkata: sign-up sends its zone, and Settings shows it as the preference.
test.use({ timezoneId: 'Asia/Kolkata' })

test('register, verify by email code, edit profile, sign out and sign back in', async ({ page }) => {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const email = `e2e-${stamp}@example.com`
  const password = `Str0ng-pass-${stamp}`

  await test.step('register', async () => {
    await page.goto('/register')
    await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible()
    await screenshot(page, 'register')
    await page.getByLabel('Full name').fill('Asha Rao')
    await page.getByLabel('Email', { exact: true }).fill(email)
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByRole('button', { name: 'Create account' }).click()
  })

  await test.step('verify the emailed code', async () => {
    await expect(page.getByRole('heading', { name: 'Verify your email' })).toBeVisible()
    await expect(page.getByRole('button', { name: /Resend code in \d+s/ })).toBeDisabled()
    await screenshot(page, 'register-code')
    const code = await getOtp(email)
    await page.getByLabel('6-digit code').fill(code)
    await page.getByRole('button', { name: 'Verify email' }).click()
    await expect(page).toHaveURL(/\/dashboard$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Asha')
  })

  await test.step('visit every page', async () => {
    const nav = page.getByRole('complementary', { name: 'Sidebar' })
    for (const { path, nav: label, slug } of shellPages) {
      await nav.getByRole('link', { name: label, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`${path}$`))
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await screenshot(page, slug)
    }
  })

  await test.step('update the name in Settings', async () => {
    await page.goto('/settings')
    const name = page.getByLabel('Full name')
    await expect(name).toHaveValue('Asha Rao')
    // Chromium names the zone by its IANA link or its canonical name, depending on version.
    await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue(/^Asia\/(Kolkata|Calcutta)$/)
    await name.fill('Asha R. Iyer')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Profile saved.')).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('Full name')).toHaveValue('Asha R. Iyer')
    await expect(page.getByTestId('user-name')).toHaveText('Asha R. Iyer')
    await screenshot(page, 'settings-saved')
  })

  await test.step('phone width: the menu opens and closes', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/dashboard')
    await screenshot(page, 'phone-dashboard')
    await page.getByRole('button', { name: 'Open menu' }).click()
    const menu = page.getByRole('dialog', { name: 'Main menu' })
    await expect(menu).toBeVisible()
    await screenshot(page, 'phone-menu')
    await menu.getByRole('link', { name: 'Settings', exact: true }).click()
    await expect(page).toHaveURL(/\/settings$/)
    await expect(menu).toBeHidden()
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  await test.step('sign out', async () => {
    await page.goto('/settings')
    await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/login$/)
    await page.goto('/dashboard')
    await expect(page).toHaveURL(/\/login$/)
    await screenshot(page, 'login')
  })

  await test.step('sign in again with the password', async () => {
    await page.getByLabel('Email', { exact: true }).fill(email)
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(page).toHaveURL(/\/dashboard$/)
    await expect(page.getByTestId('user-name')).toHaveText('Asha R. Iyer')
  })

  await test.step('no token is where a script can read it; a reload signs in from the cookie', async () => {
    const stored = await page.evaluate(() => localStorage.getItem('fincoach.auth'))
    expect(JSON.parse(stored ?? '{}').state).toEqual({ signedIn: true })
    expect(await page.evaluate(() => document.cookie)).not.toContain('fincoach_refresh')
    const refreshCookie = async () => (await page.context().cookies()).find((c) => c.name === 'fincoach_refresh')
    const before = await refreshCookie()
    expect(before).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/auth' })
    // The access token lived in memory only: the reload gets a new one from the cookie.
    await page.goto('/settings')
    await expect(page.getByLabel('Full name')).toHaveValue('Asha R. Iyer')
    expect((await refreshCookie())?.value).not.toBe(before?.value) // rotated
  })
})

test('an unverified account that tries to sign in is taken to the code step', async ({ page, request }) => {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const email = `e2e-unverified-${stamp}@example.com`
  const password = `Str0ng-pass-${stamp}`
  const registered = await request.post('/api/auth/register', { data: { email, password } })
  expect(registered.status()).toBe(202)

  await page.goto('/login')
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()

  await expect(page.getByRole('heading', { name: 'Verify your email' })).toBeVisible()
  await screenshot(page, 'login-unverified-code')
  await page.getByLabel('6-digit code').fill(await getOtp(email))
  await page.getByRole('button', { name: 'Verify email' }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
})
