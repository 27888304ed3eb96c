import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ApiToken } from '@/api/types'
import { apiError, demoUser, json, mockFetch, noContent, renderApp, signIn } from '@/test/utils'

const health = { 'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }) }
const SECRET = 'fct_Zx81pQ2mVb7yLc0rTf4nWd9sKe3hJa6uGi5oBq1xY0w'

const nightly: ApiToken = {
  id: '6f1c2a4e-0c55-4b8e-9a3e-2d1f0b9c8a71',
  name: 'nightly export',
  scope: 'read',
  prefix: 'fct_Ab12Cd34',
  created_at: '2025-01-15T09:30:00Z',
  expires_at: '2099-04-15T09:30:00Z',
  last_used_at: null,
}
const oldScript: ApiToken = {
  ...nightly,
  id: '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
  name: 'old sync',
  scope: 'write',
  prefix: 'fct_Old99xyz',
  expires_at: '2025-02-14T09:30:00Z',
  last_used_at: '2025-02-01T10:00:00Z',
}

describe('Settings → API tokens', () => {
  it('lists tokens without secrets: name, prefix, scope, dates, last use, expired', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /api/v1/api-tokens': () => json(200, [nightly, oldScript]),
      ...health,
    })
    renderApp('/settings')
    const list = await screen.findByRole('list', { name: 'Your API tokens' })
    const [first, second] = within(list).getAllByRole('listitem')
    expect(within(first).getByText('nightly export')).toBeInTheDocument()
    expect(within(first).getByText('Read only')).toBeInTheDocument()
    expect(first).toHaveTextContent('fct_Ab12Cd34…')
    expect(first).toHaveTextContent('created Jan 15, 2025')
    expect(first).toHaveTextContent('expires Apr 15, 2099')
    expect(first).toHaveTextContent('last used never')
    expect(within(first).queryByText('Expired')).not.toBeInTheDocument()
    expect(within(second).getByText('Read and write')).toBeInTheDocument()
    expect(within(second).getByText('Expired')).toBeInTheDocument()
    expect(second).toHaveTextContent('expired Feb 14, 2025')
  })

  it('creates a token, shows its secret once with a copy button, then only the listing', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /api/v1/api-tokens': [() => json(200, []), () => json(200, [{ ...nightly, name: 'backup', scope: 'write' }])],
      'POST /api/v1/api-tokens': () => json(201, { ...nightly, name: 'backup', scope: 'write', token: SECRET }),
      ...health,
    })
    renderApp('/settings')
    expect(await screen.findByText('You have no API tokens.')).toBeInTheDocument()
    // An ordinary user is not offered admin scope.
    const scope = screen.getByLabelText('Scope')
    expect(within(scope).queryByRole('option', { name: 'Administrator' })).not.toBeInTheDocument()

    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Create token' }))
    expect(screen.getByLabelText('Token name')).toHaveAccessibleDescription('Name the token after what will use it.')
    expect(callsTo('POST /api/v1/api-tokens')).toHaveLength(0)

    await user.type(screen.getByLabelText('Token name'), '  backup ')
    await user.selectOptions(scope, 'write')
    await user.selectOptions(screen.getByLabelText('Expires after'), '90')
    await user.click(screen.getByRole('button', { name: 'Create token' }))

    expect(await screen.findByText(/you will not see it again/)).toBeInTheDocument()
    expect(JSON.parse(callsTo('POST /api/v1/api-tokens')[0].body ?? '')).toEqual({
      name: 'backup',
      scope: 'write',
      expires_in_days: 90,
    })
    const secret = screen.getByLabelText('Your new token')
    expect(secret).toHaveValue(SECRET)
    expect(secret).toHaveAttribute('readonly')
    await user.click(screen.getByRole('button', { name: 'Copy' }))
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(SECRET)
    // The list shows the new token, never its secret.
    const list = await screen.findByRole('list', { name: 'Your API tokens' })
    expect(within(list).getByText('backup')).toBeInTheDocument()
    expect(list).not.toHaveTextContent(SECRET)

    await user.click(screen.getByRole('button', { name: 'I have copied it' }))
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(SECRET)
    expect(screen.getByRole('button', { name: 'Create token' })).toBeInTheDocument()
  })

  it('offers admin scope to an administrator, and shows the API refusal', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, { ...demoUser, role: 'admin' }),
      'GET /api/v1/api-tokens': () => json(200, []),
      'POST /api/v1/api-tokens': () =>
        apiError(400, 'too_many_api_tokens', 'You already have 100 API tokens: revoke one you no longer use.'),
      ...health,
    })
    renderApp('/settings')
    const scope = await screen.findByLabelText('Scope')
    await waitFor(() => expect(within(scope).getByRole('option', { name: 'Administrator' })).toBeInTheDocument())
    const user = userEvent.setup()
    await user.selectOptions(scope, 'admin')
    expect(scope).toHaveAccessibleDescription('Also the administrator routes (all users, roles).')
    await user.type(screen.getByLabelText('Token name'), 'ops')
    await user.click(screen.getByRole('button', { name: 'Create token' }))
    expect(await screen.findByText('You already have 100 API tokens: revoke one you no longer use.')).toBeInTheDocument()
    expect(screen.queryByLabelText('Your new token')).not.toBeInTheDocument()
  })

  it('revokes a token after confirming', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /api/v1/api-tokens': [() => json(200, [nightly, oldScript]), () => json(200, [oldScript])],
      [`DELETE /api/v1/api-tokens/${nightly.id}`]: () => noContent(),
      ...health,
    })
    renderApp('/settings')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Revoke nightly export' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke “nightly export”?' })
    expect(dialog).toHaveTextContent('refused from now on')
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }))

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(callsTo(`DELETE /api/v1/api-tokens/${nightly.id}`)).toHaveLength(1)
    await waitFor(() => expect(screen.queryByText('nightly export')).not.toBeInTheDocument())
    expect(screen.getByText('old sync')).toBeInTheDocument()
  })
})
