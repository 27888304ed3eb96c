import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { categories } from '@/test/ledgerFixtures'
import { demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

const preview = (mapping: Record<string, unknown>) => ({
  columns: ['Date', 'Narration', 'Withdrawal', 'Deposit'],
  mapping: { date: 'Date', debit: 'Withdrawal', credit: 'Deposit', description: null, day_first: true, ...mapping },
  total_rows: 3,
  valid_rows: 2,
  duplicate_rows: 1,
  error_rows: 0,
  rows: [
    { line: 2, occurred_at: '2026-11-02T00:00:00Z', amount: '250.00', currency: 'INR', type: 'debit', description: 'Chai point', merchant: null, category: null, duplicate: false, error: null },
    { line: 3, occurred_at: '2026-11-03T00:00:00Z', amount: '90.00', currency: 'INR', type: 'debit', description: 'Metro', merchant: null, category: null, duplicate: true, error: null },
  ],
})

describe('CSV import', () => {
  it('previews with the guessed mapping, re-previews after a column change, then imports with that mapping', async () => {
    signIn(1)
    const { fetchMock, callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/categories': () => json(200, categories),
      'GET /api/v1/accounts': () => json(200, []),
      'GET /api/v1/transactions': () => json(200, { items: [], next_cursor: null, limit: 50 }),
      'POST /api/v1/transactions/import/preview': [() => json(200, preview({})), () => json(200, preview({ description: 'Narration' }))],
      'POST /api/v1/transactions/import': () => json(200, { imported: 2, duplicates: 1, errors: [], error_count: 0 }),
    })
    renderApp('/transactions')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Import CSV' }))
    const file = new File(['Date,Narration,Withdrawal,Deposit\n'], 'bank.csv', { type: 'text/csv' })
    await user.upload(screen.getByLabelText('CSV file'), file)
    expect(await screen.findByText(/3 rows: 2 ready, 1 already recorded, 0 unreadable/)).toBeInTheDocument()
    expect(screen.getByRole('row', { name: /Metro/ })).toHaveTextContent('Already recorded')

    await user.selectOptions(screen.getByLabelText('Description'), 'Narration')
    await waitFor(() => expect(callsTo('POST /api/v1/transactions/import/preview')).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: /^Import 2 rows/ }))
    await waitFor(() => expect(callsTo('POST /api/v1/transactions/import')).toHaveLength(1))

    const request = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .filter((r) => r.url.endsWith('/api/v1/transactions/import'))[0]
    const sent = await request.formData()
    // The chosen file's bytes. (Its name does not survive jsdom's FormData becoming Node's in a
    // Request: every file part reads "blob" here; a browser sends "bank.csv".)
    expect(await (sent.get('file') as File).text()).toBe('Date,Narration,Withdrawal,Deposit\n')
    expect(JSON.parse(sent.get('mapping') as string)).toMatchObject({ date: 'Date', debit: 'Withdrawal', description: 'Narration' })
    expect(await screen.findByText(/Imported 2 transactions; 1 were already recorded/)).toBeInTheDocument()
  })
})
