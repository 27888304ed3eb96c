import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ReviewItem, ReviewSummary } from '@/api/types'
import { FakeWebSocket } from '@/test/fakeWebSocket'
import { makeEmail, makeExtraction } from '@/test/fixtures'
import { demoUser, json, mockFetch, renderApp, signIn, type Call } from '@/test/utils'
import { moveIndex, reviewKeyAction } from './reviewKeys'

const TEXT = 'PayLater notice\nAmt debited: INR 1,250.00 | Merchant ref SHOPRITE | card x4321\nThank you.'
const at = (part: string): [number, number] => [TEXT.indexOf(part), TEXT.indexOf(part) + part.length]

function makeItem(n: number, overrides: Partial<ReviewItem> = {}): ReviewItem {
  return {
    id: `r0000000-0000-4000-8000-00000000000${n}`,
    reason: 'low_confidence',
    detail: 'FinCoach was unsure of the amount and the merchant.',
    fields: ['amount', 'merchant'],
    status: 'open',
    created_at: '2026-11-20T09:00:00Z',
    email_id: `e0000000-0000-4000-8000-00000000000${n}`,
    email_subject: `Notice ${n}`,
    email_sender: 'notices@paylater.example',
    email_received_at: '2026-11-19T14:02:00Z',
    transaction_id: `t0000000-0000-4000-8000-00000000000${n}`,
    merge_id: null,
    transaction: {
      id: `t0000000-0000-4000-8000-00000000000${n}`,
      amount: '250.00',
      currency: 'INR',
      type: 'debit',
      merchant: 'Notice',
      occurred_at: '2026-11-19T14:00:00Z',
      account_last4: '4321',
    },
    ...overrides,
  }
}

function emailFor(item: ReviewItem) {
  return {
    ...makeEmail({
      id: item.email_id!,
      subject: item.email_subject!,
      extraction: makeExtraction({ is_transaction: true, amount: '250.00', currency: 'INR', direction: 'debit' }),
    }),
    reading: {
      text: TEXT,
      part: 'text',
      fields: [
        // The misreading: "250.00" out of "1,250.00".
        { field: 'amount', value: '250.00', start: at('250.00')[0], end: at('250.00')[1], confidence: 0.41, source: 'rules' },
        { field: 'currency', value: 'INR', start: at('INR')[0], end: at('INR')[1], confidence: 0.9, source: 'rules' },
      ],
    },
  }
}

/** A fake review API: open items, resolved by POSTs, with the summary in step. */
function reviewApi(initial: ReviewItem[], outcome: Partial<Record<string, unknown>> = {}) {
  let open = [...initial]
  const summary = (): ReviewSummary => ({
    open: open.length,
    by_reason: open.reduce<Record<string, number>>((acc, i) => ({ ...acc, [i.reason]: (acc[i.reason] ?? 0) + 1 }), {}),
  })
  const routes: Record<string, (call: Call) => Response> = {
    'GET /api/v1/users/me': () => json(200, demoUser),
    'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
    'GET /api/v1/review/summary': () => json(200, summary()),
    'GET /api/v1/review': (call) => {
      const reason = call.search.get('reason')
      const items = open.filter((i) => !reason || i.reason === reason)
      return json(200, { items, total: items.length, offset: 0, limit: 25 })
    },
    'POST /api/v1/review/bulk-confirm': (call) => {
      const ids: string[] = JSON.parse(call.body!).ids
      open = open.filter((i) => !ids.includes(i.id))
      return json(200, { confirmed: ids.length })
    },
  }
  for (const item of initial) {
    routes[`GET /api/v1/emails/${item.email_id}`] = () => json(200, emailFor(item))
    routes[`POST /api/v1/review/${item.id}`] = () => {
      open = open.filter((i) => i.id !== item.id)
      return json(200, {
        item_id: item.id, status: 'resolved', transaction_id: item.transaction_id, sender_id: null,
        template_learned: false, reextract_job_id: null, ...outcome,
      })
    }
  }
  return routes
}

const bodies = (calls: Call[]) => calls.map((c) => JSON.parse(c.body!))

describe('review keys', () => {
  const key = (k: string, target: EventTarget | null = document.body, extra = {}) => reviewKeyAction({ key: k, target, ...extra })

  it('maps j/k, Enter, e, x, n and Escape', () => {
    expect([key('j'), key('k'), key('ArrowDown'), key('ArrowUp')]).toEqual(['next', 'previous', 'next', 'previous'])
    expect([key('Enter'), key('e'), key('x'), key('n'), key('Escape'), key('q')]).toEqual([
      'confirm', 'edit', 'toggle', 'not_transaction', 'escape', null,
    ])
  })

  it('leaves typing, shortcuts of the browser, and Enter on buttons alone', () => {
    const input = document.createElement('input')
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' })
    const textarea = document.createElement('textarea')
    const button = document.createElement('button')
    const dialog = document.createElement('div')
    dialog.setAttribute('role', 'dialog')
    const inDialog = document.createElement('span')
    dialog.append(inDialog)
    expect([key('j', input), key('e', textarea), key('Enter', input)]).toEqual([null, null, null])
    expect(key('Escape', input)).toBe('escape')
    expect(key('j', checkbox)).toBe('next')
    expect(key('Enter', button)).toBeNull()
    expect(key('Enter', checkbox)).toBeNull()
    expect(key('j', button)).toBe('next')
    expect(key('j', inDialog)).toBeNull()
    expect([key('k', document.body, { ctrlKey: true }), key('e', document.body, { metaKey: true })]).toEqual([null, null])
    expect(key('Enter', document.body, { shiftKey: true })).toBeNull()
  })

  it('moves within the list', () => {
    expect([moveIndex(0, 'previous', 3), moveIndex(0, 'next', 3), moveIndex(2, 'next', 3), moveIndex(0, 'next', 0)]).toEqual([0, 1, 2, 0])
  })
})

describe('Review page', () => {
  it('shows the open count in the navigation, and follows live updates', async () => {
    signIn(1)
    let open = 3
    mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/review/summary': () => json(200, { open, by_reason: { low_confidence: open } }),
      'GET /api/v1/jobs': () => json(200, { items: [], total: 0, offset: 0, limit: 20 }),
      'GET /api/v1/connected-accounts': () => json(200, []),
    })
    renderApp('/jobs')
    const nav = screen.getAllByRole('navigation', { name: 'Main' })[0]
    await waitFor(() => expect(within(nav).getByRole('link', { name: /^Review/ })).toHaveAccessibleName('Review 3 open'))
    const link = within(nav).getByRole('link', { name: 'Review 3 open' })
    expect(link).toHaveAttribute('href', '/review')

    // A job finishing (an extraction) can open new items: the badge is refetched.
    await waitFor(() => expect(FakeWebSocket.instances.length).toBeGreaterThan(0))
    const socket = FakeWebSocket.latest()
    act(() => socket.open())
    open = 5
    act(() => socket.receive({ event: 'job.completed', data: { job_id: 'j1', type: 'email_extraction', total: 1, processed: 1, parsed: 1, failed: 0, progress: 100 } }))
    expect(await within(nav).findByRole('link', { name: 'Review 5 open' })).toBeInTheDocument()
  })

  it('moves with j/k, confirms with Enter, edits with e, and bulk-confirms selected items', async () => {
    signIn(1)
    const items = [makeItem(1), makeItem(2), makeItem(3, { reason: 'new_merchant', fields: [] }), makeItem(4)]
    const { callsTo } = mockFetch(reviewApi(items))
    renderApp('/review')
    const user = userEvent.setup()
    const list = await screen.findByRole('list', { name: 'Review items' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(4)
    expect(within(list).getByRole('listitem', { name: 'Notice 3' })).toHaveTextContent('New merchant')
    expect(screen.getByRole('button', { name: 'Unsure reading (3)' })).toBeInTheDocument()
    expect(await screen.findByRole('heading', { level: 2, name: 'Notice 1' })).toBeInTheDocument()

    await user.keyboard('j')
    expect(await screen.findByRole('heading', { level: 2, name: 'Notice 2' })).toBeInTheDocument()
    expect(within(list).getByRole('listitem', { name: 'Notice 2' })).toHaveAttribute('aria-current', 'true')
    await user.keyboard('jk')
    expect(screen.getByRole('heading', { level: 2, name: 'Notice 2' })).toBeInTheDocument()

    // Enter confirms the current item; the next one takes its place.
    await user.keyboard('{Enter}')
    await waitFor(() => expect(callsTo(`POST /api/v1/review/${items[1].id}`)).toHaveLength(1))
    expect(bodies(callsTo(`POST /api/v1/review/${items[1].id}`))).toEqual([{ action: 'confirm' }])
    expect(await screen.findByText('Confirmed: “Notice 2”.')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { level: 2, name: 'Notice 3' })).toBeInTheDocument()
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3))

    // e opens the editor on the current item; only what changed is sent.
    await user.keyboard('e')
    const form = await screen.findByRole('form', { name: 'Correct the transaction' })
    const merchant = within(form).getByRole('textbox', { name: 'Merchant' })
    expect(merchant).toHaveValue('Notice')
    expect(within(form).getByRole('textbox', { name: 'Amount' })).toHaveFocus()
    // Typing in a field is typing, not a shortcut.
    await user.clear(merchant)
    await user.type(merchant, 'Shoprite jk')
    expect(screen.getByRole('heading', { level: 2, name: 'Notice 3' })).toBeInTheDocument()
    await user.click(within(form).getByRole('button', { name: 'Save correction' }))
    await waitFor(() => expect(callsTo(`POST /api/v1/review/${items[2].id}`)).toHaveLength(1))
    expect(bodies(callsTo(`POST /api/v1/review/${items[2].id}`))).toEqual([{ action: 'edit', fields: { merchant: 'Shoprite jk' } }])

    // x selects the current item; the checkbox selects another; bulk confirm sends both.
    expect(await screen.findByRole('heading', { level: 2, name: 'Notice 4' })).toBeInTheDocument()
    await user.keyboard('x')
    await user.click(screen.getByRole('checkbox', { name: 'Select “Notice 1”' }))
    expect(screen.getByRole('checkbox', { name: 'Select “Notice 4”' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Confirm selected (2)' }))
    await waitFor(() => expect(callsTo('POST /api/v1/review/bulk-confirm')).toHaveLength(1))
    expect(bodies(callsTo('POST /api/v1/review/bulk-confirm'))[0].ids.sort()).toEqual([items[0].id, items[3].id].sort())
    expect(await screen.findByText('Confirmed 2 items.')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Nothing to review' })).toBeInTheDocument()
  })

  it('splits a merge, and marks "not a transaction" with n', async () => {
    signIn(1)
    const merged = makeItem(1, { reason: 'merge', fields: [], merge_id: 'm0000000-0000-4000-8000-000000000001', detail: 'Merged into another email’s transaction (same reference).' })
    const other = makeItem(2, { reason: 'unusual_amount', fields: [] })
    const { callsTo } = mockFetch(reviewApi([merged, other]))
    renderApp('/review')
    const user = userEvent.setup()
    const detail = await screen.findByRole('article', { name: 'Notice 1' })
    expect(detail).toHaveTextContent('Merged into another email’s transaction (same reference).')
    await user.click(within(detail).getByRole('button', { name: 'Split' }))
    await waitFor(() => expect(callsTo(`POST /api/v1/review/${merged.id}`)).toHaveLength(1))
    expect(bodies(callsTo(`POST /api/v1/review/${merged.id}`))).toEqual([{ action: 'split' }])
    expect(await screen.findByText('Split, with a transaction of its own: “Notice 1”.')).toBeInTheDocument()

    const next = await screen.findByRole('article', { name: 'Notice 2' })
    expect(within(next).queryByRole('button', { name: 'Split' })).not.toBeInTheDocument()
    await user.keyboard('n')
    await waitFor(() => expect(callsTo(`POST /api/v1/review/${other.id}`)).toHaveLength(1))
    expect(bodies(callsTo(`POST /api/v1/review/${other.id}`))).toEqual([{ action: 'not_transaction' }])
  })

  it('filters by reason', async () => {
    signIn(1)
    const { callsTo } = mockFetch(reviewApi([makeItem(1), makeItem(2, { reason: 'missed_money', transaction: null, transaction_id: null })]))
    renderApp('/review')
    const user = userEvent.setup()
    await screen.findByRole('list', { name: 'Review items' })
    await user.click(await screen.findByRole('button', { name: 'Money, no transaction (1)' }))
    await waitFor(() => expect(callsTo('GET /api/v1/review').at(-1)?.search.get('reason')).toBe('missed_money'))
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Review items' })).getAllByRole('listitem')).toHaveLength(1))
    expect(screen.getByRole('button', { name: 'Money, no transaction (1)' })).toHaveAttribute('aria-pressed', 'true')
    // No transaction: no Confirm, but "This is a transaction".
    expect(await screen.findByRole('heading', { level: 2, name: 'Notice 2' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument()
    // It starts from what the reading saw; a transaction needs a direction too.
    await user.click(screen.getByRole('button', { name: 'This is a transaction' }))
    const form = await screen.findByRole('form', { name: 'Record as a transaction' })
    expect(within(form).getByRole('textbox', { name: 'Amount' })).toHaveValue('250.00')
    expect(within(form).getByRole('textbox', { name: 'Currency' })).toHaveValue('INR')
    await user.click(within(form).getByRole('button', { name: 'Record transaction' }))
    expect(within(form).getByRole('alert')).toHaveTextContent('A transaction needs its amount, currency and direction.')
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Direction' }), 'Money out')
    await user.click(within(form).getByRole('button', { name: 'Record transaction' }))
    const id = 'r0000000-0000-4000-8000-000000000002'
    await waitFor(() => expect(callsTo(`POST /api/v1/review/${id}`)).toHaveLength(1))
    expect(bodies(callsTo(`POST /api/v1/review/${id}`))).toEqual([
      { action: 'is_transaction', fields: { amount: '250.00', currency: 'INR', direction: 'debit' } },
    ])
    expect(await screen.findByText('Recorded as a transaction: “Notice 2”.')).toBeInTheDocument()
  })

  it('corrects a field by selecting it in the message, and links to the job a taught template started', async () => {
    signIn(1)
    const item = makeItem(1)
    const { callsTo } = mockFetch(
      reviewApi([item], { template_learned: true, sender_id: 's1', reextract_job_id: 'j0000000-0000-4000-8000-000000000001' }),
    )
    renderApp('/review')
    const user = userEvent.setup()
    const message = await screen.findByLabelText('Message text')
    expect(screen.getByTitle('Amount: 250.00')).toHaveTextContent('250.00')

    // Select "INR 1,250.00" in the message, as a person would drag over it.
    const [start, end] = at('INR 1,250.00')
    const marks = [...message.querySelectorAll<HTMLElement>('[data-start]')]
    const place = (offset: number) => {
      const el = marks.filter((m) => Number(m.dataset.start) <= offset).at(-1)!
      return [el.firstChild!, offset - Number(el.dataset.start)] as const
    }
    const range = document.createRange()
    range.setStart(...place(start))
    range.setEnd(...place(end))
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    fireEvent.mouseUp(message)

    const picker = await screen.findByRole('group', { name: 'Use the selected text as' })
    expect(picker).toHaveTextContent('Use “INR 1,250.00” as:')
    await user.click(within(picker).getByRole('button', { name: 'Amount' }))
    const form = await screen.findByRole('form', { name: 'Correct the transaction' })
    expect(within(form).getByRole('textbox', { name: 'Amount' })).toHaveValue('1250.00')
    expect(within(form).getByRole('textbox', { name: 'Amount' })).toHaveAccessibleDescription('From the message')
    await user.click(within(form).getByRole('button', { name: 'Save correction' }))

    await waitFor(() => expect(callsTo(`POST /api/v1/review/${item.id}`)).toHaveLength(1))
    expect(bodies(callsTo(`POST /api/v1/review/${item.id}`))).toEqual([
      { action: 'edit', fields: { amount: '1250.00' }, spans: { amount: at('1,250.00') } },
    ])
    const note = await screen.findByText(/FinCoach learned how notices@paylater\.example writes its emails/)
    expect(note).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Follow the re-extraction on Jobs' })).toHaveAttribute(
      'href', '/jobs/j0000000-0000-4000-8000-000000000001',
    )
  })

  it('says when a selection cannot be the field chosen', async () => {
    signIn(1)
    mockFetch(reviewApi([makeItem(1)]))
    renderApp('/review')
    const user = userEvent.setup()
    const message = await screen.findByLabelText('Message text')
    const first = message.querySelector<HTMLElement>('[data-start="0"]')!
    const range = document.createRange()
    range.setStart(first.firstChild!, 0)
    range.setEnd(first.firstChild!, 8) // "PayLater"
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    fireEvent.mouseUp(message)
    const picker = await screen.findByRole('group', { name: 'Use the selected text as' })
    await user.click(within(picker).getByRole('button', { name: 'Amount' }))
    expect(await within(picker).findByRole('alert')).toHaveTextContent('“PayLater” does not look like amount text.')
    expect(screen.queryByRole('form', { name: 'Correct the transaction' })).not.toBeInTheDocument()
  })
})
