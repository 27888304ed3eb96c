import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAuthStore } from '@/auth/store'
import { RESEND_COOLDOWN_SECONDS } from '@/components/CodeStep'
import { apiError, demoUser, json, mockFetch, renderApp, tokenPair } from '@/test/utils'

const EMAIL = 'new@example.com'

async function register() {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  await user.type(screen.getByLabelText(/Full name/), 'Asha Rao')
  await user.type(screen.getByLabelText('Email'), EMAIL)
  await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'long-enough-1')
  await user.click(screen.getByRole('button', { name: 'Create account' }))
  await screen.findByRole('heading', { name: 'Verify your email' })
  return user
}

const advance = (seconds: number) => act(() => vi.advanceTimersByTime(seconds * 1000))

describe('Register', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('rejects a short password before calling the API', async () => {
    const { fetchMock } = mockFetch({})
    renderApp('/register')
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.type(screen.getByLabelText('Email'), EMAIL)
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'short')
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    expect(screen.getByLabelText('Password', { selector: 'input' })).toHaveAccessibleDescription(
      'Use at least 8 characters.',
    )
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('signs up without a zone when the server does not know the browser\'s', async () => {
    const unknownZone = () =>
      json(422, {
        error: {
          code: 'validation_error',
          message: "Invalid request. timezone: 'Mars/Olympus' is not a known time zone",
          details: [{ field: 'timezone', message: "'Mars/Olympus' is not a known time zone" }],
        },
      })
    const { callsTo } = mockFetch({
      'POST /api/auth/register': [unknownZone, () => json(202, { message: 'Check your inbox.' })],
    })
    renderApp('/register')
    await register()
    const bodies = callsTo('POST /api/auth/register').map((c) => JSON.parse(c.body ?? ''))
    expect(bodies.map((b) => b.timezone)).toEqual([Intl.DateTimeFormat().resolvedOptions().timeZone, null])
  })

  it('shows email_taken on the email field', async () => {
    mockFetch({ 'POST /api/auth/register': () => apiError(409, 'email_taken', 'An account with this email already exists.') })
    renderApp('/register')
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.type(screen.getByLabelText('Email'), EMAIL)
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'long-enough-1')
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('An account with this email already exists.'),
    )
    expect(screen.getByRole('link', { name: 'Sign in instead' })).toHaveAttribute('href', '/login')
  })

  it('shows weak_password on the password field', async () => {
    const message = 'Choose a stronger password. This is a top-10 common password.'
    mockFetch({ 'POST /api/auth/register': () => apiError(400, 'weak_password', message) })
    renderApp('/register')
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.type(screen.getByLabelText('Email'), EMAIL)
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'password')
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Password', { selector: 'input' })).toHaveAccessibleDescription(message),
    )
  })

  it('code step: resend waits out a cooldown, and a 429 uses the server Retry-After', async () => {
    const { callsTo } = mockFetch({
      'POST /api/auth/register': () => json(201, { ...demoUser, email: EMAIL, is_verified: false }),
      'POST /api/auth/resend-otp': [
        () => json(202, { message: 'Code sent.' }),
        () => apiError(429, 'otp_cooldown', 'Please wait before asking for another code.', { 'Retry-After': '45' }),
      ],
    })
    renderApp('/register')
    const user = await register()

    expect(JSON.parse(callsTo('POST /api/auth/register')[0].body ?? '')).toEqual({
      email: EMAIL,
      password: 'long-enough-1',
      full_name: 'Asha Rao',
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone, // the browser's
    })
    expect(screen.getByText(EMAIL)).toBeInTheDocument()

    // A code was just sent: resend is disabled and counts down.
    const resend = () => screen.getByRole('button', { name: /^Resend code/ })
    expect(resend()).toBeDisabled()
    expect(resend()).toHaveTextContent(`Resend code in ${RESEND_COOLDOWN_SECONDS}s`)
    await advance(10)
    expect(resend()).toHaveTextContent(`Resend code in ${RESEND_COOLDOWN_SECONDS - 10}s`)
    await advance(RESEND_COOLDOWN_SECONDS - 10)
    expect(resend()).toBeEnabled()
    expect(resend()).toHaveTextContent(/^Resend code$/)

    // Resending starts a new cooldown.
    await user.click(resend())
    expect(await screen.findByText(`We sent a new code to ${EMAIL}.`)).toBeInTheDocument()
    expect(callsTo('POST /api/auth/resend-otp')).toHaveLength(1)
    expect(resend()).toBeDisabled()
    await advance(RESEND_COOLDOWN_SECONDS)
    expect(resend()).toBeEnabled()

    // The server may still say no: its message shows and its Retry-After drives the countdown.
    await user.click(resend())
    expect(await screen.findByRole('alert')).toHaveTextContent('Please wait before asking for another code.')
    expect(resend()).toHaveTextContent('Resend code in 45s')
    expect(resend()).toBeDisabled()
    await advance(45)
    expect(resend()).toBeEnabled()
  })

  it('verifying the code signs the person in and opens the dashboard', async () => {
    mockFetch({
      'POST /api/auth/register': () => json(201, { ...demoUser, email: EMAIL, is_verified: false }),
      'POST /api/auth/verify-otp': [
        () => apiError(400, 'invalid_code', 'That code is not right. 4 attempts left.'),
        () => json(200, tokenPair(3)),
      ],
      'GET /api/v1/users/me': () => json(200, { ...demoUser, email: EMAIL }),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
    })
    renderApp('/register')
    const user = await register()

    const code = screen.getByLabelText('6-digit code')
    await user.type(code, '12a34-5')
    expect(code).toHaveValue('12345')
    await user.click(screen.getByRole('button', { name: 'Verify email' }))
    expect(code).toHaveAccessibleDescription('Enter the 6-digit code from the email.')

    await user.type(code, '6')
    await user.click(screen.getByRole('button', { name: 'Verify email' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('4 attempts left')

    await user.clear(code)
    await user.type(code, '654321')
    await user.click(screen.getByRole('button', { name: 'Verify email' }))
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/dashboard'))
    expect(useAuthStore.getState()).toMatchObject({ accessToken: 'access-3', signedIn: true })
    expect(await screen.findByRole('heading', { level: 1, name: /Asha/ })).toBeInTheDocument()
  })
})
