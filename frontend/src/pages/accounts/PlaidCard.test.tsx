import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ConnectedAccount, PlaidItemTransaction } from '@/api/types'
import { makeAccount, makeJob } from '@/test/fixtures'
import { demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

const emptyPage = () => json(200, { items: [], total: 0, offset: 0, limit: 50 })

const sandboxStatus = { configured: true, environment: 'sandbox', sandbox: true, missing: [], webhooks: false }

function routes(accounts: () => ConnectedAccount[], extra: Parameters<typeof mockFetch>[0] = {}) {
  return {
    'GET /api/v1/users/me': () => json(200, demoUser),
    'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
    'GET /api/v1/connected-accounts': () => json(200, accounts()),
    'GET /api/v1/jobs': emptyPage,
    ...extra,
  }
}

const bank = makeAccount({
  id: 'acc-bank',
  provider: 'plaid',
  address: 'item-1',
  display_name: 'HDFC Bank',
  settings: { accounts: [{ name: 'Savings', mask: '4321' }] },
})

function bankRow(overrides: Partial<PlaidItemTransaction>): PlaidItemTransaction {
  return {
    id: 'ptx-1',
    plaid_transaction_id: 'tx-1',
    name: 'UPI-SWIGGY',
    amount: '749.00',
    currency: 'INR',
    type: 'debit',
    posted_on: '2026-12-01',
    pending: false,
    transaction_id: 'txn-1',
    status: 'merged',
    merge_reason: 'reference',
    merge_evidence: 'both give payment reference 612345678901 for INR 749.00 debit',
    removed_at: null,
    ...overrides,
  }
}

describe('Connected accounts: Bank (Plaid)', () => {
  it('says what to set when the server has no Plaid keys', async () => {
    signIn(1)
    mockFetch(
      routes(() => [], {
        'GET /api/v1/plaid/status': () =>
          json(200, { configured: false, environment: 'sandbox', sandbox: true, missing: ['PLAID_CLIENT_ID', 'PLAID_SECRET'], webhooks: false }),
      }),
    )
    renderApp('/accounts')
    expect(await screen.findByText('Bank sync is not set up on this server.')).toBeInTheDocument()
    expect(screen.getByText(/Set PLAID_CLIENT_ID and PLAID_SECRET/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Link/ })).not.toBeInTheDocument()
  })

  it('links a sandbox test bank and lists what it reported, merged rows with their reason', async () => {
    signIn(1)
    let accounts: ConnectedAccount[] = []
    const mock = mockFetch(
      routes(() => accounts, {
        'GET /api/v1/plaid/status': () => json(200, sandboxStatus),
        'POST /api/v1/plaid/sandbox/items': () => {
          accounts = [bank]
          return json(201, { account_id: bank.id, institution: 'HDFC Bank', job: makeJob({ type: 'plaid_sync', status: 'pending' }) })
        },
        'GET /api/v1/plaid/items/acc-bank/transactions': () =>
          json(200, [bankRow({}), bankRow({ id: 'ptx-2', name: 'Blue Tokai Coffee', amount: '120.50', status: 'new', merge_reason: null, merge_evidence: '' })]),
      }),
    )
    renderApp('/accounts')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Link a test bank (sandbox)' }))
    expect(await screen.findByText('HDFC Bank is linked.')).toBeInTheDocument()
    expect(mock.callsTo('POST /api/v1/plaid/sandbox/items')).toHaveLength(1)

    const item = await screen.findByRole('listitem', { name: 'HDFC Bank' })
    expect(within(item).getByText(/Bank \(Plaid\) · ••4321/)).toBeInTheDocument()
    await user.click(await within(item).findByText('2 transactions from HDFC Bank, 1 merged with your emails'))
    const rows = within(item).getByRole('list', { name: 'Transactions from HDFC Bank' })
    expect(within(rows).getByText('Merged with an email')).toBeInTheDocument()
    expect(within(rows).getByText(/Same payment reference: both give payment reference 612345678901/)).toBeInTheDocument()
    expect(within(rows).getByText('New transaction')).toBeInTheDocument()
  })

  it('shows a bank that needs its login again, with Sign in again', async () => {
    signIn(1)
    const broken = { ...bank, status: 'error', last_error: 'Your bank asks you to sign in again (Plaid ITEM_LOGIN_REQUIRED).' }
    mockFetch(
      routes(() => [broken], {
        'GET /api/v1/plaid/status': () => json(200, sandboxStatus),
        'GET /api/v1/plaid/items/acc-bank/transactions': () => json(200, []),
      }),
    )
    renderApp('/accounts')
    const item = await screen.findByRole('listitem', { name: 'HDFC Bank' })
    expect(within(item).getByText('Needs attention')).toBeInTheDocument()
    expect(within(item).getByText(/ITEM_LOGIN_REQUIRED/)).toBeInTheDocument()
    expect(within(item).getByRole('button', { name: 'Sign in again to HDFC Bank' })).toBeInTheDocument()
  })
})
