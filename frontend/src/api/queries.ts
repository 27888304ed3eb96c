import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useAuthStore, useIsSignedIn } from '@/auth/store'
import { applyPreferences } from '@/lib/preferences'
import { useTimeZoneStore } from '@/lib/timezone'
import { api, ApiError, publicApi, unwrap } from './client'
import { useLedgerChanged } from './ledgerQueries'
import { useLiveStatus } from './live'
import { queryKeys } from './queryKeys'
import type {
  ApiToken,
  ApiTokenCreate,
  ApiTokenCreated,
  ConnectedAccount,
  EmailListParams,
  Health,
  ImapAccountCreate,
  Job,
  JobListParams,
  JobPage,
  PasswordChange,
  SiteSettings,
  SyncRequest,
  TotpProof,
  UserPublic,
  UserUpdate,
} from './types'
import { isActiveJob } from './types'

export { queryKeys }

export function useMe() {
  const signedIn = useIsSignedIn()
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: async ({ signal }) => {
      const user = await unwrap(api.GET('/api/v1/users/me', { signal }))
      applyPreferences(user) // number and date formats, week start
      return user
    },
    enabled: signedIn,
    staleTime: 5 * 60_000,
  })
}

export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UserUpdate) => unwrap(api.PATCH('/api/v1/users/me', { body })),
    onSuccess: (user: UserPublic) => {
      const before = queryClient.getQueryData<UserPublic>(queryKeys.me)
      // The page that changed the zone stays as it is (no remount); dates render in the new
      // zone from its next render on.
      useTimeZoneStore.getState().setZone(user.timezone)
      applyPreferences(user, { rerender: false })
      queryClient.setQueryData(queryKeys.me, user)
      // Reports and budgets are in the base currency and the user's days: a new currency or
      // zone makes them stale, and a new zone moves the date filters' days.
      const zoneChanged = before !== undefined && before.timezone !== user.timezone
      const weekChanged = before !== undefined && before.week_start !== user.week_start
      if (zoneChanged || weekChanged || (before && before.base_currency !== user.base_currency)) {
        void queryClient.invalidateQueries({ queryKey: ['analytics'] })
        void queryClient.invalidateQueries({ queryKey: ['budgets'] })
        void queryClient.invalidateQueries({ queryKey: ['goals'] })
      }
      if (zoneChanged) void queryClient.invalidateQueries({ queryKey: ['transactions'] })
    },
  })
}

export function useChangePassword() {
  return useMutation({
    // Every session ends with a new password; this one goes on with the pair it returns.
    mutationFn: async (body: PasswordChange) => {
      useAuthStore.getState().setTokens(await unwrap(api.POST('/api/v1/users/me/password', { body })))
    },
  })
}

export function useApiTokens() {
  return useQuery({
    queryKey: queryKeys.apiTokens,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/api-tokens', { signal })),
  })
}

export function useCreateApiToken() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ApiTokenCreate) => unwrap(api.POST('/api/v1/api-tokens', { body })),
    onSuccess: (created: ApiTokenCreated) => {
      // The list never holds the secret: keep only what GET would return.
      const { token: _secret, ...listed } = created
      queryClient.setQueryData<ApiToken[]>(queryKeys.apiTokens, (list) => [listed, ...(list ?? [])])
      void queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens })
    },
  })
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/api/v1/api-tokens/{token_id}', { params: { path: { token_id: id } } })
    },
    onSuccess: (_: void, id: string) => {
      queryClient.setQueryData<ApiToken[]>(queryKeys.apiTokens, (list) => list?.filter((t) => t.id !== id))
      void queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens })
    },
  })
}

// ---------------------------------------------------------------------------
// Two-factor sign-in

export function useTotpStatus() {
  return useQuery({
    queryKey: queryKeys.totp,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/users/me/totp', { signal })),
  })
}

/** A new secret and its QR code; nothing changes on the account until it is confirmed. */
export function useStartTotp() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/users/me/totp')) })
}

/** Confirm with the app's code: two-factor sign-in goes on; answers the recovery codes. */
export function useConfirmTotp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/users/me/totp/confirm', { body: { code } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.me })
    },
  })
}

export function useDisableTotp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: TotpProof) => {
      await api.DELETE('/api/v1/users/me/totp', { body })
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.me })
    },
  })
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TotpProof) => unwrap(api.POST('/api/v1/users/me/totp/recovery-codes', { body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.totp })
    },
  })
}

/** The install's admin settings (admins only). */
export function useSiteSettings(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.siteSettings,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/site-settings', { signal })),
    enabled,
  })
}

export function useUpdateSiteSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<SiteSettings>) => unwrap(api.PATCH('/api/v1/site-settings', { body })),
    onSuccess: (settings: SiteSettings) => queryClient.setQueryData(queryKeys.siteSettings, settings),
  })
}

function isHealth(value: unknown): value is Health {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'string'
}

/** Server health; a 503 still carries the health body, which is data here, not an error. */
export async function getHealth(signal: AbortSignal): Promise<Health> {
  try {
    return await unwrap(publicApi.GET('/health', { signal }))
  } catch (error) {
    if (error instanceof ApiError && error.status === 503 && isHealth(error.body)) return error.body
    throw error
  }
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
  return (page: JobPage | undefined) => (!live && page?.items.some(isActiveJob) ? POLL_WHEN_OFFLINE_MS : false)
}

export function useJobs(params: JobListParams) {
  const poll = usePollWhileActive()
  return useQuery({
    queryKey: queryKeys.jobs.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/jobs', { params: { query: params }, signal })),
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
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/jobs/{job_id}', { params: { path: { job_id: id } }, signal })),
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
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/jobs/{job_id}/cancel', { params: { path: { job_id: id } } })),
    onSuccess: updated,
  })
}

/** A failed or cancelled job runs again as a new job (the answer). */
export function useRetryJob() {
  const updated = useJobUpdated()
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/jobs/{job_id}/retry', { params: { path: { job_id: id } } })),
    onSuccess: updated,
  })
}

// ---------------------------------------------------------------------------
// Connected accounts

export function useAccounts() {
  return useQuery({
    queryKey: queryKeys.accounts,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/connected-accounts', { signal })),
  })
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

/** The server logs in first: a refused login is a 400 whose message is the mail server's reason. */
export function useAddImapAccount() {
  const added = useAccountAdded()
  return useMutation({
    mutationFn: (body: ImapAccountCreate) => unwrap(api.POST('/api/v1/connected-accounts/imap', { body })),
    onSuccess: added,
  })
}

export function useRemoveAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    // Disconnect: syncing stops and credentials are deleted; stored emails stay.
    mutationFn: async (id: string) => {
      await api.DELETE('/api/v1/connected-accounts/{account_id}', { params: { path: { account_id: id } } })
    },
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
    mutationFn: ({ id, body = { mode: 'incremental' } }: { id: string; body?: SyncRequest }) =>
      unwrap(api.POST('/api/v1/connected-accounts/{account_id}/sync', { params: { path: { account_id: id } }, body })),
    onSuccess: (started) => {
      queryClient.setQueryData(queryKeys.jobs.detail(started.job.id), started.job)
      void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.lists() })
      void queryClient.invalidateQueries({ queryKey: queryKeys.syncStatus })
    },
  })
}

// ---------------------------------------------------------------------------
// Banks linked through Plaid

/** Whether banks can be linked on this server (and if not, what to set), and whether it is Plaid's sandbox. */
export function usePlaidStatus() {
  return useQuery({
    queryKey: queryKeys.plaid.status,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/plaid/status', { signal })),
    staleTime: 5 * 60_000,
  })
}

/** What a linked bank reported, and what the ledger made of each (new, merged with an email, removed). */
export function usePlaidTransactions(accountId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.plaid.transactions(accountId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/plaid/items/{account_id}/transactions', {
          params: { path: { account_id: accountId }, query: { limit: 100 } },
          signal,
        }),
      ),
    enabled,
  })
}

/** A bank linked (through Plaid Link, or the sandbox's test bank): its first sync has started. */
function useBankLinked() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.accounts })
    void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.lists() })
    void queryClient.invalidateQueries({ queryKey: queryKeys.plaid.all })
  }
}

export function useLinkSandboxBank() {
  const linked = useBankLinked()
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/plaid/sandbox/items')),
    onSuccess: linked,
  })
}

/** Exchange the public token Plaid Link handed back. */
export function useLinkPlaidItem() {
  const linked = useBankLinked()
  return useMutation({
    mutationFn: (body: { public_token: string; institution_name?: string | null }) =>
      unwrap(api.POST('/api/v1/plaid/items', { body })),
    onSuccess: linked,
  })
}

/** A Link token; with a linked bank's id, one for Link's update mode (sign in again). */
export async function plaidLinkToken(accountId?: string): Promise<string> {
  const { link_token } = await unwrap(
    api.POST('/api/v1/plaid/link-token', { body: accountId ? { account_id: accountId } : {} }),
  )
  return link_token
}

/** Accounts, last sync and running syncs in one answer (the dashboard's summary). */
export function useSyncStatus() {
  const me = useMe()
  const userId = me.data?.id
  const live = useLiveStatus((s) => s.status === 'open')
  return useQuery({
    queryKey: queryKeys.syncStatus,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/email-sync/status/{user_id}', { params: { path: { user_id: userId! } }, signal })),
    enabled: Boolean(userId),
    refetchInterval: (query) => (!live && query.state.data?.syncing ? POLL_WHEN_OFFLINE_MS : false),
  })
}

// ---------------------------------------------------------------------------
// Emails

export function useEmails(params: EmailListParams) {
  return useQuery({
    queryKey: queryKeys.emails.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/emails', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useEmail(id: string | null) {
  return useQuery({
    queryKey: queryKeys.emails.detail(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/emails/{email_id}', { params: { path: { email_id: id! } }, signal })),
    enabled: Boolean(id),
  })
}

/**
 * Undo a merge: the email gets its own transaction again. Both emails, and every figure of the
 * ledger, are then stale.
 */
export function useSplitMerge() {
  const queryClient = useQueryClient()
  const ledgerChanged = useLedgerChanged()
  return useMutation({
    mutationFn: ({ transactionId, emailId }: { transactionId: string; emailId: string }) =>
      unwrap(
        api.POST('/api/v1/transactions/{transaction_id}/merges/{email_id}/split', {
          params: { path: { transaction_id: transactionId, email_id: emailId } },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.emails.all })
      ledgerChanged()
    },
  })
}
