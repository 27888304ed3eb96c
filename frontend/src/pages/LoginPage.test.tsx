import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useAuthStore } from '@/auth/store'
import { apiError, demoUser, json, mockFetch, renderApp, tokenPair } from '@/test/utils'

const shellRoutes = {
  'GET /api/v1/users/me': () => json(200, demoUser),
  'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
}

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Email'), email)
  await user.type(screen.getByLabelText('Password', { selector: 'input' }), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  return user
}

describe('Login', () => {
  it('shows the API message when the credentials are wrong', async () => {
    mockFetch({ 'POST /api/auth/login': () => apiError(401, 'invalid_credentials', 'Incorrect email or password.') })
    renderApp('/login')
    await fillAndSubmit('asha@example.com', 'wrong-password')

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect email or password.')
    expect(screen.getByTestId('location')).toHaveTextContent('/login')
    expect(useAuthStore.getState().signedIn).toBe(false)
  })

  it('validates before calling the API, with messages tied to the fields', async () => {
    const { fetchMock } = mockFetch({})
    renderApp('/login')
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    const email = screen.getByLabelText('Email')
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription('Enter your email address.')
    expect(email).toHaveFocus()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('signs in and lands on the dashboard', async () => {
    const { callsTo } = mockFetch({ 'POST /api/auth/login': () => json(200, tokenPair(1)), ...shellRoutes })
    renderApp('/login')
    await fillAndSubmit('asha@example.com', 'correct-password')

    expect(await screen.findByRole('heading', { level: 1, name: /Asha/ })).toBeInTheDocument()
    expect(screen.getByTestId('location')).toHaveTextContent('/dashboard')
    expect(useAuthStore.getState()).toMatchObject({ accessToken: 'access-1', signedIn: true })
    expect(new URLSearchParams(callsTo('POST /api/auth/login')[0].body ?? '').get('username')).toBe('asha@example.com')
  })

  it('goes to the code step when the email is not verified (403), then verifies and signs in', async () => {
    const { callsTo } = mockFetch({
      'POST /api/auth/login': () => apiError(403, 'email_not_verified', 'Please verify your email address first.'),
      'POST /api/auth/resend-otp': () => json(202, { message: 'Code sent.' }),
      'POST /api/auth/verify-otp': () => json(200, tokenPair(7)),
      ...shellRoutes,
    })
    renderApp('/login')
    const user = await fillAndSubmit('new@example.com', 'some-password')

    expect(await screen.findByRole('heading', { name: 'Verify your email' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Please verify your email address first.')
    const code = screen.getByLabelText('6-digit code')
    expect(code).toHaveFocus()

    // The person can ask for a fresh code (the account's code may have expired) ...
    await user.click(screen.getByRole('button', { name: 'Resend code' }))
    expect(await screen.findByText('We sent a new code to new@example.com.')).toBeInTheDocument()
    expect(JSON.parse(callsTo('POST /api/auth/resend-otp')[0].body ?? '')).toEqual({ email: 'new@example.com' })

    // ... and entering it signs them in.
    await user.type(code, '123456')
    await user.click(screen.getByRole('button', { name: 'Verify email' }))
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/dashboard'))
    expect(JSON.parse(callsTo('POST /api/auth/verify-otp')[0].body ?? '')).toEqual({
      email: 'new@example.com',
      code: '123456',
    })
    expect(useAuthStore.getState()).toMatchObject({ accessToken: 'access-7', signedIn: true })
  })

  it('"Email me a sign-in code" sends a login code and shows the code step', async () => {
    const { callsTo } = mockFetch({
      'POST /api/auth/login-code': () => json(202, { message: 'If the account exists, a code is on its way.' }),
      'POST /api/auth/verify-otp': () => apiError(400, 'invalid_code', 'That code is not right. 2 attempts left.'),
    })
    renderApp('/login')
    const user = userEvent.setup()

    // Without an email it asks for one first.
    await user.click(screen.getByRole('button', { name: 'Email me a sign-in code' }))
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/We'll send your sign-in code there/)
    expect(callsTo('POST /api/auth/login-code')).toHaveLength(0)

    await user.type(screen.getByLabelText('Email'), 'asha@example.com')
    await user.click(screen.getByRole('button', { name: 'Email me a sign-in code' }))
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument()
    expect(JSON.parse(callsTo('POST /api/auth/login-code')[0].body ?? '')).toEqual({ email: 'asha@example.com' })
    expect(screen.getByRole('button', { name: /Resend code in \d+s/ })).toBeDisabled()

    await user.type(screen.getByLabelText('6-digit code'), '111111')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right. 2 attempts left.')
  })

  it('with two-factor sign-in, asks for the authenticator code after the password', async () => {
    const challenge = { second_factor: 'totp', challenge: 'challenge-1', expires_in: 300 }
    const { callsTo } = mockFetch({
      'POST /api/auth/login': () => json(200, challenge),
      'POST /api/auth/login/totp': [
        () => apiError(400, 'invalid_code', 'That code is not right. 4 attempts left.'),
        () => json(200, tokenPair(3)),
      ],
      ...shellRoutes,
    })
    renderApp('/login')
    const user = await fillAndSubmit('asha@example.com', 'correct-password')

    expect(await screen.findByRole('heading', { name: 'Two-factor sign-in' })).toBeInTheDocument()
    expect(useAuthStore.getState().signedIn).toBe(false) // not signed in yet
    const code = screen.getByLabelText('Authentication code')
    expect(code).toHaveFocus()
    await user.type(code, '111111')
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right. 4 attempts left.')

    await user.clear(code)
    await user.type(code, '222222')
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }))
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/dashboard'))
    expect(useAuthStore.getState()).toMatchObject({ accessToken: 'access-3', signedIn: true })
    expect(callsTo('POST /api/auth/login/totp').map((c) => JSON.parse(c.body ?? ''))).toEqual([
      { challenge: 'challenge-1', code: '111111' },
      { challenge: 'challenge-1', code: '222222' },
    ])
  })

  it('accepts a recovery code instead, and starts over when the challenge has run out', async () => {
    const challenge = (n: number) => ({ second_factor: 'totp', challenge: `challenge-${n}`, expires_in: 300 })
    const { callsTo } = mockFetch({
      'POST /api/auth/login': [() => json(200, challenge(1)), () => json(200, challenge(2))],
      'POST /api/auth/login/totp': [
        () => apiError(401, 'invalid_challenge', 'This sign-in has expired or was already used. Sign in again.'),
        () => json(200, tokenPair(4)),
      ],
      ...shellRoutes,
    })
    renderApp('/login')
    const user = await fillAndSubmit('asha@example.com', 'correct-password')

    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }))
    await user.type(screen.getByLabelText('Recovery code'), 'ABCD-EFGH-JKMN-PQRS')
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }))
    // The challenge is gone: back to the password, told why.
    expect(await screen.findByRole('form', { name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('This sign-in has expired or was already used.')
    expect(screen.getByLabelText('Email')).toHaveValue('asha@example.com')

    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'correct-password')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }))
    await user.type(screen.getByLabelText('Recovery code'), 'abcd-efgh-jkmn-pqrt')
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }))
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/dashboard'))
    expect(JSON.parse(callsTo('POST /api/auth/login/totp')[1].body ?? '')).toEqual({
      challenge: 'challenge-2',
      code: 'abcd-efgh-jkmn-pqrt',
    })
  })

  it('signing in by emailed code also goes on to the second factor', async () => {
    mockFetch({
      'POST /api/auth/login-code': () => json(202, { message: 'If the account exists, a code is on its way.' }),
      'POST /api/auth/verify-otp': () => json(200, { second_factor: 'totp', challenge: 'c-9', expires_in: 300 }),
      'POST /api/auth/login/totp': () => json(200, tokenPair(9)),
      ...shellRoutes,
    })
    renderApp('/login')
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Email'), 'asha@example.com')
    await user.click(screen.getByRole('button', { name: 'Email me a sign-in code' }))
    await user.type(await screen.findByLabelText('6-digit code'), '123456')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await user.type(await screen.findByLabelText('Authentication code'), '654321')
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }))
    await waitFor(() => expect(useAuthStore.getState()).toMatchObject({ accessToken: 'access-9', signedIn: true }))
  })
})
