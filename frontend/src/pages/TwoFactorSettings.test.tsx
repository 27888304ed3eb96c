import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { apiError, demoUser, json, mockFetch, noContent, renderApp, signIn, totpStatus } from '@/test/utils'

const health = { 'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }) }
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const enrolment = {
  secret: SECRET,
  otpauth_uri: `otpauth://totp/FinCoach:asha%40example.com?secret=${SECRET}&issuer=FinCoach`,
  qr_code: 'data:image/svg+xml;charset=utf-8,%3Csvg%3E%3C%2Fsvg%3E',
}
const recoveryCodes = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pq${String(i).padStart(2, '0')}`)

describe('Settings: two-factor sign-in', () => {
  it('sets it up: QR code and key, a wrong code, the right code, then the recovery codes once', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /api/v1/users/me/totp': [
        () => json(200, totpStatus()),
        () => json(200, totpStatus({ enabled: true, enabled_at: '2026-12-03T10:00:00Z', recovery_codes_left: 10 })),
      ],
      'POST /api/v1/users/me/totp': () => json(200, enrolment),
      'POST /api/v1/users/me/totp/confirm': [
        () => apiError(400, 'invalid_code', 'That code is not right.'),
        () => json(200, { recovery_codes: recoveryCodes }),
      ],
      ...health,
    })
    renderApp('/settings')
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText') // user-event's clipboard
    const card = () => within(screen.getByRole('heading', { name: 'Two-factor sign-in' }).closest('section')!)

    await user.click(await screen.findByRole('button', { name: 'Set up two-factor sign-in' }))
    expect(await card().findByRole('img', { name: 'QR code for your authenticator app' })).toHaveAttribute(
      'src',
      enrolment.qr_code,
    )
    expect(screen.getByTestId('totp-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')

    // The field takes digits only, and a short code is caught before the API.
    const code = card().getByLabelText('Code from your app')
    await user.type(code, '12a3')
    expect(code).toHaveValue('123')
    await user.click(card().getByRole('button', { name: 'Turn on' }))
    expect(code).toHaveAccessibleDescription('Enter the 6-digit code your app shows.')
    expect(callsTo('POST /api/v1/users/me/totp/confirm')).toHaveLength(0)

    await user.type(code, '999')
    await user.click(card().getByRole('button', { name: 'Turn on' }))
    expect(await card().findByRole('alert')).toHaveTextContent('That code is not right.')

    await user.clear(code)
    await user.type(code, '123456')
    await user.click(card().getByRole('button', { name: 'Turn on' }))
    expect(await card().findByText('Two-factor sign-in is on.')).toBeInTheDocument()
    expect(JSON.parse(callsTo('POST /api/v1/users/me/totp/confirm')[1].body ?? '')).toEqual({ code: '123456' })
    const list = card().getByRole('list', { name: 'Recovery codes' })
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(recoveryCodes)

    await user.click(card().getByRole('button', { name: 'Copy' }))
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(recoveryCodes.join('\n')))
    expect(card().getByRole('button', { name: 'Copied' })).toBeInTheDocument()

    // Once saved, they are gone from the page for good.
    await user.click(card().getByRole('button', { name: 'I have saved them' }))
    expect(await card().findByText(/10 recovery codes left/)).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument()
    expect(screen.queryByText(recoveryCodes[0])).not.toBeInTheDocument()
  })

  it('turns it off with the password, or with a code from the app', async () => {
    signIn(1)
    const on = totpStatus({ enabled: true, enabled_at: '2026-12-03T10:00:00Z', recovery_codes_left: 2 })
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, { ...demoUser, totp_enabled: true }),
      'GET /api/v1/users/me/totp': [() => json(200, on), () => json(200, totpStatus())],
      'DELETE /api/v1/users/me/totp': [
        () => apiError(400, 'wrong_password', 'The password is not right.'),
        () => noContent(),
      ],
      ...health,
    })
    renderApp('/settings')
    const user = userEvent.setup()

    expect(await screen.findByText(/2 recovery codes left/)).toBeInTheDocument()
    expect(screen.getByText(/running out of recovery codes/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Turn off' }))
    const form = screen.getByRole('form', { name: 'Turn off two-factor sign-in' })
    await user.type(within(form).getByLabelText('Current password', { selector: 'input' }), 'wrong one')
    await user.click(within(form).getByRole('button', { name: 'Turn off two-factor sign-in' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('The password is not right.')
    expect(JSON.parse(callsTo('DELETE /api/v1/users/me/totp')[0].body ?? '')).toEqual({ password: 'wrong one' })

    await user.click(within(form).getByRole('button', { name: 'Use a code from your app instead' }))
    await user.type(within(form).getByLabelText('Authentication or recovery code'), '654321')
    await user.click(within(form).getByRole('button', { name: 'Turn off two-factor sign-in' }))
    expect(await screen.findByRole('button', { name: 'Set up two-factor sign-in' })).toBeInTheDocument()
    expect(JSON.parse(callsTo('DELETE /api/v1/users/me/totp')[1].body ?? '')).toEqual({ code: '654321' })
  })

  it('a user who must set it up is sent to Settings and told why', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, { ...demoUser, totp_required: true, totp_required_but_missing: true }),
      'GET /api/v1/users/me/totp': () => json(200, totpStatus({ required: true })),
      ...health,
    })
    renderApp('/transactions')
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/settings'))
    expect(await screen.findByText('Two-factor sign-in is required')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Set up two-factor sign-in' })).toBeInTheDocument()
  })

  it('an admin requires it of everyone (once it is on for the admin)', async () => {
    signIn(1)
    const admin = { ...demoUser, role: 'admin', totp_enabled: true }
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, admin),
      'GET /api/v1/users/me/totp': () =>
        json(200, totpStatus({ enabled: true, enabled_at: '2026-12-03T10:00:00Z', recovery_codes_left: 10 })),
      'GET /api/v1/site-settings': () => json(200, { require_totp: false }),
      'PATCH /api/v1/site-settings': () => json(200, { require_totp: true }),
      ...health,
    })
    renderApp('/settings')
    const user = userEvent.setup()
    const box = await screen.findByRole('checkbox', { name: /Require two-factor sign-in for everyone/ })
    await waitFor(() => expect(box).toBeEnabled())
    expect(box).not.toBeChecked()
    await user.click(box)
    await waitFor(() => expect(box).toBeChecked())
    expect(JSON.parse(callsTo('PATCH /api/v1/site-settings')[0].body ?? '')).toEqual({ require_totp: true })
  })
})
