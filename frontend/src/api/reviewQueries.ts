/** The review inbox and the senders FinCoach knows (issue #13: app/api/v1/review.py, senders.py). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from './client'
import { useLedgerChanged } from './ledgerQueries'
import { queryKeys } from './queryKeys'
import type { ReviewAction, ReviewListParams, ReviewPage, ReviewSummary } from './types'

export function useReviewSummary(enabled = true) {
  return useQuery({
    queryKey: queryKeys.review.summary,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/review/summary', { signal })),
    enabled,
    // The badge: kept current by live events and mutations; a slow poll covers a missed event.
    refetchInterval: 120_000,
  })
}

export function useReviewItems(params: ReviewListParams) {
  return useQuery({
    queryKey: queryKeys.review.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/review', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  })
}

/** Drop resolved items from every cached list and from the badge at once (the refetch follows). */
function useItemsResolved() {
  const queryClient = useQueryClient()
  const ledgerChanged = useLedgerChanged()
  return (ids: readonly string[]) => {
    const gone = new Set(ids)
    let removed = 0
    queryClient.setQueriesData<ReviewPage>({ queryKey: queryKeys.review.lists() }, (page) => {
      if (!page) return page
      const items = page.items.filter((item) => !gone.has(item.id))
      removed = Math.max(removed, page.items.length - items.length)
      return { ...page, items, total: Math.max(0, page.total - (page.items.length - items.length)) }
    })
    queryClient.setQueryData<ReviewSummary>(queryKeys.review.summary, (summary) =>
      summary ? { ...summary, open: Math.max(0, summary.open - removed) } : summary,
    )
    void queryClient.invalidateQueries({ queryKey: queryKeys.review.all })
    void queryClient.invalidateQueries({ queryKey: queryKeys.senders.all })
    void queryClient.invalidateQueries({ queryKey: queryKeys.emails.all })
    ledgerChanged()
  }
}

/** Correct any email from the Emails page (it settles that email's open review items too). */
export function useCorrectEmail() {
  const queryClient = useQueryClient()
  const resolved = useItemsResolved()
  return useMutation({
    mutationFn: ({ emailId, body }: { emailId: string; body: Exclude<ReviewAction, { action: 'confirm' | 'split' }> }) =>
      unwrap(api.POST('/api/v1/emails/{email_id}/correction', { params: { path: { email_id: emailId } }, body })),
    onSuccess: (outcome) => {
      resolved([])
      if (outcome.reextract_job_id) void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.lists() })
    },
  })
}

/** Confirm, correct, mark or split one item. */
export function useResolveReview() {
  const queryClient = useQueryClient()
  const resolved = useItemsResolved()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviewAction }) =>
      unwrap(api.POST('/api/v1/review/{item_id}', { params: { path: { item_id: id } }, body })),
    onSuccess: (outcome, { id }) => {
      resolved([id])
      // A taught template re-reads the sender's mail as a job.
      if (outcome.reextract_job_id) void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.lists() })
    },
  })
}

export function useBulkConfirm() {
  const resolved = useItemsResolved()
  return useMutation({
    mutationFn: (ids: string[]) => unwrap(api.POST('/api/v1/review/bulk-confirm', { body: { ids } })),
    onSuccess: (_, ids) => resolved(ids),
  })
}

export function useSenders(offset: number) {
  return useQuery({
    queryKey: queryKeys.senders.list(offset),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/senders', { params: { query: { offset, limit: 50 } }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useSender(id: string | null) {
  return useQuery({
    queryKey: queryKeys.senders.detail(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/senders/{sender_id}', { params: { path: { sender_id: id! } }, signal })),
    enabled: Boolean(id),
  })
}

/** Forget what FinCoach learned from a sender: its mail is read by the general rules again. */
export function useForgetTemplate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/api/v1/senders/{sender_id}/template', { params: { path: { sender_id: id } } })
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.senders.all }),
  })
}
