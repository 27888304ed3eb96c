/** One transaction in the drawer (detail, source, splits) and the ledger's accounts page. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from './client'
import { useLedgerChanged } from './ledgerQueries'
import type { components } from './schema'

type Schemas = components['schemas']
export type TransactionDetail = Schemas['TransactionDetail']
export type TransactionSource = Schemas['SourcePublic']
export type SplitIn = Schemas['SplitIn']
export type AccountBalance = Schemas['AccountBalance']
export type AccountUpdate = Schemas['AccountUpdate']

export const transactionKeys = {
  detail: (id: string) => ['transactions', 'detail', id] as const,
  source: (id: string) => ['transactions', 'source', id] as const,
  balances: ['money-accounts', 'balances'] as const,
}

export function useTransaction(id: string | null) {
  return useQuery({
    queryKey: transactionKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/transactions/{transaction_id}', { params: { path: { transaction_id: id! } }, signal })),
    enabled: Boolean(id),
  })
}

export function useTransactionSource(id: string | null) {
  return useQuery({
    queryKey: transactionKeys.source(id ?? ''),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/transactions/{transaction_id}/source', { params: { path: { transaction_id: id! } }, signal })),
    enabled: Boolean(id),
    staleTime: 60_000,
  })
}

export function useSetSplits() {
  const queryClient = useQueryClient()
  const changed = useLedgerChanged()
  return useMutation({
    mutationFn: ({ id, splits }: { id: string; splits: SplitIn[] }) =>
      unwrap(api.PUT('/api/v1/transactions/{transaction_id}/splits', { params: { path: { transaction_id: id } }, body: { splits } })),
    onSuccess: (updated) => {
      queryClient.setQueryData(transactionKeys.detail(updated.id), updated)
      changed()
    },
  })
}

export function useAccountBalances() {
  return useQuery({
    queryKey: transactionKeys.balances,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts/balances', { signal })),
  })
}

/** After an account changes: its lists, the balances, and the transactions naming it. */
function useAccountsChanged() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['money-accounts'] })
    void queryClient.invalidateQueries({ queryKey: ['transactions'] })
  }
}

export function useUpdateAccount() {
  const changed = useAccountsChanged()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AccountUpdate }) =>
      unwrap(api.PATCH('/api/v1/accounts/{account_id}', { params: { path: { account_id: id } }, body })),
    onSuccess: changed,
  })
}

export function useMergeAccount() {
  const changed = useAccountsChanged()
  return useMutation({
    mutationFn: ({ id, intoId }: { id: string; intoId: string }) =>
      unwrap(api.POST('/api/v1/accounts/{account_id}/merge', { params: { path: { account_id: id } }, body: { into_id: intoId } })),
    onSuccess: changed,
  })
}
