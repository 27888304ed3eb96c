import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Transaction } from '@/api/types'
import { categories, makeTransaction } from '@/test/ledgerFixtures'
import { demoUser, json, mockFetch, renderApp, signIn, type Call } from '@/test/utils'

/** A tiny stateful ledger behind the mocked API. */
function ledgerRoutes(rows: Transaction[], me: typeof demoUser = demoUser, meDelayMs = 0) {
  const byId = (call: Call) => rows.findIndex((t) => call.path.endsWith(t.id))
  return {
    'GET /api/v1/users/me': () =>
      meDelayMs ? new Promise<Response>((done) => setTimeout(() => done(json(200, me)), meDelayMs)) : json(200, me),
    'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
    'GET /api/v1/categories': () => json(200, categories),
    'GET /api/v1/accounts': () =>
      json(200, [{ id: 'e1000000-0000-4000-8000-000000000001', name: 'HDFC Credit Card', institution: 'HDFC', kind: 'credit_card', last4: '1234', currency: 'INR', latest_balance: null, balance_at: null }]),
    'GET /api/v1/transactions': () => json(200, { items: rows, next_cursor: null, limit: 50 }),
    [`PATCH /api/v1/transactions/${rows[0].id}`]: (call: Call) => {
      const body = JSON.parse(call.body ?? '{}') as { category_id: string | null }
      const i = byId(call)
      const category = categories.find((c) => c.id === body.category_id)
      rows[i] = { ...rows[i], category_id: body.category_id, category_name: category?.name ?? null, category_source: 'user' }
      return json(200, rows[i])
    },
    'POST /api/v1/transactions/bulk-recategorise': (call: Call) => {
      const body = JSON.parse(call.body ?? '{}') as { ids: string[] }
      return json(200, { updated: body.ids.length })
    },
  }
}

describe('Transactions page', () => {
  it('lists transactions with amounts formatted from their decimal strings', async () => {
    signIn(1)
    mockFetch(ledgerRoutes([makeTransaction({ amount: '1234.50', transactor_name: 'Big Bazaar' })]))
    renderApp('/transactions')
    const row = await screen.findByRole('listitem', { name: 'Big Bazaar' })
    expect(within(row).getByTestId('amount')).toHaveTextContent(/−.*1,234\.50/)
  })

  it('shows each date on the day it is in the user’s zone, not the browser’s', async () => {
    signIn(1)
    // 20:00 UTC on 31 March 2025 is 01:30 on 1 April in Kolkata. Here the list arrives before
    // the profile: it is first drawn in the zone last seen (UTC), then again in the profile's.
    const late = makeTransaction({ transactor_name: 'Late', occurred_at: '2025-03-31T20:00:00Z' })
    mockFetch(ledgerRoutes([late], { ...demoUser, timezone: 'Asia/Kolkata' }, 500))
    renderApp('/transactions')
    const first = await screen.findByRole('listitem', { name: 'Late' })
    expect(within(first).getAllByText(/Mar 31|31 Mar/).length).toBeGreaterThan(0)
    await waitFor(() => {
      const row = screen.getByRole('listitem', { name: 'Late' })
      expect(within(row).getAllByText(/Apr 1|1 Apr/).length).toBeGreaterThan(0)
    })
    expect(screen.queryByText(/Mar 31|31 Mar/)).not.toBeInTheDocument()
  })

  it('changing a row’s category sends the PATCH and the row shows the new category', async () => {
    signIn(1)
    const rows = [makeTransaction({ transactor_name: 'Swiggy' }), makeTransaction({ transactor_name: 'Uber', category_id: null, category_name: null })]
    const { callsTo } = mockFetch(ledgerRoutes(rows))
    renderApp('/transactions')
    const select = await screen.findByRole('combobox', { name: 'Category of Swiggy' })
    await waitFor(() => expect(select).toHaveValue(categories[1].id))
    await userEvent.setup().selectOptions(select, 'Groceries')
    await waitFor(() => expect(callsTo(`PATCH /api/v1/transactions/${rows[0].id}`)).toHaveLength(1))
    expect(JSON.parse(callsTo(`PATCH /api/v1/transactions/${rows[0].id}`)[0].body!)).toEqual({ category_id: categories[0].id })
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Category of Swiggy' })).toHaveValue(categories[0].id))
    expect(screen.getByRole('combobox', { name: 'Category of Uber' })).toHaveValue('')
  })

  it('filters become the query parameters of GET /transactions', async () => {
    signIn(1)
    const { callsTo } = mockFetch(ledgerRoutes([makeTransaction()]))
    renderApp('/transactions')
    await screen.findByRole('listitem', { name: 'Swiggy' })
    const user = userEvent.setup()
    const search = screen.getByRole('search', { name: 'Filter transactions' })
    await user.type(within(search).getByLabelText('Search'), 'coffee')
    await user.selectOptions(within(search).getByLabelText('Type'), 'Money in')
    await user.selectOptions(within(search).getByLabelText('Category'), 'Groceries')
    await user.type(within(search).getByLabelText('Min amount'), '100')
    await user.selectOptions(within(search).getByLabelText('Sort'), 'Largest first')
    await user.selectOptions(within(search).getByLabelText('Account'), 'HDFC Credit Card ••1234')
    await waitFor(() => {
      const last = callsTo('GET /api/v1/transactions').at(-1)!.search
      expect(Object.fromEntries(last)).toEqual({
        q: 'coffee',
        type: 'credit',
        category_id: categories[0].id,
        amount_min: '100',
        sort: '-amount',
        account_id: 'e1000000-0000-4000-8000-000000000001',
        limit: '200',
      })
    })
  })

  it('recategorises the selected transactions in bulk', async () => {
    signIn(1)
    const rows = [makeTransaction({ transactor_name: 'Swiggy' }), makeTransaction({ transactor_name: 'Zomato' })]
    const { callsTo } = mockFetch(ledgerRoutes(rows))
    renderApp('/transactions')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('checkbox', { name: 'Select Swiggy' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select Zomato' }))
    const bar = screen.getByRole('region', { name: 'Bulk actions' })
    expect(bar).toHaveTextContent('2 selected')
    await user.selectOptions(within(bar).getByRole('combobox'), 'Transport')
    await user.click(within(bar).getByRole('button', { name: 'Recategorise' }))
    await waitFor(() => expect(callsTo('POST /api/v1/transactions/bulk-recategorise')).toHaveLength(1))
    expect(JSON.parse(callsTo('POST /api/v1/transactions/bulk-recategorise')[0].body!)).toEqual({
      ids: [rows[0].id, rows[1].id],
      category_id: categories[2].id,
    })
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument())
  })
})
