/** The ledger's queries: transactions, categories, rules, budgets, goals and analytics (app/api/v1). */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from './client'
import type { Transaction, TransactionCreate, TransactionQuery, TransactionUpdate } from './types'

const listTransactions = (query: TransactionQuery, signal: AbortSignal) =>
  unwrap(api.GET('/api/v1/transactions', { params: { query }, signal }))

export const ledgerKeys = {
  transactions: ['transactions'] as const,
  transactionList: (filters: TransactionQuery) => ['transactions', 'list', filters] as const,
  categories: ['categories'] as const,
  rules: ['category-rules'] as const,
  budgets: ['budgets'] as const,
  goals: ['goals'] as const,
  analytics: ['analytics'] as const,
  trend: ['analytics', 'monthly-trend'] as const,
}

export function useTransactions(filters: TransactionQuery, pageSize = 50) {
  return useInfiniteQuery({
    queryKey: ledgerKeys.transactionList(filters),
    queryFn: ({ pageParam, signal }) => listTransactions({ ...filters, cursor: pageParam, limit: pageSize }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  })
}

/** After the ledger changes, every figure that depends on it is stale. */
export function useLedgerChanged() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: ledgerKeys.transactions })
    void queryClient.invalidateQueries({ queryKey: ledgerKeys.analytics })
    void queryClient.invalidateQueries({ queryKey: ledgerKeys.budgets })
  }
}

export function useUpdateTransaction() {
  const queryClient = useQueryClient()
  const changed = useLedgerChanged()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TransactionUpdate }) =>
      unwrap(api.PATCH('/api/v1/transactions/{transaction_id}', { params: { path: { transaction_id: id } }, body })),
    onSuccess: (updated: Transaction) => {
      // Patch the row in every cached page at once, then refetch in the background.
      queryClient.setQueriesData<{ pages: { items: Transaction[] }[] }>({ queryKey: ['transactions', 'list'] }, (data) =>
        data
          ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.map((t) => (t.id === updated.id ? updated : t)) })) }
          : data,
      )
      changed()
    },
  })
}

export function useBulkRecategorise() {
  const changed = useLedgerChanged()
  return useMutation({
    mutationFn: ({ ids, categoryId }: { ids: string[]; categoryId: string | null }) =>
      unwrap(api.POST('/api/v1/transactions/bulk-recategorise', { body: { ids, category_id: categoryId } })),
    onSuccess: changed,
  })
}

export function useCreateTransaction() {
  const changed = useLedgerChanged()
  return useMutation({
    mutationFn: (body: TransactionCreate) => unwrap(api.POST('/api/v1/transactions', { body })),
    onSuccess: changed,
  })
}

export function useCategories() {
  return useQuery({
    queryKey: ledgerKeys.categories,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/categories', { signal })),
    staleTime: 60_000,
  })
}

export function useRules() {
  return useQuery({ queryKey: ledgerKeys.rules, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/category-rules', { signal })) })
}

export function useBudgets() {
  return useQuery({ queryKey: ledgerKeys.budgets, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/budgets', { signal })) })
}

export function useGoals() {
  return useQuery({ queryKey: ledgerKeys.goals, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/goals', { signal })) })
}

// Analytics over a chosen period: analyticsQueries.ts.
export const useMonthlyTrend = () =>
  useQuery({
    queryKey: ledgerKeys.trend,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/analytics/monthly-trend', { params: { query: { months: 6 } }, signal })),
  })

export const useLatestTransactions = (count = 5) =>
  useQuery({
    queryKey: ['transactions', 'latest', count],
    queryFn: ({ signal }) => listTransactions({ limit: count }, signal),
  })

/** Bank accounts and cards (the ledger's, not the connected mailboxes). */
export const useMoneyAccounts = () =>
  useQuery({
    queryKey: ['money-accounts'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts', { signal })),
    staleTime: 60_000,
  })
