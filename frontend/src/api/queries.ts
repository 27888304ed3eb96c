import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useIsSignedIn } from '@/auth/store'
import { addImapAccount, getSyncStatus, listAccounts, removeAccount, syncAccount } from './accounts'
import { getEmail, listEmails, type EmailListParams } from './emails'
import { cancelJob, getJob, listJobs, retryJob, type JobListParams } from './jobs'
import { useLiveStatus } from './live'
import { queryKeys } from './queryKeys'
import type { ConnectedAccount, ImapAccountCreate, Job, Page, SyncRequest, UserPublic, UserUpdate } from './types'
import { isActiveJob } from './types'
import { changePassword, getHealth, getMe, updateMe } from './users'

export { queryKeys }

export function useMe() {
  const signedIn = useIsSignedIn()
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => getMe(signal),
    enabled: signedIn,
    staleTime: 5 * 60_000,
  })
}

export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UserUpdate) => updateMe(body),
    onSuccess: (user: UserPublic) => {
      const before = queryClient.getQueryData<UserPublic>(queryKeys.me)
      queryClient.setQueryData(queryKeys.me, user)
      // Reports and budgets are in the base currency: a new one makes them stale.
      if (before && before.base_currency !== user.base_currency) {
        void queryClient.invalidateQueries({ queryKey: ['analytics'] })
        void queryClient.invalidateQueries({ queryKey: ['budgets'] })
        void queryClient.invalidateQueries({ queryKey: ['goals'] })
      }
    },
  })
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword })
}

export function useHealth() {
  return useQuery({
    queryKey: queryKeys.health,
    queryFn: ({ signal }) => getHealth(signal),
    refetchInterval: 60_000,
    retry: false,
  })
}

// ---------------------------------------------------------------------------
// Jobs

/** While the live socket is down, lists with running jobs poll instead. */
const POLL_WHEN_OFFLINE_MS = 5_000

function usePollWhileActive() {
  const live = useLiveStatus((s) => s.status === 'open')
  return (page: Page<Job> | undefined) => (!live && page?.items.some(isActiveJob) ? POLL_WHEN_OFFLINE_MS : false)
}

export function useJobs(params: JobListParams) {
  const poll = usePollWhileActive()
  return useQuery({
    queryKey: queryKeys.jobs.list(params),
    queryFn: ({ signal }) => listJobs(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => poll(query.state.data),
  })
}

/** Running and waiting jobs (two small lists, merged: the API filters on one status). */
export function useActiveJobs() {
  const processing = useJobs({ status: 'processing', limit: 50 })
  const pending = useJobs({ status: 'pending', limit: 50 })
  const seen = new Set<string>()
  const items = [...(processing.data?.items ?? []), ...(pending.data?.items ?? [])].filter((job) =>
    seen.has(job.id) ? false : (seen.add(job.id), true),
  )
  return {
    // A job patched by a live event keeps its place until the lists refetch: show only active ones.
    jobs: items.filter(isActiveJob),
    isPending: processing.isPending || pending.isPending,
    error: processing.error ?? pending.error,
    refetch: () => Promise.all([processing.refetch(), pending.refetch()]),
  }
}

export function useJob(id: string) {
  const live = useLiveStatus((s) => s.status === 'open')
  return useQuery({
    queryKey: queryKeys.jobs.detail(id),
    queryFn: ({ signal }) => getJob(id, signal),
    refetchInterval: (query) => (!live && query.state.data && isActiveJob(query.state.data) ? POLL_WHEN_OFFLINE_MS : false),
  })
}

function useJobUpdated() {
  const queryClient = useQueryClient()
  return (job: Job) => {
    queryClient.setQueryData(queryKeys.jobs.detail(job.id), job)
    void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.lists() })
    void queryClient.invalidateQueries({ queryKey: queryKeys.syncStatus })
  }
}

export function useCancelJob() {
  const updated = useJobUpdated()
  return useMutation({ mutationFn: cancelJob, onSuccess: updated })
}

export function useRetryJob() {
  const updated = useJobUpdated()
  return useMutation({ mutationFn: retryJob, onSuccess: updated })
}

// ---------------------------------------------------------------------------
// Connected accounts

export function useAccounts() {
  return useQuery({ queryKey: queryKeys.accounts, queryFn: ({ signal }) => listAccounts(signal) })
}

/** Account id → its name, for labelling sync jobs (which only carry the id). */
export function useAccountNames(): Record<string, string> {
  const accounts = useAccounts()
  const names: Record<string, string> = {}
  for (const account of accounts.data ?? []) names[account.id] = account.display_name || account.address
  return names
}

/** The account a sync job is for, when it names one. */
export const jobAccountId = (job: Job): string | undefined =>
  typeof job.params.account_id === 'string' ? job.params.account_id : undefined

/** A new mailbox: its first sync started on the server, so jobs and status are stale too. */
export function useAccountAdded() {
  const queryClient = useQueryClient()
  return (account: ConnectedAccount) => {
    queryClient.setQueryData<ConnectedAccount[]>(queryKeys.accounts, (list) =>
      list ? [...list.filter((a) => a.id !== account.id), account] : list,
    )
    void queryClient.invalidateQueries({ queryKey: queryKeys.accounts })
    void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.lists() })
    void queryClient.invalidateQueries({ queryKey: queryKeys.syncStatus })
  }
}

export function useAddImapAccount() {
  const added = useAccountAdded()
  return useMutation({ mutationFn: (body: ImapAccountCreate) => addImapAccount(body), onSuccess: added })
}

export function useRemoveAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: removeAccount,
    onSuccess: (_: void, id: string) => {
      queryClient.setQueryData<ConnectedAccount[]>(queryKeys.accounts, (list) => list?.filter((a) => a.id !== id))
      void queryClient.invalidateQueries({ queryKey: queryKeys.accounts })
      void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.lists() })
      void queryClient.invalidateQueries({ queryKey: queryKeys.syncStatus })
    },
  })
}

export function useSyncAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body?: SyncRequest }) => syncAccount(id, body),
    onSuccess: (started) => {
      if (started.job) queryClient.setQueryData(queryKeys.jobs.detail(started.job.id), started.job)
      void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.lists() })
      void queryClient.invalidateQueries({ queryKey: queryKeys.syncStatus })
    },
  })
}

/** Accounts, last sync and running syncs in one answer (the dashboard's summary). */
export function useSyncStatus() {
  const me = useMe()
  const userId = me.data?.id
  const live = useLiveStatus((s) => s.status === 'open')
  return useQuery({
    queryKey: queryKeys.syncStatus,
    queryFn: ({ signal }) => getSyncStatus(userId!, signal),
    enabled: Boolean(userId),
    refetchInterval: (query) => (!live && query.state.data?.syncing ? POLL_WHEN_OFFLINE_MS : false),
  })
}

// ---------------------------------------------------------------------------
// Emails

export function useEmails(params: EmailListParams) {
  return useQuery({
    queryKey: queryKeys.emails.list(params),
    queryFn: ({ signal }) => listEmails(params, signal),
    placeholderData: keepPreviousData,
  })
}

export function useEmail(id: string | null) {
  return useQuery({
    queryKey: queryKeys.emails.detail(id ?? ''),
    queryFn: ({ signal }) => getEmail(id!, signal),
    enabled: Boolean(id),
  })
}
