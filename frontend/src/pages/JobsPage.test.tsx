import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Job } from '@/api/types'
import { FakeWebSocket } from '@/test/fakeWebSocket'
import { makeAccount, makeJob } from '@/test/fixtures'
import { apiError, demoUser, json, mockFetch, renderApp, signIn, type Call } from '@/test/utils'

const account = makeAccount({ display_name: 'Work mail' })

function jobsApi(jobs: () => Job[]) {
  return (call: Call) => {
    const status = call.search.get('status')
    const items = jobs().filter((job) => !status || job.status === status)
    return json(200, { items, total: items.length, offset: 0, limit: Number(call.search.get('limit') ?? 50) })
  }
}

const base = {
  'GET /api/v1/users/me': () => json(200, demoUser),
  'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
  'GET /api/v1/connected-accounts': () => json(200, [account]),
}

async function openSocket() {
  await waitFor(() => expect(FakeWebSocket.instances.length).toBeGreaterThan(0))
  const socket = FakeWebSocket.latest()
  act(() => socket.open())
  return socket
}

describe('Jobs page', () => {
  it('moves a running job’s progress bar and counters live from the socket', async () => {
    signIn(1)
    let running = makeJob({ params: { account_id: account.id }, total: 300, processed: 120, parsed: 118, failed: 2, progress: 40 })
    mockFetch({ ...base, 'GET /api/v1/jobs': jobsApi(() => [running]) })
    renderApp('/jobs')

    const region = await screen.findByRole('region', { name: 'Running now' })
    const bar = await within(region).findByRole('progressbar', { name: 'Progress of Mailbox sync · Work mail' })
    expect(bar).toHaveAttribute('aria-valuenow', '40')
    expect(within(region).getByText('Running')).toBeInTheDocument()

    const socket = await openSocket()
    expect(await screen.findByText('Live')).toBeInTheDocument()
    act(() =>
      socket.receive({
        event: 'job.progress',
        data: { job_id: running.id, type: 'email_fetch', total: 300, processed: 225, parsed: 221, failed: 4, progress: 75 },
      }),
    )
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '75'))
    expect(within(region).getByText('75%')).toBeInTheDocument()
    const article = within(region).getByRole('article', { name: 'Mailbox sync · Work mail' })
    expect(article).toHaveTextContent('225 of 300 processed')
    expect(within(article).getByText('Parsed').nextSibling).toHaveTextContent('221')
    expect(within(article).getByText('Failed').nextSibling).toHaveTextContent('4')

    // Finished: the lists refetch, and the job moves from "Running now" to the history.
    running = { ...running, status: 'completed', processed: 300, progress: 100, completed_at: '2026-11-20T09:03:00Z' }
    act(() =>
      socket.receive({
        event: 'job.completed',
        data: { job_id: running.id, type: 'email_fetch', total: 300, processed: 300, parsed: 296, failed: 4, progress: 100 },
      }),
    )
    expect(await within(region).findByText(/Nothing is running/)).toBeInTheDocument()
    const history = screen.getByRole('region', { name: 'History' })
    expect(await within(history).findByRole('article', { name: 'Mailbox sync · Work mail' })).toHaveTextContent(
      /Completed.*300 of 300 processed/,
    )
  })

  it('cancels a running job and retries a failed one, showing what the API says', async () => {
    signIn(1)
    let running = makeJob({ params: { account_id: account.id } })
    const failed = makeJob({
      status: 'failed',
      params: { account_id: account.id },
      completed_at: '2026-11-20T09:05:00Z',
      error_log: [{ at: '2026-11-20T09:04:59Z', type: 'ProviderAuthError', message: 'LOGIN failed: Invalid credentials', item_id: null }],
      error_count: 1,
    })
    const again = makeJob({ status: 'pending', total: 0, processed: 0, params: { account_id: account.id, retry_of: failed.id } })
    let retried = false
    const { callsTo } = mockFetch({
      ...base,
      'GET /api/v1/jobs': jobsApi(() => [...(retried ? [again] : []), running, failed]),
      [`POST /api/v1/jobs/${running.id}/cancel`]: () => {
        running = { ...running, cancel_requested: true }
        return json(200, running)
      },
      [`POST /api/v1/jobs/${failed.id}/retry`]: [
        () => apiError(409, 'job_not_retryable', 'Only a failed or cancelled job can be retried.'),
        () => {
          retried = true
          return json(201, again)
        },
      ],
    })
    renderApp('/jobs')
    const user = userEvent.setup()
    const region = await screen.findByRole('region', { name: 'Running now' })
    const history = screen.getByRole('region', { name: 'History' })

    await user.click(await within(region).findByRole('button', { name: 'Cancel mailbox sync' }))
    expect(callsTo(`POST /api/v1/jobs/${running.id}/cancel`)).toHaveLength(1)
    expect(await within(region).findByText('Cancelling…')).toBeInTheDocument()
    expect(within(region).queryByRole('button', { name: 'Cancel mailbox sync' })).not.toBeInTheDocument()

    // The failed job's reason and error log are shown.
    const failedCard = await within(history).findByRole('article', { name: 'Mailbox sync · Work mail' })
    expect(failedCard).toHaveTextContent('Why it failed: LOGIN failed: Invalid credentials')
    await user.click(within(failedCard).getByText('1 error'))
    const table = within(failedCard).getByRole('table', { name: 'Errors of this job' })
    expect(table).toHaveTextContent('ProviderAuthError')

    const retry = within(failedCard).getByRole('button', { name: 'Retry mailbox sync' })
    await user.click(retry)
    expect(await within(failedCard).findByRole('alert')).toHaveTextContent('Only a failed or cancelled job can be retried.')
    await user.click(retry)
    expect(callsTo(`POST /api/v1/jobs/${failed.id}/retry`)).toHaveLength(2)
    expect(await screen.findByText(/Retry started/)).toBeInTheDocument()
    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(2))
  })

  it('tells a new user what to do when no job has run', async () => {
    signIn(1)
    mockFetch({ ...base, 'GET /api/v1/jobs': jobsApi(() => []) })
    renderApp('/jobs')
    expect(await screen.findByRole('heading', { name: 'No jobs have run yet' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Connect a mailbox' })).toHaveAttribute('href', '/accounts')
  })

  it('shows the API’s message when jobs cannot be loaded', async () => {
    signIn(1)
    mockFetch({ ...base, 'GET /api/v1/jobs': () => apiError(503, 'service_unavailable', 'The database is not reachable.') })
    renderApp('/jobs')
    expect(await screen.findByText('The job history could not be loaded.')).toBeInTheDocument()
    expect(screen.getAllByText('The database is not reachable.').length).toBeGreaterThan(0)
  })
})
