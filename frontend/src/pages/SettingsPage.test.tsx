import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { useTimeZoneStore } from '@/lib/timezone'
import { useAuthStore } from '@/auth/store'
import { apiError, demoUser, json, mockFetch, renderApp, signIn, tokenPair, totpStatus } from '@/test/utils'

const health = { 'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }) }
const noTokens = { 'GET /api/v1/api-tokens': () => json(200, []) }
// The two-factor card (its own tests: TwoFactorSettings.test.tsx).
const totpOff = { 'GET /api/v1/users/me/totp': () => json(200, totpStatus()) }

describe('Settings', () => {
  it('shows a skeleton, then saves the name and base currency', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'PATCH /api/v1/users/me': (call) => json(200, { ...demoUser, ...JSON.parse(call.body ?? '{}') }),
      ...health,
      ...noTokens,
      ...totpOff,
    })
    renderApp('/settings')
    expect(screen.getByLabelText('Loading your profile')).toBeInTheDocument()

    const name = await screen.findByLabelText('Full name')
    const save = screen.getByRole('button', { name: 'Save changes' })
    expect(save).toBeDisabled()

    const user = userEvent.setup()
    await user.clear(name)
    await user.type(name, 'Asha R. Iyer')
    await user.selectOptions(screen.getByLabelText('Base currency'), 'USD')
    await user.click(save)

    expect(await screen.findByText('Profile saved.')).toBeInTheDocument()
    expect(JSON.parse(callsTo('PATCH /api/v1/users/me')[0].body ?? '')).toEqual({
      full_name: 'Asha R. Iyer',
      base_currency: 'USD',
    })
    // The shell shows the new name from the updated cache.
    expect(screen.getByTestId('user-name')).toHaveTextContent('Asha R. Iyer')
  })

  it('picks a time zone from a searchable list, saves it, and shows dates in it', async () => {
    signIn(1)
    // Joined at 02:00 UTC on 15 January: still the 14th in New York.
    const joined = { ...demoUser, created_at: '2025-01-15T02:00:00Z' }
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, joined),
      'PATCH /api/v1/users/me': (call) => json(200, { ...joined, ...JSON.parse(call.body ?? '{}') }),
      ...health,
      ...noTokens,
      ...totpOff,
    })
    renderApp('/settings')
    const zone = await screen.findByRole('combobox', { name: 'Time zone' })
    expect(zone).toHaveValue('UTC')
    expect(screen.getByText('January 15, 2025')).toBeInTheDocument()
    const options = () => within(zone).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)
    // Every zone the browser knows is listed, each with its offset.
    expect(options()).toEqual(expect.arrayContaining(['UTC', 'America/New_York', 'Europe/Berlin']))
    expect(options().length).toBeGreaterThan(300)
    expect(within(zone).getByRole('option', { name: /^America\/New York · GMT-0[45]:00$/ })).toBeInTheDocument()

    const user = userEvent.setup()
    const search = screen.getByRole('searchbox', { name: 'Search time zones' })
    await user.type(search, 'new york')
    // The chosen zone stays listed while searching, so the select never jumps to another.
    expect(options()).toEqual(['UTC', 'America/New_York'])
    await user.clear(search)
    await user.type(search, 'berl{Enter}') // Enter picks the first match, without submitting
    expect(zone).toHaveValue('Europe/Berlin')
    expect(callsTo('PATCH /api/v1/users/me')).toHaveLength(0)
    await user.clear(search)
    await user.type(search, 'mars olympus')
    expect(screen.getByText(/No time zone matches/)).toBeInTheDocument()
    await user.clear(search)
    await user.type(search, 'new york')
    await user.selectOptions(zone, 'America/New_York')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByText('Profile saved.')).toBeInTheDocument()
    expect(JSON.parse(callsTo('PATCH /api/v1/users/me')[0].body ?? '')).toEqual({
      full_name: 'Asha Rao',
      base_currency: 'INR',
      timezone: 'America/New_York',
    })
    expect(zone).toHaveValue('America/New_York') // the same form: it was not drawn again
    // Dates now render in the chosen zone.
    expect(useTimeZoneStore.getState().zone).toBe('America/New_York')
    expect(screen.getByText('January 14, 2025')).toBeInTheDocument()
  })

  it('offers the browser\'s own zone when the saved one differs', async () => {
    signIn(1)
    const resolved = Intl.DateTimeFormat.prototype.resolvedOptions
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...resolved.call(this), timeZone: 'Asia/Calcutta' }
    })
    mockFetch({
      'GET /api/v1/users/me': () => json(200, { ...demoUser, timezone: 'Europe/Berlin' }),
      ...health,
      ...noTokens,
      ...totpOff,
    })
    renderApp('/settings')
    const zone = await screen.findByRole('combobox', { name: 'Time zone' })
    expect(zone).toHaveValue('Europe/Berlin')
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Use this browser’s zone (Asia/Calcutta)' }))
    expect(zone).toHaveValue('Asia/Calcutta')
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled()
  })

  it('shows wrong_password on the current-password field, then changes the password', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'POST /api/v1/users/me/password': [
        () => apiError(400, 'wrong_password', 'Your current password is not correct.'),
        () => json(200, tokenPair(2)),
      ],
      ...health,
      ...noTokens,
      ...totpOff,
    })
    renderApp('/settings')
    const user = userEvent.setup()
    const current = screen.getByLabelText('Current password', { selector: 'input' })
    await user.type(current, 'not-it-1')
    await user.type(screen.getByLabelText('New password', { selector: 'input' }), 'brand-new-1')
    await user.type(screen.getByLabelText('Confirm new password', { selector: 'input' }), 'brand-new-1')
    await user.click(screen.getByRole('button', { name: 'Change password' }))

    await waitFor(() => expect(current).toHaveAccessibleDescription('Your current password is not correct.'))
    expect(current).toHaveFocus()

    await user.clear(current)
    await user.type(current, 'the-real-one')
    await user.click(screen.getByRole('button', { name: 'Change password' }))
    expect(await screen.findByText('Password changed.')).toBeInTheDocument()
    expect(JSON.parse(callsTo('POST /api/v1/users/me/password')[1].body ?? '')).toEqual({
      current_password: 'the-real-one',
      new_password: 'brand-new-1',
    })
    expect(current).toHaveValue('')
    // Every other session ended; this one goes on with the new access token.
    expect(useAuthStore.getState()).toMatchObject({ accessToken: 'access-2', signedIn: true })
  })

  it('catches mismatched new passwords without calling the API', async () => {
    signIn(1)
    const { callsTo } = mockFetch({ 'GET /api/v1/users/me': () => json(200, demoUser), ...health, ...noTokens, ...totpOff })
    renderApp('/settings')
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Current password', { selector: 'input' }), 'old-password')
    await user.type(screen.getByLabelText('New password', { selector: 'input' }), 'brand-new-1')
    await user.type(screen.getByLabelText('Confirm new password', { selector: 'input' }), 'brand-new-2')
    await user.click(screen.getByRole('button', { name: 'Change password' }))
    expect(screen.getByLabelText('Confirm new password', { selector: 'input' })).toHaveAccessibleDescription(
      'The two new passwords do not match.',
    )
    expect(callsTo('POST /api/v1/users/me/password')).toHaveLength(0)
  })

  it('shows the API message when the profile cannot be loaded', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => apiError(500, 'internal_error', 'The server had a problem.'),
      ...health,
      ...noTokens,
      ...totpOff,
    })
    renderApp('/settings')
    expect(await screen.findByText('Your profile could not be loaded.')).toBeInTheDocument()
    expect(screen.getByText('The server had a problem.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})
