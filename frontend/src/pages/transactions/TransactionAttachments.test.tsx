import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { categories, makeTransaction } from '@/test/ledgerFixtures'
import { demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

const receipt = {
  id: 'a1000000-0000-4000-8000-000000000001',
  filename: 'receipt.pdf',
  content_type: 'application/pdf',
  size: 2048,
  origin: 'email',
  text_error: null,
  created_at: '2026-12-02T10:00:00Z',
}

function routes(txnId: string, uploads: unknown[][]) {
  const api = `/api/v1/transactions/${txnId}/attachments`
  return {
    'GET /api/v1/users/me': () => json(200, demoUser),
    'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
    'GET /api/v1/categories': () => json(200, categories),
    'GET /api/v1/accounts': () => json(200, []),
    'GET /api/v1/transactions': () =>
      json(200, { items: [makeTransaction({ id: txnId, transactor_name: 'Blue Tokai' })], next_cursor: null, limit: 50 }),
    [`GET ${api}`]: uploads.map((list) => () => json(200, list)),
    [`POST ${api}`]: [
      () => json(415, { error: { code: 'unsupported_attachment', message: 'Only PDF, PNG, JPEG, GIF and WebP files can be attached.', details: null } }),
      () => json(201, { ...receipt, id: 'a2', filename: 'photo.png', origin: 'upload' }),
    ],
  }
}

describe('Transaction attachments', () => {
  it('lists a row’s files, shows a refused upload’s message and lists an accepted one', async () => {
    signIn(1)
    const txnId = 'b1000000-0000-4000-8000-000000000001'
    const uploaded = { ...receipt, id: 'a2', filename: 'photo.png', origin: 'upload' }
    const { calls } = mockFetch(routes(txnId, [[receipt], [receipt, uploaded]]))
    renderApp('/transactions')
    const row = await screen.findByRole('listitem', { name: 'Blue Tokai' })
    await userEvent.click(within(row).getByRole('button', { name: 'Attachments of Blue Tokai' }))
    const files = await within(row).findByRole('region', { name: 'Attachments' })
    expect(await within(files).findByText('receipt.pdf')).toBeInTheDocument()
    expect(within(files).getByText(/from the email/)).toBeInTheDocument()

    const input = within(files).getByLabelText('Attach a file')
    await userEvent.upload(input, new File(['hello'], 'notes.png', { type: 'image/png' }))
    expect(await within(files).findByRole('alert')).toHaveTextContent('Only PDF, PNG')
    await userEvent.upload(input, new File(['png'], 'photo.png', { type: 'image/png' }))
    await waitFor(() => expect(within(files).getByText('photo.png')).toBeInTheDocument())
    expect(within(files).getByRole('button', { name: 'Remove photo.png' })).toBeInTheDocument()
    expect(calls.filter((c) => c.method === 'POST' && c.path.endsWith('/attachments'))).toHaveLength(2)
  })
})
