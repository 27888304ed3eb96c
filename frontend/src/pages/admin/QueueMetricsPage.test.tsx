import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { components } from '@/api/schema'
import { apiError, demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

type Overview = components['schemas']['QueuesOverview']
type Queue = components['schemas']['QueueMetrics']

const health = { 'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }) }
const admin = { ...demoUser, role: 'admin' }
const none = { success: 0, failure: 0, retry: 0, cancelled: 0 }

function queue(name: string, overrides: Partial<Queue> = {}): Queue {
  return {
    queue: name,
    length: 0,
    deferred: 0,
    in_progress: 0,
    tasks_per_second: 0,
    outcomes: none,
    success_rate: null,
    average_seconds: null,
    memory_bytes: 0,
    cpu_percent: 0,
    tasks: [],
    workers: [],
    ...overrides,
  }
}

const emailWorker = {
  worker_id: 'box:4242:abc123',
  queue: 'email',
  host: 'box',
  pid: 4242,
  started_at: new Date(Date.now() - 600_000).toISOString(),
  heartbeat_at: new Date().toISOString(),
  memory_bytes: 157_286_400,
  cpu_percent: 37.5,
  cpu_seconds: 12.3,
  running: 2,
  tasks_per_second: 1.25,
  outcomes: { success: 95, failure: 5, retry: 3, cancelled: 0 },
  success_rate: 0.95,
  average_seconds: 0.42,
}

function overview(emailOverrides: Partial<Queue>): Overview {
  return {
    taken_at: new Date().toISOString(),
    flush_seconds: 5,
    queues: [queue('base'), queue('email', emailOverrides)],
  }
}

const busy = overview({
  length: 12,
  deferred: 2,
  in_progress: 2,
  tasks_per_second: 1.25,
  outcomes: { success: 95, failure: 5, retry: 3, cancelled: 0 },
  success_rate: 0.95,
  average_seconds: 0.42,
  memory_bytes: 157_286_400,
  cpu_percent: 37.5,
  tasks: [
    {
      task: 'email_extraction',
      runs: 103,
      outcomes: { success: 95, failure: 5, retry: 3, cancelled: 0 },
      success_rate: 0.95,
      average_seconds: 0.42,
      histogram: [{ le: 0.5, count: 90 }, { le: null, count: 103 }],
    },
  ],
  workers: [emailWorker],
})

function stat(region: HTMLElement, label: string) {
  return within(region).getByText(label, { selector: 'dt' }).nextSibling
}

describe('Queue metrics page', () => {
  it('shows each queue and worker, and follows the numbers as they change', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, admin),
      'GET /api/v1/admin/queues': [
        () => json(200, busy),
        () => json(200, overview({ ...busy.queues[1], length: 3, tasks_per_second: 2.5 })),
      ],
      ...health,
    })
    renderApp('/admin/queues')

    const email = await screen.findByRole('region', { name: 'Email queue (sync, extraction)' })
    expect(stat(email, 'Tasks/s')).toHaveTextContent('1.25')
    expect(stat(email, 'Queue length')).toHaveTextContent('12')
    expect(within(email).getByText('2 deferred')).toBeInTheDocument()
    expect(stat(email, 'Success rate')).toHaveTextContent('95%')
    expect(stat(email, 'Avg processing time')).toHaveTextContent('420 ms')
    expect(stat(email, 'Memory')).toHaveTextContent('150 MB')
    expect(stat(email, 'CPU')).toHaveTextContent('38%')

    const workers = within(email).getByRole('table', { name: 'Workers of the email queue' })
    const row = within(workers).getByRole('row', { name: /pid 4242/ })
    expect(row).toHaveTextContent('1.25')
    expect(row).toHaveTextContent('150 MB')
    const tasks = within(email).getByRole('table', { name: 'Tasks of the email queue' })
    expect(within(tasks).getByRole('row', { name: /email_extraction/ })).toHaveTextContent('103')

    const base = screen.getByRole('region', { name: 'Base queue (mail, alerts, upkeep)' })
    expect(within(base).getByText('No worker is running for this queue')).toBeInTheDocument()
    expect(stat(base, 'Success rate')).toHaveTextContent('—')

    // The page asks again by itself (every two seconds).
    await waitFor(() => expect(stat(email, 'Queue length')).toHaveTextContent('3'), { timeout: 5000 })
    expect(stat(email, 'Tasks/s')).toHaveTextContent('2.50')
    expect(callsTo('GET /api/v1/admin/queues').length).toBeGreaterThanOrEqual(2)
  })

  it('lists the page in the navigation for administrators only', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, admin),
      'GET /api/v1/admin/queues': () => json(200, busy),
      ...health,
    })
    const { unmount } = renderApp('/admin/queues')
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    expect(await within(nav).findByRole('link', { name: 'Queues' })).toHaveAttribute('href', '/admin/queues')
    unmount()

    mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /api/v1/admin/queues': () => apiError(403, 'forbidden', 'Administrator access is required.'),
      ...health,
    })
    renderApp('/admin/queues')
    expect(await screen.findByText('Administrator access is required.')).toBeInTheDocument()
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Queues' })).toBeNull()
  })
})
