import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ConnectedAccount } from '@/api/types'
import { makeAccount, makeJob } from '@/test/fixtures'
import { FakeXhr } from '@/test/fakeXhr'
import { apiError, demoUser, json, mockFetch, noContent, renderApp, signIn, tokenPair } from '@/test/utils'

const emptyPage = () => json(200, { items: [], total: 0, offset: 0, limit: 50 })

function routes(accounts: () => ConnectedAccount[], extra: Parameters<typeof mockFetch>[0] = {}) {
  return {
    'GET /api/v1/users/me': () => json(200, demoUser),
    'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
    'GET /api/v1/connected-accounts': () => json(200, accounts()),
    'GET /api/v1/jobs': emptyPage,
    'GET /api/v1/plaid/status': () =>
      json(200, { configured: false, environment: 'sandbox', sandbox: true, missing: ['PLAID_CLIENT_ID', 'PLAID_SECRET'], webhooks: false }),
    ...extra,
  }
}

describe('Connected accounts: upload', () => {
  beforeEach(() => {
    FakeXhr.instances = []
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
  })

  it('shows a progress bar while the export uploads, then the new mailbox', async () => {
    signIn(1)
    let accounts: ConnectedAccount[] = []
    const uploaded = makeAccount({ provider: 'mbox', address: 'demo.mbox', display_name: 'demo.mbox', last_synced_at: null, settings: { filename: 'demo.mbox', size: 2_000_000 } })
    mockFetch(routes(() => accounts))
    renderApp('/accounts')
    const user = userEvent.setup()
    expect(await screen.findByText('No mailbox connected yet')).toBeInTheDocument()

    const file = new File(['From a@b Sat Jan  1 00:00:00 2026\n\nhello\n'], 'demo.mbox', { type: 'application/mbox' })
    Object.defineProperty(file, 'size', { value: 2_000_000 })
    await user.upload(screen.getByLabelText('Mailbox export file'), file)
    expect(screen.getByText('demo.mbox')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Upload and import' }))

    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1))
    const xhr = FakeXhr.latest()
    expect(xhr.method).toBe('POST')
    expect(xhr.url).toBe('/api/v1/connected-accounts/upload?filename=demo.mbox')
    expect(xhr.headers.authorization).toBe('Bearer access-1')
    expect(xhr.headers['content-type']).toBe('application/octet-stream')
    expect(xhr.body).toBe(file)

    const bar = screen.getByRole('progressbar', { name: 'Uploading demo.mbox' })
    expect(bar).toHaveAttribute('aria-valuenow', '0')
    act(() => xhr.progress(500_000, 2_000_000))
    expect(bar).toHaveAttribute('aria-valuenow', '25')
    expect(screen.getByText('25%')).toBeInTheDocument()
    act(() => xhr.progress(1_500_000, 2_000_000))
    expect(bar).toHaveAttribute('aria-valuenow', '75')
    act(() => xhr.sent())
    expect(bar).toHaveAttribute('aria-valuenow', '100')
    expect(screen.getByText('Checking the file…')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cancel upload' })).toBeDisabled()

    accounts = [uploaded]
    act(() => xhr.respond(201, uploaded))
    expect(await screen.findByText('demo.mbox was uploaded.')).toBeInTheDocument()
    expect(screen.queryByRole('progressbar', { name: 'Uploading demo.mbox' })).not.toBeInTheDocument()
    expect(await screen.findByRole('listitem', { name: 'demo.mbox' })).toHaveTextContent('Uploaded export · 1.9 MB')
  })

  it('shows why the server refused the file, and can cancel an upload', async () => {
    signIn(1)
    mockFetch(routes(() => []))
    renderApp('/accounts')
    // The picker offers mail files only, but "All files" (or a drop) can still bring a PDF.
    const user = userEvent.setup({ applyAccept: false })
    await user.upload(await screen.findByLabelText('Mailbox export file'), new File(['%PDF-1.4'], 'statement.pdf'))
    await user.click(screen.getByRole('button', { name: 'Upload and import' }))
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1))
    act(() =>
      FakeXhr.latest().respond(400, {
        error: { code: 'not_mail', message: 'statement.pdf is not a mailbox export: upload an .mbox, an .eml or a .zip.', details: null },
      }),
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The upload did not go through')
    expect(alert).toHaveTextContent('statement.pdf is not a mailbox export')

    await user.click(screen.getByRole('button', { name: 'Upload and import' }))
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Cancel upload' }))
    expect(FakeXhr.latest().aborted).toBe(true)
    expect(screen.getByRole('button', { name: 'Upload and import' })).toBeEnabled()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('refreshes an expired session once and sends the file again', async () => {
    signIn(1)
    const { callsTo } = mockFetch(routes(() => [], { 'POST /api/auth/refresh': () => json(200, tokenPair(2)) }))
    renderApp('/accounts')
    const user = userEvent.setup()
    await user.upload(await screen.findByLabelText('Mailbox export file'), new File(['x'], 'a.eml'))
    await user.click(screen.getByRole('button', { name: 'Upload and import' }))
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1))
    act(() => FakeXhr.latest().respond(401, { error: { code: 'unauthorized', message: 'Token expired.', details: null } }))
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(2))
    expect(callsTo('POST /api/auth/refresh')).toHaveLength(1)
    expect(FakeXhr.latest().headers.authorization).toBe('Bearer access-2')
  })
})

describe('Connected accounts: IMAP', () => {
  it('shows the mail server’s refusal, then connects with the right password', async () => {
    signIn(1)
    let accounts: ConnectedAccount[] = []
    const { callsTo } = mockFetch(
      routes(() => accounts, {
        'POST /api/v1/connected-accounts/imap': [
          () => apiError(400, 'mailbox_login_failed', 'LOGIN failed: [AUTHENTICATIONFAILED] Invalid credentials (Failure)'),
          (call) => {
            const body = JSON.parse(call.body ?? '{}')
            accounts = [makeAccount({ address: body.username, display_name: body.username })]
            return json(201, accounts[0])
          },
        ],
      }),
    )
    renderApp('/accounts')
    const user = userEvent.setup()
    const form = await screen.findByRole('form', { name: 'Other mailbox (IMAP)' })

    // Empty fields are caught before calling the server.
    await user.click(within(form).getByRole('button', { name: 'Connect mailbox' }))
    expect(within(form).getByLabelText('Email address or user name')).toHaveFocus()
    expect(within(form).getByLabelText('Email address or user name')).toHaveAccessibleDescription(
      'Enter the address or user name you sign in to the mailbox with.',
    )
    expect(callsTo('POST /api/v1/connected-accounts/imap')).toHaveLength(0)

    await user.type(within(form).getByLabelText('Email address or user name'), 'asha@fastmail.com')
    expect(within(form).getByLabelText('IMAP server')).toHaveValue('imap.fastmail.com')
    await user.type(within(form).getByLabelText('Password', { selector: 'input' }), 'not-the-app-password')
    await user.selectOptions(within(form).getByLabelText('Security'), 'starttls')
    expect(within(form).getByLabelText('Port')).toHaveValue('143')
    await user.selectOptions(within(form).getByLabelText('Security'), 'tls')
    await user.click(within(form).getByRole('button', { name: 'Connect mailbox' }))

    const alert = await within(form).findByRole('alert')
    expect(alert).toHaveTextContent('The mail server did not accept the connection')
    expect(alert).toHaveTextContent('LOGIN failed: [AUTHENTICATIONFAILED] Invalid credentials (Failure)')
    expect(JSON.parse(callsTo('POST /api/v1/connected-accounts/imap')[0].body ?? '')).toEqual({
      username: 'asha@fastmail.com',
      password: 'not-the-app-password',
      host: 'imap.fastmail.com',
      port: 993,
      security: 'tls',
      folder: 'INBOX',
      display_name: '',
    })

    const password = within(form).getByLabelText('Password', { selector: 'input' })
    await user.clear(password)
    await user.type(password, 'app-password')
    await user.click(within(form).getByRole('button', { name: 'Connect mailbox' }))
    expect(await screen.findByText('asha@fastmail.com is connected.')).toBeInTheDocument()
    expect(await screen.findByRole('listitem', { name: 'asha@fastmail.com' })).toBeInTheDocument()
    expect(password).toHaveValue('')
  })

  it('puts validation details from a 422 on the fields', async () => {
    signIn(1)
    mockFetch(
      routes(() => [], {
        'POST /api/v1/connected-accounts/imap': () =>
          json(422, {
            error: {
              code: 'validation_error',
              message: 'Invalid request. host: String should match pattern',
              details: [{ field: 'host', message: 'String should match pattern' }],
            },
          }),
      }),
    )
    renderApp('/accounts')
    const user = userEvent.setup()
    const form = await screen.findByRole('form', { name: 'Other mailbox (IMAP)' })
    await user.type(within(form).getByLabelText('Email address or user name'), 'me@example.org')
    await user.type(within(form).getByLabelText('Password', { selector: 'input' }), 'secret')
    await user.type(within(form).getByLabelText('IMAP server'), 'mail.example.org')
    await user.click(within(form).getByRole('button', { name: 'Connect mailbox' }))
    await waitFor(() => expect(within(form).getByLabelText('IMAP server')).toHaveAccessibleDescription('String should match pattern'))
    expect(within(form).getByLabelText('IMAP server')).toHaveFocus()
  })
})

describe('Connected accounts: list', () => {
  it('disconnects after a confirmation, and syncs on request', async () => {
    signIn(1)
    const account = makeAccount({ display_name: 'Work mail' })
    let accounts = [account]
    const { callsTo } = mockFetch(
      routes(() => accounts, {
        [`DELETE /api/v1/connected-accounts/${account.id}`]: () => {
          accounts = []
          return noContent()
        },
        [`POST /api/v1/connected-accounts/${account.id}/sync`]: () =>
          // The sync already running (`queued: false`) comes back as the job.
          json(202, {
            account_id: account.id,
            mode: 'incremental',
            queued: false,
            job: makeJob({ params: { account_id: account.id, mode: 'incremental' } }),
          }),
      }),
    )
    renderApp('/accounts')
    const user = userEvent.setup()
    const item = await screen.findByRole('listitem', { name: 'Work mail' })
    expect(item).toHaveTextContent('imap.fastmail.com:993 · INBOX')

    await user.click(within(item).getByRole('button', { name: 'Sync Work mail now' }))
    expect(await within(item).findByText('A sync of this mailbox is already running.')).toBeInTheDocument()
    expect(JSON.parse(callsTo(`POST /api/v1/connected-accounts/${account.id}/sync`)[0].body ?? '')).toEqual({ mode: 'incremental' })

    const disconnect = within(item).getByRole('button', { name: 'Disconnect Work mail' })
    await user.click(disconnect)
    const dialog = screen.getByRole('alertdialog', { name: 'Disconnect Work mail?' })
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(disconnect).toHaveFocus()
    expect(callsTo(`DELETE /api/v1/connected-accounts/${account.id}`)).toHaveLength(0)

    await user.click(disconnect)
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Disconnect' }))
    expect(await screen.findByText('Work mail was disconnected.')).toBeInTheDocument()
    expect(callsTo(`DELETE /api/v1/connected-accounts/${account.id}`)).toHaveLength(1)
    expect(screen.queryByRole('listitem', { name: 'Work mail' })).not.toBeInTheDocument()
  })

  it('shows the Gmail callback’s error from the address, and Gmail not being set up', async () => {
    signIn(1)
    mockFetch(
      routes(() => [], {
        'GET /api/v1/auth/google/authorize': () =>
          apiError(503, 'gmail_not_configured', 'Gmail is not set up on this server (GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET).'),
      }),
    )
    renderApp('/accounts?error=oauth_exchange_failed&message=Google%20refused%20the%20code.')
    expect(await screen.findByText('Gmail could not be connected.')).toBeInTheDocument()
    expect(screen.getByText('Google refused the code.')).toBeInTheDocument()

    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Connect Gmail' }))
    expect(await screen.findByText(/Gmail is not set up on this server/)).toBeInTheDocument()
  })
})
