import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { formatMoney } from '@/lib/format'
import { usePreferencesStore } from '@/lib/preferences'
import { demoUser, json, mockFetch, renderApp, signIn, totpStatus } from '@/test/utils'

afterEach(() => usePreferencesStore.setState({ locale: null, weekStart: 1 }))

describe('Preferences', () => {
  it('saves locale, week start and email notifications on the server, and formats follow the locale', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /api/v1/users/me/totp': () => json(200, totpStatus()),
      'GET /api/v1/api-tokens': () => json(200, []),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'PATCH /api/v1/users/me': (call) => json(200, { ...demoUser, ...JSON.parse(call.body!) }),
    })
    renderApp('/settings')
    const format = await screen.findByLabelText('Number and date format')
    await userEvent.selectOptions(format, 'German (Germany)')
    await userEvent.selectOptions(screen.getByLabelText('Week starts on'), 'Sunday')
    await userEvent.click(screen.getByLabelText(/Budget alerts by email/))
    await userEvent.click(screen.getByRole('button', { name: 'Save preferences' }))
    expect(await screen.findByText('Preferences saved.')).toBeInTheDocument()
    expect(JSON.parse(callsTo('PATCH /api/v1/users/me')[0].body!)).toEqual({
      locale: 'de-DE',
      week_start: 7,
      email_budget_alerts: false,
    })
    await waitFor(() => expect(usePreferencesStore.getState()).toMatchObject({ locale: 'de-DE', weekStart: 7 }))
    expect(formatMoney('1234.5', 'EUR')).toBe(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5))
  })

  it('the profile’s locale is taken when it loads', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, { ...demoUser, locale: 'en-IN', week_start: 6 }),
      'GET /api/v1/users/me/totp': () => json(200, totpStatus()),
      'GET /api/v1/api-tokens': () => json(200, []),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
    })
    renderApp('/settings')
    expect(await screen.findByLabelText('Number and date format')).toHaveValue('en-IN')
    expect(usePreferencesStore.getState()).toMatchObject({ locale: 'en-IN', weekStart: 6 })
    expect(formatMoney('123456.5')).toBe('1,23,456.50')
  })
})
