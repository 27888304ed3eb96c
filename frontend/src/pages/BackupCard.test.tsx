import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiError, demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

const base = {
  'GET /api/v1/users/me': () => json(200, demoUser),
  'GET /api/v1/api-tokens': () => json(200, []),
  'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
}

afterEach(() => vi.unstubAllGlobals())

describe('Settings → Backup', () => {
  it('downloads the backup as a zip file', async () => {
    signIn(1)
    const createObjectURL = vi.fn(() => 'blob:backup')
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const { callsTo } = mockFetch({
      ...base,
      'GET /api/v1/backup': () =>
        new Response(new Blob(['PK zip bytes']), { status: 200, headers: { 'Content-Type': 'application/zip' } }),
    })
    renderApp('/settings')
    await userEvent.click(await screen.findByRole('button', { name: 'Download backup' }))
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1))
    expect(callsTo('GET /api/v1/backup')).toHaveLength(1)
  })

  it('restores a chosen file and says how many transactions came back', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      ...base,
      'POST /api/v1/backup': () => json(200, { tables: { transactions: 42, goals: 1 } }),
    })
    renderApp('/settings')
    const input = await screen.findByLabelText('Restore from a backup')
    await userEvent.upload(input, new File(['PK-content'], 'fincoach-backup.zip', { type: 'application/zip' }))
    expect(await screen.findByText('Restored your ledger (42 transactions).')).toBeInTheDocument()
    const [call] = callsTo('POST /api/v1/backup')
    expect(call.body).toContain('name="file"')
    expect(call.body).toContain('PK-content')
  })

  it('shows the server’s reason when the ledger is not empty', async () => {
    signIn(1)
    mockFetch({
      ...base,
      'POST /api/v1/backup': () =>
        apiError(409, 'ledger_not_empty', 'Your ledger is not empty: a backup restores only into an empty ledger.'),
    })
    renderApp('/settings')
    const input = await screen.findByLabelText('Restore from a backup')
    await userEvent.upload(input, new File(['PK'], 'b.zip', { type: 'application/zip' }))
    expect(await screen.findByText(/Your ledger is not empty/)).toBeInTheDocument()
  })
})
