import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { components } from '@/api/schema'
import { apiError, demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

type Report = components['schemas']['CategoriserExperimentsPublic']

const health = { 'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }) }
const admin = { ...demoUser, role: 'admin' }
const URL = 'GET /api/v1/admin/categoriser-experiments'

const report: Report = {
  split: { tfidf_lr: 1, embedding_minilm: 3 },
  default_version: 'tfidf_lr',
  confidence: 0.95,
  keep_after_days: 14,
  versions: [
    {
      name: 'tfidf_lr', share: 0.25, users: 3, outcomes: 12, categorised: 10, uncategorised: 2,
      coverage: 10 / 12, uncategorised_share: 2 / 12, judged: 9, kept: 7, changed: 2,
      accuracy: 7 / 9, accuracy_low: 0.4526, accuracy_high: 0.9368, latency_mean_ms: 0.15, latency_p95_ms: 0.4,
    },
    {
      name: 'embedding_minilm', share: 0.75, users: 5, outcomes: 0, categorised: 0, uncategorised: 0,
      coverage: null, uncategorised_share: null, judged: 0, kept: 0, changed: 0,
      accuracy: null, accuracy_low: null, accuracy_high: null, latency_mean_ms: null, latency_p95_ms: null,
    },
  ],
}

describe('Admin → Categoriser experiments', () => {
  it('shows each version: share, accuracy with its interval, uncategorised share, latency', async () => {
    signIn(1)
    mockFetch({ 'GET /api/v1/users/me': () => json(200, admin), [URL]: () => json(200, report), ...health })
    renderApp('/admin/categorisers')
    const tfidf = await screen.findByTestId('version-tfidf_lr')
    expect(tfidf).toHaveTextContent('TF-IDF + logistic regression')
    expect(tfidf).toHaveTextContent('25.0%')
    expect(tfidf).toHaveTextContent('77.8%')
    expect(tfidf).toHaveTextContent('95% CI 45.3% – 93.7% (n=9)')
    expect(tfidf).toHaveTextContent('16.7%')
    expect(tfidf).toHaveTextContent('0.15 ms')
    const embedding = screen.getByTestId('version-embedding_minilm')
    expect(embedding).toHaveTextContent('75.0%')
    expect(within(embedding).getAllByText('—').length).toBeGreaterThan(0) // no outcomes yet
    // Admins see the page in the navigation.
    expect(screen.getByRole('link', { name: /Categoriser experiments/ })).toBeInTheDocument()
  })

  it('saves a new split and shows the answer', async () => {
    signIn(1)
    const updated: Report = {
      ...report,
      split: { tfidf_lr: 1, embedding_minilm: 1 },
      versions: report.versions.map((v) => ({ ...v, share: 0.5 })),
    }
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, admin),
      [URL]: () => json(200, report),
      'PUT /api/v1/admin/categoriser-experiments/split': () => json(200, updated),
      ...health,
    })
    const user = userEvent.setup()
    renderApp('/admin/categorisers')
    const field = await screen.findByLabelText('Embeddings (MiniLM, nearest examples)')
    await waitFor(() => expect(field).toHaveValue(3)) // the form follows the report once loaded
    await user.clear(field)
    await user.type(field, '1')
    await user.click(screen.getByRole('button', { name: 'Save split' }))
    await screen.findByText('Split saved.')
    const [call] = callsTo('PUT /api/v1/admin/categoriser-experiments/split')
    expect(JSON.parse(call.body ?? '{}')).toEqual({ split: { tfidf_lr: 1, embedding_minilm: 1 } })
    await waitFor(() => expect(screen.getByTestId('version-embedding_minilm')).toHaveTextContent('50.0%'))
  })

  it('is not in the navigation for other users, and shows the refusal', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      [URL]: () => apiError(403, 'forbidden', 'Administrator access is required.'),
      ...health,
    })
    renderApp('/admin/categorisers')
    expect(await screen.findByText('Administrator access is required.')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /Categoriser experiments/ })).not.toBeInTheDocument()
  })
})
