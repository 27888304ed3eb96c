import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { apiError, demoUser, json, mockFetch, noContent, renderApp, signIn, tokenPair } from '@/test/utils'
import { useAuthStore } from './store'

const health = { 'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }) }

describe('protected routes', () => {
  it.each(['/dashboard', '/transactions', '/settings', '/jobs', '/'])('%s redirects to /login when signed out', async (path) => {
    const { fetchMock } = mockFetch({})
    renderApp(path)
    expect(await screen.findByRole('heading', { name: 'Sign in to FinCoach' })).toBeInTheDocument()
    expect(screen.getByTestId('location')).toHaveTextContent('/login')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('returns to the page that was asked for after signing in', async () => {
    mockFetch({ 'POST /api/auth/login': () => json(200, tokenPair(1)), 'GET /api/v1/users/me': () => json(200, demoUser), ...health })
    renderApp('/settings')
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Email'), 'asha@example.com')
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'correct-password')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/settings'))
    expect(await screen.findByLabelText('Full name')).toHaveValue('Asha Rao')
  })

  it('renders the page inside the shell when signed in', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      ...health,
      'GET /api/v1/transactions': () => json(200, { items: [], next_cursor: null, limit: 50 }),
      'GET /api/v1/categories': () => json(200, []),
      'GET /api/v1/accounts': () => json(200, []),
    })
    renderApp('/transactions')
    expect(await screen.findByRole('heading', { level: 1, name: 'Transactions' })).toBeInTheDocument()
    expect(await screen.findByText('No transactions yet')).toBeInTheDocument()
    expect(screen.getAllByRole('navigation', { name: 'Main' }).length).toBeGreaterThan(0)
    expect(await screen.findByTestId('user-name')).toHaveTextContent('Asha Rao')
  })

  it('sends a signed-in person away from /login to the dashboard', async () => {
    signIn(1)
    mockFetch({ 'GET /api/v1/users/me': () => json(200, demoUser), ...health })
    renderApp('/login')
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/dashboard'))
  })

  it('goes to /login with a notice when the session can no longer be refreshed', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => apiError(401, 'token_expired', 'Expired.'),
      'POST /api/auth/refresh': () => apiError(401, 'invalid_token', 'Refresh token revoked.'),
      ...health,
    })
    renderApp('/dashboard')
    expect(await screen.findByRole('heading', { name: 'Sign in to FinCoach' })).toBeInTheDocument()
    expect(screen.getByText('Your session has ended. Please sign in again.')).toBeInTheDocument()
    expect(useAuthStore.getState().signedIn).toBe(false)
  })

  it('signing out revokes the refresh token and returns to /login', async () => {
    signIn(4)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'POST /api/auth/logout': () => noContent(),
      ...health,
    })
    renderApp('/dashboard')
    const user = userEvent.setup()
    await user.click((await screen.findAllByRole('button', { name: 'Sign out' }))[0])
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/login'))
    expect(JSON.parse(callsTo('POST /api/auth/logout')[0].body ?? '')).toEqual({})
    expect(localStorage.getItem('fincoach.auth')).toContain('"signedIn":false')
  })
})
