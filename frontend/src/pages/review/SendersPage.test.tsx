import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SenderDetail } from '@/api/types'
import { demoUser, json, mockFetch, noContent, renderApp, signIn } from '@/test/utils'

const taught: SenderDetail = {
  id: 's0000000-0000-4000-8000-000000000001',
  address: 'notices@paylater.example',
  name: 'PayLater',
  emails: 12,
  transactions: 11,
  has_template: true,
  template_taught_at: '2026-11-20T09:00:00Z',
  template: { fields: ['amount', 'merchant', 'occurred_at'], examples: 1, layouts: 1 },
  accuracy_since_template: { checked: 20, corrected: 1, accuracy: 0.95 },
  recent_emails: [],
  recent_transactions: [
    { id: 't1', amount: '1250.00', currency: 'INR', type: 'debit', merchant: 'Shoprite', occurred_at: '2026-11-19T14:00:00Z', account_last4: null, email_id: null },
  ],
}
const plain = { ...taught, id: 's0000000-0000-4000-8000-000000000002', address: 'alerts@bank.example', name: null, has_template: false, template_taught_at: null }

describe('Senders page', () => {
  it('lists senders, shows a template with its accuracy, and forgets it', async () => {
    signIn(1)
    let forgotten = false
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/review/summary': () => json(200, { open: 0, by_reason: {} }),
      'GET /api/v1/senders': () => json(200, { items: [taught, plain], total: 2, offset: 0, limit: 50 }),
      [`GET /api/v1/senders/${taught.id}`]: () =>
        json(200, forgotten ? { ...taught, has_template: false, template: null, template_taught_at: null } : taught),
      [`DELETE /api/v1/senders/${taught.id}/template`]: () => {
        forgotten = true
        return noContent()
      },
    })
    renderApp('/senders')
    const user = userEvent.setup()
    const list = await screen.findByRole('list', { name: 'Senders' })
    expect(within(list).getAllByRole('link')).toHaveLength(2)
    expect(within(list).getByRole('link', { name: /PayLater/ })).toHaveTextContent('Template')
    await user.click(within(list).getByRole('link', { name: /PayLater/ }))

    const template = await screen.findByRole('region', { name: 'Template' })
    expect(template).toHaveTextContent('Learned from 1 correction')
    expect(template).toHaveTextContent('reads Amount, Merchant, Date where this sender puts them')
    expect(template).toHaveTextContent('20 checked, 1 corrected · 95% right')
    expect(screen.getByRole('list', { name: 'Recent transactions' })).toHaveTextContent('Shoprite')

    await user.click(within(template).getByRole('button', { name: 'Forget template' }))
    const dialog = await screen.findByRole('alertdialog', { name: "Forget this sender's template?" })
    await user.click(within(dialog).getByRole('button', { name: 'Forget template' }))
    await waitFor(() => expect(callsTo(`DELETE /api/v1/senders/${taught.id}/template`)).toHaveLength(1))
    expect(await within(template).findByText(/None: FinCoach reads this sender with its general rules/)).toBeInTheDocument()
  })
})
