/**
 * Live events → the React Query cache: a job's counters and status change in place in every
 * cached list and detail, so progress bars move without refetching. A job the cache does not
 * know yet, and any job that finished, make the lists refetch (deduplicated, never cancelling
 * a fetch already on its way).
 */
import type { QueryClient } from '@tanstack/react-query'
import { queryKeys } from './queryKeys'
import type { Job, JobEventData, JobEventName, JobPage, LiveEvent, SyncStatus } from './types'

const STATUS_AFTER: Record<JobEventName, string> = {
  'job.progress': 'processing',
  'job.completed': 'completed',
  'job.failed': 'failed',
  'job.cancelled': 'cancelled',
}

const JOB_EVENTS = Object.keys(STATUS_AFTER) as JobEventName[]

export const isJobEvent = (event: LiveEvent): event is { event: JobEventName; data: JobEventData } =>
  (JOB_EVENTS as string[]).includes(event.event) && typeof event.data.job_id === 'string'

const FINISHED = new Set(['completed', 'failed', 'cancelled'])

function patchJob(job: Job, name: JobEventName, data: JobEventData, now: string): Job {
  const final = name !== 'job.progress'
  // Events may arrive out of order (several tasks report on one job): a late progress event
  // never reopens a finished job.
  if (!final && FINISHED.has(job.status)) return job
  const next: Job = {
    ...job,
    status: STATUS_AFTER[name],
    total: data.total ?? job.total,
    processed: data.processed ?? job.processed,
    parsed: data.parsed ?? job.parsed,
    failed: data.failed ?? job.failed,
    progress: name === 'job.completed' ? 100 : (data.progress ?? job.progress),
    started_at: job.started_at ?? now,
    completed_at: final ? (job.completed_at ?? now) : job.completed_at,
  }
  if (name === 'job.failed' && data.error && job.error_count === 0) {
    next.error_log = [...job.error_log, { at: now, type: 'Error', message: data.error, item_id: null }]
    next.error_count = 1
  }
  if (name === 'job.completed' && data.summary) next.result = { ...job.result, ...data.summary }
  return next
}

const invalidate = (queryClient: QueryClient, queryKey: readonly unknown[]) =>
  queryClient.invalidateQueries({ queryKey }, { cancelRefetch: false })

export function applyJobEvent(queryClient: QueryClient, name: JobEventName, data: JobEventData): void {
  const now = new Date().toISOString()
  const id = data.job_id
  let known = false

  queryClient.setQueryData<Job>(queryKeys.jobs.detail(id), (job) => {
    if (!job) return job
    known = true
    return patchJob(job, name, data, now)
  })
  queryClient.setQueriesData<JobPage>({ queryKey: queryKeys.jobs.lists() }, (page) => {
    if (!page?.items.some((job) => job.id === id)) return page
    known = true
    return { ...page, items: page.items.map((job) => (job.id === id ? patchJob(job, name, data, now) : job)) }
  })
  queryClient.setQueryData<SyncStatus>(queryKeys.syncStatus, (status) => {
    if (!status?.active_jobs.some((job) => job.id === id)) return status
    known = true
    return {
      ...status,
      active_jobs: status.active_jobs.map((job) => (job.id === id ? patchJob(job, name, data, now) : job)),
    }
  })

  const final = name !== 'job.progress'
  if (!known || final) {
    // A finished job's refetch replaces any still on its way: that one's answer predates the end.
    const refetch = final ? (queryKey: readonly unknown[]) => queryClient.invalidateQueries({ queryKey }) : (queryKey: readonly unknown[]) => invalidate(queryClient, queryKey)
    void refetch(queryKeys.jobs.lists())
    void refetch(queryKeys.syncStatus)
    // A new job may be the first sync of a mailbox added elsewhere; a finished one changes its last
    // sync (and a bank's linked accounts). A fetch already running started before the job ended:
    // the finished job's refetch replaces it rather than waiting on its stale answer.
    if (final) void queryClient.invalidateQueries({ queryKey: queryKeys.accounts })
    else void invalidate(queryClient, queryKeys.accounts)
  }
  if (final) {
    void invalidate(queryClient, queryKeys.jobs.detail(id))
    // Extraction and re-extraction open and close review items and change what emails read.
    void invalidate(queryClient, queryKeys.review.all)
    void invalidate(queryClient, queryKeys.senders.all)
    if (data.type !== 'email_fetch') void invalidate(queryClient, queryKeys.emails.all)
    // A bank sync changed the ledger and what the bank's page lists.
    if (data.type === 'plaid_sync') {
      void invalidate(queryClient, queryKeys.plaid.all)
      void invalidate(queryClient, ['transactions'])
    }
  }
  // New mail is stored batch by batch: keep the email list in step (cheaply: deduplicated).
  if (data.type === 'email_fetch' && (final || data.parsed > 0)) void invalidate(queryClient, queryKeys.emails.lists())
}

/** Route one event from the socket to the cache. */
export function handleLiveEvent(queryClient: QueryClient, event: LiveEvent): void {
  if (isJobEvent(event)) {
    applyJobEvent(queryClient, event.event, event.data)
    return
  }
  if (event.event === 'transaction.created') {
    void invalidate(queryClient, ['transactions'])
    void invalidate(queryClient, ['analytics'])
    void invalidate(queryClient, ['budgets'])
    void invalidate(queryClient, queryKeys.review.all)
  }
  if (event.event === 'budget.alert') void invalidate(queryClient, ['budgets'])
  // A sender re-read with a taught template changed transactions and what its emails read.
  if (event.event === 'transaction.updated') {
    for (const key of [['transactions'], ['analytics'], ['budgets'], queryKeys.emails.all, queryKeys.review.all, queryKeys.senders.all]) {
      void invalidate(queryClient, key)
    }
  }
}
