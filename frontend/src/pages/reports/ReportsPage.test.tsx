import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { presetRange } from '@/lib/period'
import { todayIn } from '@/lib/timezone'
import { categories, recurring, spend, summary } from '@/test/ledgerFixtures'
import { demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

const report = { currency: 'INR', unconverted: [], rates_used: [] }
const Q1 = { date_from: '2026-01-01', date_to: '2026-03-31' }

const routes = {
  'GET /api/v1/users/me': () => json(200, demoUser),
  'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
  'GET /api/v1/analytics/summary': () => json(200, summary),
  'GET /api/v1/analytics/spend-by-category': (call: { search: URLSearchParams }) =>
    call.search.get('side') === 'income'
      ? json(200, {
          ...report,
          ...Q1,
          total: '85000.00',
          items: [{ category_id: 'c-salary', name: 'Salary', parent_id: null, amount: '85000.00', share: '100.0', count: 1 }],
        })
      : json(200, spend),
  'GET /api/v1/analytics/cash-flow': () =>
    json(200, {
      ...report,
      ...Q1,
      interval: 'week',
      buckets: [
        { period_start: '2025-12-29', inflow: '85000.00', outflow: '12000.00', net: '73000.00', cumulative: '73000.00' },
        { period_start: '2026-01-05', inflow: '0.00', outflow: '19234.50', net: '-19234.50', cumulative: '53765.50' },
      ],
    }),
  'GET /api/v1/analytics/top-merchants': () =>
    json(200, { ...report, ...Q1, items: [{ transactor_id: 't1', name: 'BigBasket', amount: '12000.00', count: 10 }] }),
  'GET /api/v1/analytics/forecast': () =>
    json(200, {
      ...report,
      month: '2026-12-01',
      method: 'Per category: the median of the last 3 complete months.',
      total: '12649.00',
      low: '8649.00',
      high: '15649.00',
      categories: [
        { category_id: categories[0].id, name: 'Groceries', amount: '12000.00', baseline: '12000.00', recurring_due: '0.00', history: ['8000.00', '12000.00', '15000.00'], low: '8000.00', high: '15000.00' },
        { category_id: null, name: 'Uncategorised', amount: '649.00', baseline: '0.00', recurring_due: '649.00', history: ['0.00', '0.00', '0.00'], low: '649.00', high: '649.00' },
      ],
    }),
  'GET /api/v1/analytics/recurring': () => json(200, recurring),
}

describe('Reports', () => {
  it('reads the period from the URL and shows every report with its table', async () => {
    signIn(1)
    const { callsTo } = mockFetch(routes)
    renderApp('/reports?period=custom&from=2026-01-01&to=2026-03-31')

    const summaryGroup = await screen.findByRole('group', { name: 'Summary: Custom' })
    expect(within(summaryGroup).getByLabelText(/^Income: /)).toHaveTextContent(/85,000\.00/)
    await waitFor(() => expect(callsTo('GET /api/v1/analytics/cash-flow').length).toBeGreaterThan(0))
    for (const key of ['summary', 'cash-flow', 'top-merchants', 'spend-by-category']) {
      const call = callsTo(`GET /api/v1/analytics/${key}`)[0]
      expect([call.search.get('date_from'), call.search.get('date_to')]).toEqual(['2026-01-01', '2026-03-31'])
    }
    // 90 days: weekly buckets, weeks from the user's week start.
    expect(callsTo('GET /api/v1/analytics/cash-flow')[0].search.get('interval')).toBe('week')
    expect(callsTo('GET /api/v1/analytics/cash-flow')[0].search.get('week_start')).toBe('1')

    const flow = await screen.findByRole('table', { name: 'Cash flow' })
    expect(within(flow).getAllByRole('row')[2]).toHaveTextContent(/−?-?19,234\.50.*53,765\.50/)

    const sankey = await screen.findByRole('table', { name: 'Money flows from income to spending' })
    expect(within(sankey).getByRole('row', { name: /Salary/ })).toHaveTextContent(/Salary.*Money in.*85,000\.00/)
    // 85,000 in, 31,234.50 out: 53,765.50 saved.
    expect(within(sankey).getByRole('row', { name: /Saved/ })).toHaveTextContent(/53,765\.50/)

    const byCategory = await screen.findByRole('table', { name: 'Spend by category' })
    expect(within(byCategory).getByRole('link', { name: 'Groceries' })).toHaveAttribute(
      'href',
      `/transactions?category_id=${categories[0].id}&from=2026-01-01&to=2026-03-31`,
    )
    expect(within(byCategory).getByRole('link', { name: 'Uncategorised' })).toHaveAttribute(
      'href',
      '/transactions?uncategorised=true&from=2026-01-01&to=2026-03-31',
    )

    expect(await screen.findByRole('table', { name: 'Top merchants' })).toHaveTextContent(/BigBasket.*12,000\.00.*10/)
    const forecast = await screen.findByRole('table', { name: "Next month's forecast by category" })
    expect(within(forecast).getByRole('row', { name: /Groceries/ })).toHaveTextContent(/12,000\.00.*8,000\.00.*15,000\.00/)
    expect(screen.getByText(/between .*8,649\.00.* and .*15,649\.00/)).toBeInTheDocument()
  })

  it('the table behind a chart can be shown', async () => {
    signIn(1)
    mockFetch(routes)
    renderApp('/reports?period=last-90')
    await screen.findByRole('table', { name: 'Top merchants' })
    const merchants = screen.getByRole('heading', { name: 'Top merchants' }).closest('section')!
    const toggle = within(merchants).getByRole('button', { name: 'Show table' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toHaveClass('sr-only')
    await userEvent.click(toggle)
    expect(within(merchants).getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-pressed', 'true')
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).not.toHaveClass('sr-only')
  })

  it('a chosen period goes into the URL and the requests', async () => {
    signIn(1)
    const { callsTo } = mockFetch(routes)
    renderApp('/reports')
    await screen.findByRole('group', { name: /^Summary: / })
    let picker = screen.getByRole('group', { name: 'Report period' })
    await userEvent.selectOptions(within(picker).getByLabelText('Period'), 'Last month')
    await waitFor(() => expect(screen.getByTestId('location')).toHaveAttribute('data-search', '?period=last-month'))
    const { from, to } = presetRange('last-month', todayIn())
    await waitFor(() =>
      expect(
        callsTo('GET /api/v1/analytics/summary').some((c) => c.search.get('date_from') === from && c.search.get('date_to') === to),
      ).toBe(true),
    )

    // The picker is drawn again for the new period.
    picker = screen.getByRole('group', { name: 'Report period' })
    await userEvent.selectOptions(within(picker).getByLabelText('Period'), 'Custom')
    const fromField = within(picker).getByLabelText('From')
    const toField = within(picker).getByLabelText('To')
    await userEvent.clear(fromField)
    await userEvent.type(fromField, '2026-02-01')
    await userEvent.clear(toField)
    await userEvent.type(toField, '2026-02-14')
    await userEvent.click(within(picker).getByRole('button', { name: 'Apply' }))
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveAttribute('data-search', '?period=custom&from=2026-02-01&to=2026-02-14'),
    )
  })

  it('confirms and dismisses a recurring payment on the server, with undo', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      ...routes,
      [`PUT /api/v1/analytics/recurring/${recurring.items[0].transactor_id}/state`]: (call) =>
        json(200, { transactor_id: recurring.items[0].transactor_id, currency: 'INR', status: JSON.parse(call.body!).state }),
      [`DELETE /api/v1/analytics/recurring/${recurring.items[0].transactor_id}/state`]: () =>
        json(200, { transactor_id: recurring.items[0].transactor_id, currency: 'INR', status: 'detected' }),
    })
    renderApp('/reports')
    const list = await screen.findByRole('list', { name: 'Upcoming payments' })
    await userEvent.click(within(list).getByRole('button', { name: 'Confirm Netflix' }))
    await waitFor(() => expect(callsTo(`PUT /api/v1/analytics/recurring/${recurring.items[0].transactor_id}/state`)).toHaveLength(1))
    expect(JSON.parse(callsTo(`PUT /api/v1/analytics/recurring/${recurring.items[0].transactor_id}/state`)[0].body!)).toEqual({
      currency: 'INR',
      state: 'confirmed',
    })
    await userEvent.click(within(list).getByRole('button', { name: 'Dismiss Netflix' }))
    expect(await screen.findByText('Netflix is no longer treated as recurring.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(callsTo(`DELETE /api/v1/analytics/recurring/${recurring.items[0].transactor_id}/state`)).toHaveLength(1))
    expect(callsTo(`DELETE /api/v1/analytics/recurring/${recurring.items[0].transactor_id}/state`)[0].search.get('currency')).toBe('INR')
  })

  it('lists dismissed series on request, to restore one', async () => {
    signIn(1)
    const id = recurring.items[0].transactor_id
    const { callsTo } = mockFetch({
      ...routes,
      'GET /api/v1/analytics/recurring': (call) =>
        json(200, call.search.get('include_dismissed') === 'true' ? { ...recurring, items: [{ ...recurring.items[0], status: 'dismissed' }] } : { ...recurring, items: [] }),
      [`DELETE /api/v1/analytics/recurring/${id}/state`]: () => json(200, { transactor_id: id, currency: 'INR', status: 'detected' }),
    })
    renderApp('/reports')
    expect(await screen.findByText(/No recurring payments found yet/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Show dismissed' }))
    const list = await screen.findByRole('list', { name: 'Upcoming payments' })
    expect(within(list).getByRole('listitem', { name: 'Netflix' })).toHaveTextContent('Dismissed')
    expect(within(list).queryByRole('button', { name: 'Dismiss Netflix' })).toBeNull()
    await userEvent.click(within(list).getByRole('button', { name: 'Restore Netflix' }))
    await waitFor(() => expect(callsTo(`DELETE /api/v1/analytics/recurring/${id}/state`)).toHaveLength(1))
  })
})
