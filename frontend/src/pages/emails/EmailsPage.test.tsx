import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { makeAccount, makeEmail, summaryOf } from '@/test/fixtures'
import { demoUser, json, mockFetch, renderApp, signIn, type Call } from '@/test/utils'

const account = makeAccount({ display_name: 'Personal' })
const parsed = makeEmail({
  account_id: account.id,
  subject: 'Rs.450.00 spent on your card',
  extraction: {
    is_transaction: true, amount: '450.00', currency: 'INR', direction: 'debit', merchant: 'Swiggy',
    account_last4: '1234', occurred_at: '2026-11-19T14:00:00Z', balance: null, reference: null, confidence: 0.93,
    method: 'rules', rejection_reason: null,
  },
})
const unread = makeEmail({ account_id: account.id, sender_name: 'Amazon.in', sender: 'auto-confirm@amazon.in', subject: 'Your order has shipped', extraction: null })
const all = [parsed, unread]

describe('Emails page', () => {
  it('searches, and shows a message beside what was read from it', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/connected-accounts': () => json(200, [account]),
      'GET /api/v1/emails': (call: Call) => {
        const q = call.search.get('q')?.toLowerCase()
        const items = all.filter((e) => !q || e.subject.toLowerCase().includes(q)).map(summaryOf)
        return json(200, { items, total: items.length, offset: 0, limit: 25 })
      },
      [`GET /api/v1/emails/${parsed.id}`]: () => json(200, parsed),
      [`GET /api/v1/emails/${unread.id}`]: () => json(200, unread),
    })
    renderApp('/emails')
    const user = userEvent.setup()
    const list = await screen.findByRole('list', { name: 'Emails' })
    expect(within(list).getAllByRole('link')).toHaveLength(2)
    expect(screen.getByText('2 emails')).toBeInTheDocument()

    await user.type(screen.getByRole('searchbox', { name: 'Search emails' }), 'shipped')
    await waitFor(() => expect(callsTo('GET /api/v1/emails').at(-1)?.search.get('q')).toBe('shipped'))
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Emails' })).getAllByRole('link')).toHaveLength(1))
    expect(screen.getByText('1 email matching “shipped”')).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: /Your order has shipped/ }))
    expect(await screen.findByRole('heading', { name: 'Your order has shipped', level: 2 })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Your order has shipped/ })).toHaveAttribute('aria-current', 'true')
    const result = screen.getByRole('region', { name: 'Parsed result' })
    expect(result).toHaveTextContent('Not read for transactions yet.')

    await user.clear(screen.getByRole('searchbox', { name: 'Search emails' }))
    await user.click(await screen.findByRole('link', { name: /Rs\.450\.00 spent/ }))
    const parsedResult = await screen.findByRole('region', { name: 'Parsed result' })
    await waitFor(() => expect(parsedResult).toHaveTextContent('Money out'))
    expect(parsedResult).toHaveTextContent('₹450.00')
    expect(parsedResult).toHaveTextContent('Swiggy')
    expect(parsedResult).toHaveTextContent('•••• 1234')
    expect(parsedResult).toHaveTextContent('Confidence 93%')
    const article = screen.getByRole('article', { name: 'Rs.450.00 spent on your card' })
    expect(article).toHaveTextContent(/was spent on your HDFC Bank card ending 1234 at SWIGGY/)
    expect(article).toHaveTextContent(/Mailbox\s*Personal/)
  })

  it('tells a new user where emails come from', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/connected-accounts': () => json(200, []),
      'GET /api/v1/emails': () => json(200, { items: [], total: 0, offset: 0, limit: 25 }),
    })
    renderApp('/emails')
    expect(await screen.findByRole('heading', { name: 'No emails imported yet' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Connect a mailbox' })).toHaveAttribute('href', '/accounts')
  })
})
