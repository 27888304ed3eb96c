import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import * as ledger from './ledger'
import type { TransactionFilters } from './ledger'
import type { Transaction, TransactionUpdate } from './types'

export const ledgerKeys = {
  transactions: ['transactions'] as const,
  transactionList: (filters: TransactionFilters) => ['transactions', 'list', filters] as const,
  categories: ['categories'] as const,
  rules: ['category-rules'] as const,
  budgets: ['budgets'] as const,
  goals: ['goals'] as const,
  analytics: ['analytics'] as const,
  summary: ['analytics', 'summary'] as const,
  spend: ['analytics', 'spend-by-category'] as const,
  trend: ['analytics', 'monthly-trend'] as const,
  recurring: ['analytics', 'recurring'] as const,
}

export function useTransactions(filters: TransactionFilters) {
  return useInfiniteQuery({
    queryKey: ledgerKeys.transactionList(filters),
    queryFn: ({ pageParam, signal }) => ledger.listTransactions(filters, pageParam, signal),
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
    mutationFn: ({ id, body }: { id: string; body: TransactionUpdate }) => ledger.updateTransaction(id, body),
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
      ledger.bulkRecategorise(ids, categoryId),
    onSuccess: changed,
  })
}

export function useCreateTransaction() {
  const changed = useLedgerChanged()
  return useMutation({ mutationFn: ledger.createTransaction, onSuccess: changed })
}

export function useCategories() {
  return useQuery({ queryKey: ledgerKeys.categories, queryFn: ({ signal }) => ledger.listCategories(signal), staleTime: 60_000 })
}

export function useRules() {
  return useQuery({ queryKey: ledgerKeys.rules, queryFn: ({ signal }) => ledger.listRules(signal) })
}

export function useBudgets() {
  return useQuery({ queryKey: ledgerKeys.budgets, queryFn: ({ signal }) => ledger.listBudgets(signal) })
}

export function useGoals() {
  return useQuery({ queryKey: ledgerKeys.goals, queryFn: ({ signal }) => ledger.listGoals(signal) })
}

export const useSummary = () =>
  useQuery({ queryKey: ledgerKeys.summary, queryFn: ({ signal }) => ledger.getSummary(signal) })
export const useSpendByCategory = () =>
  useQuery({ queryKey: ledgerKeys.spend, queryFn: ({ signal }) => ledger.getSpendByCategory(signal) })
export const useMonthlyTrend = () =>
  useQuery({ queryKey: ledgerKeys.trend, queryFn: ({ signal }) => ledger.getMonthlyTrend(signal) })
export const useRecurring = () =>
  useQuery({ queryKey: ledgerKeys.recurring, queryFn: ({ signal }) => ledger.getRecurring(signal) })

export const useLatestTransactions = (count = 5) =>
  useQuery({
    queryKey: ['transactions', 'latest', count],
    queryFn: ({ signal }) => ledger.listTransactions({}, null, signal, count),
  })

/** Bank accounts and cards (the ledger's, not the connected mailboxes). */
export const useMoneyAccounts = () =>
  useQuery({ queryKey: ['money-accounts'], queryFn: ({ signal }) => ledger.listMoneyAccounts(signal), staleTime: 60_000 })
