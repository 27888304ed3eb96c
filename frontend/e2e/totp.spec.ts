import { expect, test, type Page } from '@playwright/test'
import { currentStep, totpCode } from './authenticator'
import { getOtp } from './otp'
import { screenshot } from './pages'

/**
 * Two-factor sign-in against the real backend: a verified account turns it on in Settings
 * (secret read off the page, the code computed here as an authenticator app would), signs out,
 * signs in with password + authenticator code, and then with password + a recovery code
 * (after a replayed code is refused). Needs BASE_URL and OTP_SINK_URL.
 */
test('enrol TOTP in Settings, then sign in with a code and with a recovery code', async ({ page, request }) => {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const email = `e2e-totp-${stamp}@example.com`
  const password = `Str0ng-pass-${stamp}`

  await test.step('a verified account signs in with its password', async () => {
    const registered = await request.post('/api/auth/register', { data: { email, password, full_name: 'Tara Two' } })
    expect(registered.status()).toBe(202)
    const verified = await request.post('/api/auth/verify-otp', { data: { email, code: await getOtp(email) } })
    expect(verified.status()).toBe(200)
    await signInWithPassword(page, email, password)
    await expect(page).toHaveURL(/\/dashboard$/)
  })

  let secret = ''
  let recoveryCodes: string[] = []
  await test.step('turn on two-factor sign-in in Settings', async () => {
    await page.goto('/settings')
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click()
    await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible()
    secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '')
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    await screenshot(page, 'settings-totp-enrol')
    await page.getByLabel('Code from your app').fill(totpCode(secret))
    await page.getByRole('button', { name: 'Turn on' }).click()
    await expect(page.getByText('Two-factor sign-in is on.')).toBeVisible()
    recoveryCodes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents()
    expect(recoveryCodes).toHaveLength(10)
    await screenshot(page, 'settings-totp-recovery-codes')
    await page.getByRole('button', { name: 'I have saved them' }).click()
    await expect(page.getByText(/10 recovery codes left/)).toBeVisible()
  })

  // The code that turned it on is spent; the app's next one is accepted (one step of drift).
  const code = totpCode(secret, currentStep() + 1)
  await test.step('sign out, then sign in with the password and an authenticator code', async () => {
    await signOut(page)
    await signInWithPassword(page, email, password)
    await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible()
    await screenshot(page, 'login-totp')
    await page.getByLabel('Authentication code').fill(code)
    await page.getByRole('button', { name: 'Verify and sign in' }).click()
    await expectSignedIn(page)
  })

  await test.step('sign out, then sign in with a recovery code (a replayed code is refused)', async () => {
    await signOut(page)
    await signInWithPassword(page, email, password)
    await page.getByLabel('Authentication code').fill(code)
    await page.getByRole('button', { name: 'Verify and sign in' }).click()
    await expect(page.getByRole('alert')).toContainText('That code was used already')
    await page.getByRole('button', { name: 'Use a recovery code' }).click()
    await page.getByLabel('Recovery code').fill(recoveryCodes[0])
    await page.getByRole('button', { name: 'Verify and sign in' }).click()
    await expectSignedIn(page)
    await page.goto('/settings')
    await expect(page.getByText(/9 recovery codes left/)).toBeVisible()
  })

  await test.step('the spent recovery code does not sign in again', async () => {
    await signOut(page)
    await signInWithPassword(page, email, password)
    await page.getByRole('button', { name: 'Use a recovery code' }).click()
    await page.getByLabel('Recovery code').fill(recoveryCodes[0])
    await page.getByRole('button', { name: 'Verify and sign in' }).click()
    await expect(page.getByRole('alert')).toContainText('That code is not right')
    await expect(page).toHaveURL(/\/login$/)
  })
})

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto('/login')
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

/** In the app (back on the page that sent the person to sign in, or the dashboard). */
async function expectSignedIn(page: Page) {
  await expect(page.getByTestId('user-name')).toHaveText('Tara Two')
  await expect(page).not.toHaveURL(/\/login$/)
}

async function signOut(page: Page) {
  await page.goto('/settings')
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login$/)
}
