import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { getOtp } from './otp'

/** What the app persists: whether a session exists, never a token (see src/auth/store.ts). */
const SIGNED_IN = JSON.stringify({ state: { signedIn: true }, version: 2 })

/**
 * Open the app already signed in with a session the test started through the API (a token pair
 * from /api/auth/verify-otp, asked for as a script, so the refresh token is in the body): the
 * refresh token goes where the server would put it, an httpOnly cookie for /api/auth.
 */
export async function startSignedIn(page: Page, refreshToken: string) {
  const { hostname } = new URL(test.info().project.use.baseURL ?? 'http://localhost:8000')
  await page.context().addCookies([
    {
      name: 'fincoach_refresh',
      value: refreshToken,
      domain: hostname,
      path: '/api/auth',
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
    },
  ])
  await markSignedIn(page)
}

/** Mark the session as existing before the app loads (a mock API answers its refresh). */
export async function markSignedIn(page: Page) {
  await page.addInitScript((value) => {
    if (!localStorage.getItem('fincoach.auth')) localStorage.setItem('fincoach.auth', value)
  }, SIGNED_IN)
}

/** A new verified account (signed up through the API, its code read from the test mailbox),
 * and the page opened signed in as it. Returns the token pair (its access token lets a test
 * add data through the API). */
export async function signUpAndStart(request: APIRequestContext, page: Page, fullName: string) {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const email = `e2e-${fullName.toLowerCase().replace(/\W+/g, '-')}-${stamp}@example.com`
  const registered = await request.post('/api/auth/register', {
    data: { email, password: `Str0ng-pass-${stamp}`, full_name: fullName },
  })
  expect(registered.status()).toBe(202)
  const verified = await request.post('/api/auth/verify-otp', { data: { email, code: await getOtp(email) } })
  expect(verified.ok()).toBe(true)
  const pair = (await verified.json()) as { access_token: string; refresh_token: string }
  await startSignedIn(page, pair.refresh_token)
  return pair
}
