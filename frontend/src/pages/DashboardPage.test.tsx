import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SyncStatus } from '@/api/types'
import { FakeWebSocket } from '@/test/fakeWebSocket'
import { makeAccount, makeJob } from '@/test/fixtures'
import { demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

function routes(status: SyncStatus) {
  return {
    'GET /api/v1/users/me': () => json(200, demoUser),
    'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
    [`GET /api/v1/email-sync/status/${demoUser.id}`]: () => json(200, status),
    'GET /api/v1/emails': () => json(200, { items: [], total: 1234, offset: 0, limit: 1 }),
  }
}

describe('Dashboard', () => {
  it('before any mailbox: the next step is to connect one or upload an export', async () => {
    signIn(1)
    mockFetch(routes({ user_id: demoUser.id, last_email_fetch_at: null, syncing: false, active_jobs: [], accounts: [] }))
    renderApp('/dashboard')
    expect(await screen.findByRole('heading', { name: 'Connect a mailbox to get started' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Upload your mail export' })).toHaveAttribute('href', '/accounts')
  })

  it('with a mailbox: counts, last sync and the running import moving live', async () => {
    signIn(1)
    const account = makeAccount({ address: 'asha@fastmail.com' })
    const job = makeJob({ params: { account_id: account.id }, total: 200, processed: 50, progress: 25 })
    mockFetch(
      routes({
        user_id: demoUser.id,
        last_email_fetch_at: null,
        syncing: true,
        active_jobs: [job],
        accounts: [{ ...account, last_synced_at: null }],
      }),
    )
    renderApp('/dashboard')
    expect(await screen.findByRole('heading', { name: 'Mailbox sync' })).toBeInTheDocument()
    expect(screen.getByText('Not yet')).toBeInTheDocument()
    expect(await screen.findByText('1,234')).toBeInTheDocument()
    const bar = screen.getByRole('progressbar', { name: 'Import of asha@fastmail.com' })
    expect(bar).toHaveAttribute('aria-valuenow', '25')

    await waitFor(() => expect(FakeWebSocket.instances.length).toBeGreaterThan(0))
    const socket = FakeWebSocket.latest()
    act(() => socket.open())
    act(() =>
      socket.receive({
        event: 'job.progress',
        data: { job_id: job.id, type: 'email_fetch', total: 200, processed: 180, parsed: 178, failed: 2, progress: 90 },
      }),
    )
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '90'))
  })
})
