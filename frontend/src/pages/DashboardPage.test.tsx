import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SyncStatus } from '@/api/types'
import { FakeWebSocket } from '@/test/fakeWebSocket'
import { makeAccount, makeJob } from '@/test/fixtures'
import { makeBudget, makeTransaction, recurring, spend, summary, trend } from '@/test/ledgerFixtures'
import { demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

const emptyReport = { currency: 'INR', unconverted: [] }
const empty = {
  'GET /api/v1/analytics/summary': () =>
    json(200, { ...summary, income: '0.00', expense: '0.00', net: '0.00', savings_rate: null, transaction_count: 0 }),
  'GET /api/v1/analytics/spend-by-category': () => json(200, { ...spend, total: '0.00', items: [] }),
  'GET /api/v1/analytics/monthly-trend': () => json(200, { ...emptyReport, months: [] }),
  'GET /api/v1/analytics/recurring': () => json(200, { ...emptyReport, as_of: '2026-11-26', items: [] }),
  'GET /api/v1/analytics/cash-flow': () =>
    json(200, { ...emptyReport, date_from: '2026-11-01', date_to: '2026-11-26', interval: 'day', buckets: [] }),
  'GET /api/v1/analytics/forecast': () =>
    json(200, { ...emptyReport, month: '2026-12-01', method: 'median', total: '0.00', low: '0.00', high: '0.00', categories: [] }),
  'GET /api/v1/budgets': () => json(200, []),
  'GET /api/v1/transactions': () => json(200, { items: [], next_cursor: null, limit: 5 }),
}

function routes(status: Partial<SyncStatus>, ledger: Record<string, () => Response> = {}) {
  return {
    ...empty,
    ...ledger,
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

  it('this month’s figures, spend by category, budgets and upcoming payments from the analytics API', async () => {
    signIn(1)
    const account = makeAccount({ address: 'asha@fastmail.com' })
    mockFetch(
      routes(
        { user_id: demoUser.id, last_email_fetch_at: null, syncing: false, active_jobs: [], accounts: [{ ...account, last_synced_at: null }] },
        {
          'GET /api/v1/analytics/summary': () => json(200, summary),
          'GET /api/v1/analytics/spend-by-category': () => json(200, spend),
          'GET /api/v1/analytics/monthly-trend': () => json(200, trend),
          'GET /api/v1/analytics/recurring': () => json(200, recurring),
          'GET /api/v1/budgets': () => json(200, [makeBudget()]),
          'GET /api/v1/transactions': () =>
            json(200, { items: [makeTransaction({ transactor_name: 'Blue Tokai', amount: '320.00' })], next_cursor: null, limit: 5 }),
        },
      ),
    )
    renderApp('/dashboard')
    const month = await screen.findByRole('group', { name: /^Summary: / })
    expect(within(month).getByLabelText(/^Income: /)).toHaveTextContent(/85,000\.00/)
    expect(within(month).getByLabelText(/^Expense: /)).toHaveTextContent(/31,234\.50/)
    expect(within(month).getByLabelText(/^Net: /)).toHaveTextContent(/53,765\.50/)
    expect(within(month).getByLabelText(/^Savings rate: /)).toHaveTextContent('63.3 %')

    const byCategory = await screen.findByRole('table', { name: 'Spend by category' })
    expect(within(byCategory).getByRole('row', { name: /Groceries/ })).toHaveTextContent(/12,000\.00.*38\.4 %/)
    expect(within(byCategory).getByRole('row', { name: /Uncategorised/ })).toHaveTextContent(/10,000\.00/)

    expect(await screen.findByRole('progressbar', { name: 'Budget Groceries' })).toHaveAttribute('aria-valuenow', '80')
    expect(await screen.findByRole('list', { name: 'Upcoming payments' })).toHaveTextContent(/Netflix.*649\.00/)
    expect(await screen.findByRole('list', { name: 'Latest transactions' })).toHaveTextContent(/Blue Tokai.*320\.00/)
    expect(screen.getByRole('table', { name: 'Monthly income and expense' })).toHaveTextContent(/October 2026.*85,000\.00.*40,000\.00/)
  })

  it('empty states before any transaction', async () => {
    signIn(1)
    mockFetch(routes({ user_id: demoUser.id, last_email_fetch_at: null, syncing: false, active_jobs: [], accounts: [] }))
    renderApp('/dashboard')
    expect(await screen.findByText('No spending recorded in this period.')).toBeInTheDocument()
    expect(await screen.findByText('Your monthly chart appears here after the first import.')).toBeInTheDocument()
    expect(await screen.findByText('No transactions yet.')).toBeInTheDocument()
    expect(screen.getByLabelText(/^Savings rate: /)).toHaveTextContent('—')
  })
})
