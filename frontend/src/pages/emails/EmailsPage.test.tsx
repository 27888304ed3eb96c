import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { makeAccount, makeEmail, makeExtraction, makeMerge, summaryOf } from '@/test/fixtures'
import { demoUser, json, mockFetch, renderApp, signIn, type Call } from '@/test/utils'

const account = makeAccount({ display_name: 'Personal' })
const parsed = makeEmail({
  account_id: account.id,
  subject: 'Rs.450.00 spent on your card',
  extraction: makeExtraction({
    is_transaction: true, amount: '450.00', currency: 'INR', direction: 'debit', merchant: 'Swiggy',
    account_last4: '1234', occurred_at: '2026-11-19T14:00:00Z', balance: null, reference: null, confidence: 0.93,
    method: 'rules', rejection_reason: null,
  }),
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

  it('shows a merge on both emails, and splits it', async () => {
    const fields = {
      is_transaction: true, amount: '749.00', currency: 'INR', direction: 'debit' as const, merchant: 'Swiggy',
      account_last4: null, occurred_at: '2026-11-19T14:02:00Z', reference: '612345678901', confidence: 0.9,
    }
    const alertId = 'e1000000-0000-4000-8000-00000000a1e7'
    const receiptId = 'e1000000-0000-4000-8000-0000000000e2'
    const merge = makeMerge({ email_id: receiptId, transaction_email_id: alertId })
    const bankAlert = makeEmail({
      id: alertId, account_id: account.id, subject: 'You have done a UPI txn',
      extraction: makeExtraction(fields, { transaction_id: merge.transaction_id, also_reported_by: [merge] }),
    })
    const receipt = makeEmail({
      id: receiptId, account_id: account.id, sender: 'noreply@swiggy.in', sender_name: 'Swiggy',
      subject: 'Your Swiggy order summary',
      extraction: makeExtraction(fields, { transaction_id: merge.transaction_id, merged_into: merge }),
    })
    const splitOff = makeExtraction(fields, {
      transaction_id: 'e1000000-0000-4000-8000-00000000f00d',
      split: [{ ...merge, split_at: '2026-11-20T09:00:00Z', split_transaction_id: 'e1000000-0000-4000-8000-00000000f00d' }],
    })
    let split = false
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/connected-accounts': () => json(200, [account]),
      'GET /api/v1/emails': () => json(200, { items: [receipt, bankAlert].map(summaryOf), total: 2, offset: 0, limit: 25 }),
      [`GET /api/v1/emails/${receiptId}`]: () => json(200, split ? { ...receipt, extraction: splitOff } : receipt),
      [`GET /api/v1/emails/${alertId}`]: () => json(200, bankAlert),
      [`POST /api/v1/transactions/${merge.transaction_id}/merges/${receiptId}/split`]: () => {
        split = true
        return json(201, { id: 'e1000000-0000-4000-8000-00000000f00d' })
      },
    })
    renderApp(`/emails?id=${receiptId}`)
    const user = userEvent.setup()
    const panel = await screen.findByRole('region', { name: 'Same payment, other emails' })
    expect(panel).toHaveTextContent('Merged into ₹749.00 · Swiggy')
    expect(panel).toHaveTextContent('Same payment reference')
    expect(panel).toHaveTextContent('both give payment reference 612345678901')

    // The transaction kept: its own email lists the others that reported it.
    await user.click(within(panel).getByRole('link', { name: /₹749\.00 · Swiggy/ }))
    const kept = await screen.findByRole('list', { name: 'Also reported by' })
    expect(kept).toHaveTextContent('Your Swiggy order summary')
    await user.click(within(kept).getByRole('link', { name: 'Your Swiggy order summary' }))

    await user.click(await screen.findByRole('button', { name: 'Split' }))
    await waitFor(() => expect(callsTo(`POST /api/v1/transactions/${merge.transaction_id}/merges/${receiptId}/split`)).toHaveLength(1))
    expect(await screen.findByText('Split: this email now has a transaction of its own.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Split' })).not.toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Split merges' })).toHaveTextContent('recorded as its own transaction')
  })

  it('shows the bank’s report of the same payment, merged from a linked bank', async () => {
    const fields = {
      is_transaction: true, amount: '749.00', currency: 'INR', direction: 'debit' as const, merchant: 'Swiggy',
      account_last4: '4321', occurred_at: '2026-11-19T14:02:00Z', reference: '612345678901', confidence: 0.9,
    }
    const alert = makeEmail({
      account_id: account.id, subject: 'You have done a UPI txn',
      extraction: makeExtraction(fields, {
        bank_reports: [
          {
            id: 'e1000000-0000-4000-8000-0000000000b1', institution: 'HDFC Bank', name: 'UPI-SWIGGY', amount: '749.00',
            currency: 'INR', type: 'debit', posted_on: '2026-11-19', pending: false, reason: 'reference',
            evidence: 'both give payment reference 612345678901 for INR 749.00 debit',
          },
        ],
      }),
    })
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/connected-accounts': () => json(200, [account]),
      'GET /api/v1/emails': () => json(200, { items: [summaryOf(alert)], total: 1, offset: 0, limit: 25 }),
      [`GET /api/v1/emails/${alert.id}`]: () => json(200, alert),
    })
    renderApp(`/emails?id=${alert.id}`)
    const panel = await screen.findByRole('region', { name: 'Same payment, other emails' })
    const banks = within(panel).getByRole('list', { name: 'Reported by your bank' })
    expect(banks).toHaveTextContent('HDFC Bank')
    expect(banks).toHaveTextContent('UPI-SWIGGY · ₹749.00')
    expect(banks).toHaveTextContent('Merged: Same payment reference')
    expect(banks).toHaveTextContent('both give payment reference 612345678901')
  })

  it('highlights each field where it was read, linked both ways with its legend', async () => {
    const text = 'Dear Customer, INR 450.00 was spent on your card ending 1234 at SWIGGY.'
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length })
    const email = makeEmail({
      account_id: account.id,
      subject: 'Card spend',
      extraction: makeExtraction({ is_transaction: true, amount: '450.00', currency: 'INR', direction: 'debit', merchant: 'Swiggy' }),
    })
    const reading = {
      text,
      part: 'text',
      fields: [
        { field: 'amount', value: '450.00', ...at('INR 450.00'), confidence: 0.97, source: 'rules' },
        { field: 'currency', value: 'INR', ...at('INR'), confidence: 0.97, source: 'rules' },
        { field: 'merchant', value: 'SWIGGY', ...at('SWIGGY'), confidence: 0.6, source: 'rules' },
        { field: 'account_last4', value: '1234', ...at('1234'), confidence: null, source: 'template' },
      ],
    }
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/connected-accounts': () => json(200, [account]),
      'GET /api/v1/review/summary': () => json(200, { open: 0, by_reason: {} }),
      'GET /api/v1/emails': () => json(200, { items: [summaryOf(email)], total: 1, offset: 0, limit: 25 }),
      [`GET /api/v1/emails/${email.id}`]: () => json(200, { ...email, reading }),
    })
    renderApp(`/emails?id=${email.id}`)
    const user = userEvent.setup()
    const message = await screen.findByLabelText('Message text')
    expect(message).toHaveTextContent(text)
    // Each span is a mark titled with its field and value (not colour alone); the currency
    // inside the amount is its own piece, covered by both.
    const marks = message.querySelectorAll('mark')
    expect([...marks].map((m) => [m.textContent, m.getAttribute('title')])).toEqual([
      ['INR', 'Currency: INR · Amount: 450.00'],
      [' 450.00', 'Amount: 450.00'],
      ['1234', 'Account: 1234'],
      ['SWIGGY', 'Merchant: SWIGGY'],
    ])
    const legend = screen.getByRole('list', { name: 'Fields read' })
    expect(within(legend).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual([
      'Amount: 450.00', 'Currency: INR', 'Merchant: SWIGGY', 'Account: 1234',
    ])
    expect(legend).toHaveTextContent('template')
    expect(legend).toHaveTextContent('60%')

    // Hovering a field lights its span (both pieces of the amount)...
    await user.hover(within(legend).getByRole('listitem', { name: 'Amount: 450.00' }))
    expect([...message.querySelectorAll('mark[data-active]')].map((m) => m.textContent)).toEqual(['INR', ' 450.00'])
    await user.unhover(within(legend).getByRole('listitem', { name: 'Amount: 450.00' }))
    expect(message.querySelectorAll('mark[data-active]')).toHaveLength(0)
    // ...and hovering a span lights its field.
    await user.hover(screen.getByTitle('Merchant: SWIGGY'))
    expect(within(legend).getByRole('listitem', { name: 'Merchant: SWIGGY' })).toHaveAttribute('data-active', 'true')
    expect(within(legend).getByRole('listitem', { name: 'Amount: 450.00' })).not.toHaveAttribute('data-active')
    // Keyboard: focusing a legend entry does the same.
    act(() => within(legend).getByRole('listitem', { name: 'Account: 1234' }).focus())
    expect(screen.getByTitle('Account: 1234')).toHaveAttribute('data-active', 'true')
  })

  it('corrects a field from the Emails page by selecting it in the message', async () => {
    const text = 'Dear Customer, INR 450.00 was spent on your card ending 1234 at SWIGGY BLR.'
    const at = (part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length]
    const email = makeEmail({
      account_id: account.id,
      sender: 'alerts@bank.example',
      subject: 'Card spend',
      extraction: makeExtraction({ is_transaction: true, amount: '450.00', currency: 'INR', direction: 'debit', merchant: 'Swiggy Blr' }),
      reading: {
        text,
        part: 'text',
        fields: [{ field: 'amount', value: '450.00', start: at('450.00')[0], end: at('450.00')[1], confidence: 0.9, source: 'rules' }],
      },
    })
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/connected-accounts': () => json(200, [account]),
      'GET /api/v1/review/summary': () => json(200, { open: 0, by_reason: {} }),
      'GET /api/v1/emails': () => json(200, { items: [summaryOf(email)], total: 1, offset: 0, limit: 25 }),
      [`GET /api/v1/emails/${email.id}`]: () => json(200, email),
      [`POST /api/v1/emails/${email.id}/correction`]: () =>
        json(200, { item_id: null, status: 'resolved', transaction_id: 't1', sender_id: 's1', template_learned: true, reextract_job_id: 'job-9' }),
    })
    renderApp(`/emails?id=${email.id}`)
    const user = userEvent.setup()
    const message = await screen.findByLabelText('Message text')
    // Select "SWIGGY" inside the plain text after the amount.
    const plain = [...message.querySelectorAll<HTMLElement>('[data-start]')].at(-1)!
    const from = at('SWIGGY')[0] - Number(plain.dataset.start)
    const range = document.createRange()
    range.setStart(plain.firstChild!, from)
    range.setEnd(plain.firstChild!, from + 'SWIGGY'.length)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    fireEvent.mouseUp(message)
    const picker = await screen.findByRole('group', { name: 'Use the selected text as' })
    await user.click(within(picker).getByRole('button', { name: 'Merchant' }))
    const form = screen.getByRole('form', { name: 'Correct the transaction' })
    expect(within(form).getByRole('textbox', { name: 'Merchant' })).toHaveValue('SWIGGY')
    expect(within(form).getByRole('textbox', { name: 'Amount' })).toHaveValue('450.00')
    await user.click(within(form).getByRole('button', { name: 'Save correction' }))
    await waitFor(() => expect(callsTo(`POST /api/v1/emails/${email.id}/correction`)).toHaveLength(1))
    expect(JSON.parse(callsTo(`POST /api/v1/emails/${email.id}/correction`)[0].body!)).toEqual({
      action: 'edit', fields: { merchant: 'SWIGGY' }, spans: { merchant: at('SWIGGY') },
    })
    expect(await screen.findByText(/FinCoach learned how alerts@bank\.example writes its emails/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Follow the re-extraction on Jobs' })).toHaveAttribute('href', '/jobs/job-9')
    expect(screen.queryByRole('form', { name: 'Correct the transaction' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Not a transaction' }))
    await waitFor(() => expect(callsTo(`POST /api/v1/emails/${email.id}/correction`)).toHaveLength(2))
    expect(JSON.parse(callsTo(`POST /api/v1/emails/${email.id}/correction`)[1].body!)).toEqual({ action: 'not_transaction' })
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
