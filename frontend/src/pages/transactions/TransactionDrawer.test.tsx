import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { TransactionDetail } from '@/api/transactionQueries'
import { categories, makeTransaction } from '@/test/ledgerFixtures'
import { demoUser, json, mockFetch, renderApp, signIn, type Call } from '@/test/utils'

const ACCOUNT = { id: 'e1000000-0000-4000-8000-000000000001', name: 'HDFC Credit Card', institution: 'hdfc', issuer: 'HDFC', network: null, kind: 'card', last4: '1234', currency: 'INR', latest_balance: null, balance_at: null, archived_at: null, created_at: '2026-01-01T00:00:00Z' }

function detail(overrides: Partial<TransactionDetail> = {}): TransactionDetail {
  return { ...makeTransaction({ amount: '1000.00', transactor_name: 'Big Bazaar', email_id: 'f1000000-0000-4000-8000-000000000001' }), splits: [], ...overrides }
}

function routes(txn: TransactionDetail) {
  const current = { value: txn }
  const path = `/api/v1/transactions/${txn.id}`
  return {
    current,
    routes: {
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/categories': () => json(200, categories),
      'GET /api/v1/accounts': () => json(200, [ACCOUNT]),
      'GET /api/v1/transactions': () => json(200, { items: [current.value], next_cursor: null, limit: 200 }),
      [`GET ${path}`]: () => json(200, current.value),
      [`GET ${path}/attachments`]: () => json(200, []),
      [`GET ${path}/source`]: () =>
        json(200, {
          email: { id: txn.email_id, sender: 'alerts@bank.example', sender_name: 'Bank', subject: 'Debit alert', received_at: '2026-11-12T10:31:00Z', excerpt: 'Rs 1000.00 spent at BIG BAZAAR' },
          statement_lines: [],
        }),
      [`PATCH ${path}`]: (call: Call) => {
        const body = JSON.parse(call.body ?? '{}') as Record<string, unknown>
        current.value = { ...current.value, ...body, transactor_name: (body.merchant as string) ?? current.value.transactor_name, updated_at: '2026-11-13T00:00:00Z' } as TransactionDetail
        return json(200, current.value)
      },
      [`PUT ${path}/splits`]: (call: Call) => {
        const body = JSON.parse(call.body ?? '{}') as { splits: { category_id: string | null; amount: string; note: string }[] }
        current.value = { ...current.value, is_split: body.splits.length > 0, splits: body.splits.map((s, i) => ({ id: `s${i}`, ...s })) }
        return json(200, current.value)
      },
    },
  }
}

describe('Transaction drawer', () => {
  it('opens from the URL, shows the source email, sends only the fields changed, and Escape closes it', async () => {
    signIn(1)
    const txn = detail()
    const { routes: r } = routes(txn)
    const { callsTo } = mockFetch(r)
    renderApp(`/transactions?txn=${txn.id}`)
    const drawer = await screen.findByRole('dialog', { name: 'Big Bazaar' })
    expect(await within(drawer).findByRole('link', { name: 'Debit alert' })).toHaveAttribute('href', `/emails?id=${txn.email_id}`)
    expect(within(drawer).getByText('Rs 1000.00 spent at BIG BAZAAR')).toBeInTheDocument()

    const merchant = within(drawer).getByLabelText('Merchant')
    await userEvent.clear(merchant)
    await userEvent.type(merchant, 'Big Bazaar Koramangala')
    await userEvent.type(within(drawer).getByLabelText('Tags'), 'Groceries, monthly,groceries')
    await userEvent.type(within(drawer).getByLabelText('Notes'), 'for the flat')
    await userEvent.selectOptions(within(drawer).getByLabelText('Account'), ACCOUNT.id)
    await userEvent.click(within(drawer).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(callsTo(`PATCH /api/v1/transactions/${txn.id}`)).toHaveLength(1))
    expect(JSON.parse(callsTo(`PATCH /api/v1/transactions/${txn.id}`)[0].body!)).toEqual({
      merchant: 'Big Bazaar Koramangala',
      account_id: ACCOUNT.id,
      notes: 'for the flat',
      tags: ['groceries', 'monthly'],
    })
    expect(await within(drawer).findByRole('status')).toHaveTextContent('Saved')

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('keeps focus inside while open (Tab wraps)', async () => {
    signIn(1)
    const txn = detail()
    mockFetch(routes(txn).routes)
    renderApp(`/transactions?txn=${txn.id}`)
    const drawer = await screen.findByRole('dialog', { name: 'Big Bazaar' })
    await within(drawer).findByRole('link', { name: 'Debit alert' })
    for (let i = 0; i < 40; i++) {
      await userEvent.tab()
      expect(drawer.contains(document.activeElement)).toBe(true)
    }
  })

  it('splits across categories only when the parts add up', async () => {
    signIn(1)
    const txn = detail()
    const { routes: r } = routes(txn)
    const { callsTo } = mockFetch(r)
    renderApp(`/transactions?txn=${txn.id}`)
    const drawer = await screen.findByRole('dialog', { name: 'Big Bazaar' })
    await userEvent.click(within(drawer).getByRole('button', { name: 'Split' }))
    const group = within(drawer).getByRole('group', { name: 'Split across categories' })
    // Halves to start with, the first in the transaction's category.
    expect(within(group).getByLabelText('Amount of part 1')).toHaveValue('500.00')
    expect(within(group).getByLabelText('Amount of part 2')).toHaveValue('500.00')
    await userEvent.clear(within(group).getByLabelText('Amount of part 2'))
    await userEvent.type(within(group).getByLabelText('Amount of part 2'), '300')
    expect(within(group).getByText('200.00 is still to assign.')).toBeInTheDocument()
    expect(within(group).getByRole('button', { name: 'Save split' })).toBeDisabled()
    await userEvent.click(within(group).getByRole('button', { name: /Add part/ }))
    expect(within(group).getByLabelText('Amount of part 3')).toHaveValue('200.00')
    await userEvent.selectOptions(within(group).getByLabelText('Category of part 3'), categories[0].id)
    await userEvent.click(within(group).getByRole('button', { name: 'Save split' }))
    await waitFor(() => expect(callsTo(`PUT /api/v1/transactions/${txn.id}/splits`)).toHaveLength(1))
    expect(JSON.parse(callsTo(`PUT /api/v1/transactions/${txn.id}/splits`)[0].body!)).toEqual({
      splits: [
        { category_id: txn.category_id, amount: '500.00', note: '' },
        { category_id: null, amount: '300', note: '' },
        { category_id: categories[0].id, amount: '200.00', note: '' },
      ],
    })
    expect(await within(drawer).findByRole('button', { name: 'Remove split' })).toBeInTheDocument()
  })
})
