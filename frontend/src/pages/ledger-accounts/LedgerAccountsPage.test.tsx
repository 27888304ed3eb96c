import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { AccountBalance } from '@/api/transactionQueries'
import { demoUser, json, mockFetch, renderApp, signIn, type Call } from '@/test/utils'

function account(overrides: Partial<AccountBalance>): AccountBalance {
  return {
    id: 'e1000000-0000-4000-8000-000000000001',
    name: 'HDFC Visa ••1234',
    institution: 'hdfc bank',
    issuer: 'HDFC Bank',
    network: 'visa',
    kind: 'card',
    last4: '1234',
    currency: 'INR',
    latest_balance: '4400.00',
    balance_at: '2026-11-12T10:00:00Z',
    archived_at: null,
    created_at: '2026-01-01T00:00:00Z',
    computed_balance: '4500.00',
    balance_from_alert: true,
    difference: '-100.00',
    transaction_count: 4,
    ...overrides,
  }
}

describe('Cards & bank accounts page', () => {
  it('shows each balance beside the alert’s, and renames, archives and merges', async () => {
    signIn(1)
    const rows = [account({}), account({ id: 'e2', name: 'Old HDFC card', last4: '9876', latest_balance: null, balance_at: null, difference: null, computed_balance: '70.00', balance_from_alert: false, transaction_count: 1 })]
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/accounts/balances': () => json(200, rows),
      'PATCH /api/v1/accounts/e2': (call: Call) => json(200, { ...rows[1], ...JSON.parse(call.body!) }),
      'POST /api/v1/accounts/e2/merge': () => json(200, rows[0]),
    })
    renderApp('/ledger-accounts')
    const card = await screen.findByRole('listitem', { name: 'HDFC Visa ••1234' })
    expect(within(card).getByText('Computed balance').nextSibling).toHaveTextContent('4,500.00')
    expect(within(card).getByText('Last balance in an alert').nextSibling).toHaveTextContent('4,400.00')
    expect(within(card).getByText('Difference').nextSibling).toHaveTextContent('-₹100.00')
    expect(within(card).getByText('a payment may be missing or mis-read')).toBeInTheDocument()

    const old = screen.getByRole('listitem', { name: 'Old HDFC card' })
    await userEvent.click(within(old).getByRole('button', { name: 'Rename Old HDFC card' }))
    const name = within(old).getByLabelText('New name')
    await userEvent.clear(name)
    await userEvent.type(name, 'Lost card{Enter}')
    await waitFor(() => expect(callsTo('PATCH /api/v1/accounts/e2')).toHaveLength(1))
    expect(JSON.parse(callsTo('PATCH /api/v1/accounts/e2')[0].body!)).toEqual({ name: 'Lost card' })

    await userEvent.click(within(old).getByRole('button', { name: 'Archive Old HDFC card' }))
    await waitFor(() => expect(callsTo('PATCH /api/v1/accounts/e2')).toHaveLength(2))
    expect(JSON.parse(callsTo('PATCH /api/v1/accounts/e2')[1].body!)).toEqual({ archived: true })

    await userEvent.click(within(old).getByRole('button', { name: 'Merge Old HDFC card' }))
    await userEvent.selectOptions(within(old).getByLabelText('Merge into'), rows[0].id)
    await userEvent.click(within(old).getByRole('button', { name: 'Merge' }))
    const dialog = await screen.findByRole('alertdialog')
    expect(dialog).toHaveTextContent('Its 1 transactions move to HDFC Visa ••1234')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Merge accounts' }))
    await waitFor(() => expect(callsTo('POST /api/v1/accounts/e2/merge')).toHaveLength(1))
    expect(JSON.parse(callsTo('POST /api/v1/accounts/e2/merge')[0].body!)).toEqual({ into_id: rows[0].id })
  })
})
