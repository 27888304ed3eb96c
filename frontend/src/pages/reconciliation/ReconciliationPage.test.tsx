import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { components } from '@/api/schema'
import { apiError, demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

type StatementDetail = components['schemas']['StatementDetail']

const account = {
  id: 'a1111111-1111-4111-8111-111111111111',
  name: 'Current account',
  last4: '4321',
}

const entry = (posted_on: string, amount: string, type: 'debit' | 'credit', description: string, original: Record<string, string> | null = null) => ({
  transaction_id: crypto.randomUUID(),
  posted_on,
  amount,
  type,
  description,
  reference: null,
  original,
})

const statement: StatementDetail = {
  id: 's2222222-2222-4222-8222-222222222222',
  format: 'ofx',
  filename: 'march.ofx',
  account_id: account.id,
  account_number_last4: '4321',
  currency: 'EUR',
  period_start: '2026-03-01',
  period_end: '2026-03-31',
  opening_balance: null,
  closing_balance: '3441.60',
  line_count: 3,
  email_id: null,
  warnings: [],
  matched_count: 1,
  missing_count: 2,
  flagged_count: 1,
  created_at: '2026-04-01T10:00:00Z',
  matched: [entry('2026-03-02', '45.90', 'debit', 'GROCERY MART 221', { description: 'Spent at GROCERY MART' })],
  missing: [entry('2026-03-05', '2500.00', 'credit', 'ACME CORP SALARY'), entry('2026-03-09', '12.50', 'debit', 'COFFEE HOUSE')],
  flagged: [entry('2026-03-20', '99.00', 'debit', 'Double-reported alert')],
  totals: {
    matched: { count: 1, debits: '45.90', credits: '0.00', net: '-45.90' },
    missing: { count: 2, debits: '12.50', credits: '2500.00', net: '2487.50' },
    flagged: { count: 1, debits: '99.00', credits: '0.00', net: '-99.00' },
  },
  balance: {
    closing_balance: '3441.60',
    opening_balance: '1000.00',
    opening_derived: true,
    computed_balance: '3342.60',
    difference: '99.00',
  },
}

const base = {
  'GET /api/v1/users/me': () => json(200, demoUser),
  'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
  'GET /api/v1/accounts': () => json(200, [account]),
  'GET /api/v1/statements/locked': () => json(200, []),
}

describe('Reconciliation page', () => {
  it('imports a statement for the chosen account and shows the three lists, totals and the balance gap', async () => {
    signIn(1)
    const { fetchMock, callsTo } = mockFetch({
      ...base,
      'GET /api/v1/statements': [
        () => json(200, { items: [], total: 0, offset: 0, limit: 50 }),
        () => json(200, { items: [statement], total: 1, offset: 0, limit: 50 }),
      ],
      'POST /api/v1/statements': () => json(201, statement),
      [`GET /api/v1/statements/${statement.id}`]: () => json(200, statement),
    })
    renderApp('/reconciliation')
    const user = userEvent.setup()
    expect(await screen.findByText('No statement imported yet.')).toBeInTheDocument()

    await screen.findByRole('option', { name: 'Current account ·4321' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Account' }), account.id)
    await user.upload(screen.getByLabelText('Statement file'), new File(['OFXHEADER:100'], 'march.ofx'))
    await user.click(screen.getByRole('button', { name: 'Import and reconcile' }))
    await waitFor(() => expect(callsTo('POST /api/v1/statements')).toHaveLength(1))

    const request = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .filter((r) => r.url.endsWith('/api/v1/statements') && r.method === 'POST')[0]
    const sent = await request.formData()
    expect(await (sent.get('file') as File).text()).toBe('OFXHEADER:100')
    expect(sent.get('account_id')).toBe(account.id)

    const matched = await screen.findByRole('region', { name: 'Matched (1)' })
    expect(matched).toHaveTextContent('GROCERY MART 221')
    expect(matched).toHaveTextContent('was: Spent at GROCERY MART')
    const missing = screen.getByRole('region', { name: 'Missing from the ledger (2)' })
    expect(within(missing).getAllByRole('row')).toHaveLength(2)
    expect(missing).toHaveTextContent('ACME CORP SALARY')
    const flagged = screen.getByRole('region', { name: 'Not on the statement (1)' })
    expect(flagged).toHaveTextContent('Double-reported alert')
    expect(flagged).toHaveTextContent(/Total: out .*99\.00/)
    const check = screen.getByLabelText('Balance check')
    expect(check).toHaveTextContent('Opening balance (derived)')
    expect(check).toHaveTextContent(/3,342\.60/)
    expect(screen.getByText(/The ledger differs from the statement by .*99\.00/)).toBeInTheDocument()
  })

  it('shows the server’s message for a file it cannot read', async () => {
    signIn(1)
    mockFetch({
      ...base,
      'GET /api/v1/statements': () => json(200, { items: [], total: 0, offset: 0, limit: 50 }),
      'POST /api/v1/statements': () =>
        apiError(400, 'bad_statement', 'Not a statement format FinCoach reads (OFX/QFX, QIF, CAMT.053 or MT940).'),
    })
    renderApp('/reconciliation')
    const user = userEvent.setup()
    await user.upload(await screen.findByLabelText('Statement file'), new File(['hello'], 'notes.txt'))
    await user.click(screen.getByRole('button', { name: 'Import and reconcile' }))
    expect(await screen.findByText(/Not a statement format FinCoach reads/)).toBeInTheDocument()
  })

  it('asks for a PDF’s password, sends it with the sender to remember it for, and never keeps it on screen', async () => {
    signIn(1)
    const { fetchMock, callsTo } = mockFetch({
      ...base,
      'GET /api/v1/statements': () => json(200, { items: [], total: 0, offset: 0, limit: 50 }),
      'POST /api/v1/statements': [
        () => apiError(400, 'pdf_password_required', 'The PDF is protected with a password: give its password.'),
        () => json(201, { ...statement, format: 'pdf', filename: 'nov.pdf' }),
      ],
      [`GET /api/v1/statements/${statement.id}`]: () => json(200, statement),
    })
    renderApp('/reconciliation')
    const user = userEvent.setup()
    await user.upload(await screen.findByLabelText('Statement file'), new File(['%PDF-1.7'], 'nov.pdf'))
    await user.click(screen.getByRole('button', { name: 'Import and reconcile' }))
    expect(await screen.findByText(/protected with a password/)).toBeInTheDocument()

    await user.type(screen.getByLabelText('PDF password'), 'Leeds 2026!')
    await user.type(screen.getByLabelText('Remember it for statements mailed by'), 'statements@bank.example')
    await user.click(screen.getByRole('button', { name: 'Import and reconcile' }))
    await waitFor(() => expect(callsTo('POST /api/v1/statements')).toHaveLength(2))
    const second = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .filter((r) => r.url.endsWith('/api/v1/statements') && r.method === 'POST')[1]
    const sent = await second.formData()
    expect(sent.get('password')).toBe('Leeds 2026!')
    expect(sent.get('remember_for_sender')).toBe('statements@bank.example')
    await screen.findByRole('region', { name: 'Matched (1)' })
    expect(screen.getByLabelText('PDF password')).toHaveValue('')
  })

  it('opens the statements that came by mail locked, with one password per sender', async () => {
    signIn(1)
    const { fetchMock, callsTo } = mockFetch({
      ...base,
      'GET /api/v1/statements': () => json(200, { items: [], total: 0, offset: 0, limit: 50 }),
      'GET /api/v1/statements/locked': [
        () =>
          json(200, [
            {
              email_id: crypto.randomUUID(),
              sender: 'statements@bank.example',
              subject: 'Your November statement',
              received_at: '2026-12-01T08:00:00Z',
              filename: 'nov.pdf',
            },
          ]),
        () => json(200, []),
      ],
      'PUT /api/v1/statements/passwords': () => json(200, [statement]),
      [`GET /api/v1/statements/${statement.id}`]: () => json(200, statement),
    })
    renderApp('/reconciliation')
    const user = userEvent.setup()
    expect(await screen.findByText('Statements waiting for a password')).toBeInTheDocument()
    expect(screen.getByText(/nov\.pdf/)).toBeInTheDocument()
    await user.type(screen.getByLabelText('Password for statements@bank.example'), 'JS-1958')
    await user.click(screen.getByRole('button', { name: 'Open and reconcile' }))
    await waitFor(() => expect(callsTo('PUT /api/v1/statements/passwords')).toHaveLength(1))
    const request = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .filter((r) => r.url.endsWith('/api/v1/statements/passwords'))[0]
    expect(await request.json()).toEqual({ sender: 'statements@bank.example', password: 'JS-1958' })
    await screen.findByRole('region', { name: 'Matched (1)' })
  })
})
