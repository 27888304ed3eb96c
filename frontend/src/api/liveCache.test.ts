import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { handleLiveEvent } from './liveCache'
import { queryKeys } from './queryKeys'

function seeded() {
  const queryClient = new QueryClient()
  const keys = [queryKeys.review.summary, queryKeys.review.list({}), queryKeys.senders.list(0), queryKeys.emails.detail('e1'), ['transactions', 'list', {}], ['jobs', 'list', {}]]
  for (const key of keys) queryClient.setQueryData(key, { items: [], total: 0, offset: 0, limit: 25 })
  const stale = () => keys.filter((key) => queryClient.getQueryState(key)?.isInvalidated).map((key) => key.join('/'))
  return { queryClient, stale }
}

describe('live events and the review inbox', () => {
  it('a finished job refreshes the review count and list, the senders and the emails it re-read', () => {
    const { queryClient, stale } = seeded()
    handleLiveEvent(queryClient, {
      event: 'job.completed',
      data: { job_id: 'j1', type: 'sender_reextract', total: 5, processed: 5, parsed: 5, failed: 0, progress: 100 },
    })
    expect(stale()).toEqual(['review/summary', 'review/list/[object Object]', 'senders/list/0', 'emails/detail/e1', 'jobs/list/[object Object]'])
  })

  it('a re-read sender (transaction.updated) refreshes the ledger, its emails and the review inbox', () => {
    const { queryClient, stale } = seeded()
    handleLiveEvent(queryClient, { event: 'transaction.updated', data: { read: 5, updated: 5, created: 0, removed: 0 } })
    expect(stale()).toEqual(['review/summary', 'review/list/[object Object]', 'senders/list/0', 'emails/detail/e1', 'transactions/list/[object Object]'])
  })

  it('a new transaction refreshes the review count, not the senders', () => {
    const { queryClient, stale } = seeded()
    handleLiveEvent(queryClient, { event: 'transaction.created', data: {} })
    expect(stale()).toEqual(['review/summary', 'review/list/[object Object]', 'transactions/list/[object Object]'])
  })

  it('a finished job refetches the mailboxes even while a fetch started before it still runs', async () => {
    const queryClient = new QueryClient()
    queryClient.setQueryData(queryKeys.accounts, []) // the list shown, being refetched
    let calls = 0
    const queryFn = () => {
      calls += 1
      return new Promise<never[]>(() => {}) // the earlier fetch: still waiting on the server
    }
    const observer = new QueryObserver(queryClient, { queryKey: queryKeys.accounts, queryFn })
    const unsubscribe = observer.subscribe(() => {})
    expect(calls).toBe(1)
    handleLiveEvent(queryClient, {
      event: 'job.completed',
      data: { job_id: 'j1', type: 'plaid_sync', total: 1, processed: 1, parsed: 1, failed: 0, progress: 100 },
    })
    // Its answer would predate the job's end: a fresh one is asked for.
    await vi.waitFor(() => expect(calls).toBe(2))
    unsubscribe()
  })

  it('a late progress event never reopens a finished job', () => {
    const queryClient = new QueryClient()
    const job = { id: 'j9', status: 'completed', progress: 100, total: 300, processed: 300, parsed: 300, failed: 0, started_at: null, completed_at: null, error_log: [], error_count: 0, result: {} }
    queryClient.setQueryData(queryKeys.jobs.detail('j9'), job)
    handleLiveEvent(queryClient, {
      event: 'job.progress',
      data: { job_id: 'j9', type: 'email_fetch', total: 300, processed: 200, parsed: 200, failed: 0, progress: 67 },
    })
    const after = queryClient.getQueryData<{ status: string; progress: number }>(queryKeys.jobs.detail('j9'))
    expect([after?.status, after?.progress]).toEqual(['completed', 100])
  })
})
