/** The reports' queries (GET /api/v1/analytics/...), each for a period of the user's days. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { intervalFor } from '@/lib/period'
import { usePreferencesStore } from '@/lib/preferences'
import { api, unwrap } from './client'
import type { components } from './schema'

type Schemas = components['schemas']

export type CashFlow = Schemas['CashFlow']
export type TopMerchants = Schemas['TopMerchants']
export type Forecast = Schemas['Forecast']
export type RecurringPayment = Schemas['RecurringPayment']

export interface DayRange {
  from: string
  to: string
}

const range = (p: DayRange) => ({ date_from: p.from, date_to: p.to })

// Keys start with 'analytics': a ledger change invalidates them all (ledgerQueries).
export const analyticsKeys = {
  summary: (p: DayRange) => ['analytics', 'summary', p] as const,
  spend: (p: DayRange, side: 'expense' | 'income', rollup: boolean) =>
    ['analytics', 'spend-by-category', side, rollup, p] as const,
  cashFlow: (p: DayRange, weekStart: number) => ['analytics', 'cash-flow', p, weekStart] as const,
  merchants: (p: DayRange) => ['analytics', 'top-merchants', p] as const,
  forecast: ['analytics', 'forecast'] as const,
  recurring: ['analytics', 'recurring'] as const,
}

// keepPreviousData: a new period keeps the old figures on screen until the new ones arrive.
export const usePeriodSummary = (p: DayRange) =>
  useQuery({
    queryKey: analyticsKeys.summary(p),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/analytics/summary', { params: { query: range(p) }, signal })),
    placeholderData: keepPreviousData,
  })

/** Per category as assigned, or with `rollup` subcategories folded into their parent. */
export const usePeriodSpend = (p: DayRange, side: 'expense' | 'income' = 'expense', rollup = false) =>
  useQuery({
    queryKey: analyticsKeys.spend(p, side, rollup),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/analytics/spend-by-category', { params: { query: { ...range(p), side, rollup } }, signal })),
    placeholderData: keepPreviousData,
  })

export function useCashFlow(p: DayRange) {
  const weekStart = usePreferencesStore((s) => s.weekStart)
  return useQuery({
    queryKey: analyticsKeys.cashFlow(p, weekStart),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/analytics/cash-flow', {
          params: { query: { ...range(p), interval: intervalFor(p.from, p.to), week_start: weekStart } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  })
}

export const useTopMerchants = (p: DayRange, limit = 10) =>
  useQuery({
    queryKey: analyticsKeys.merchants(p),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/analytics/top-merchants', { params: { query: { ...range(p), limit } }, signal })),
    placeholderData: keepPreviousData,
  })

/** Next month's forecast (always as of today: it is not a report of a past period). */
export const useForecast = () =>
  useQuery({
    queryKey: analyticsKeys.forecast,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/analytics/forecast', { signal })),
  })

/** Active series; with `includeDismissed` the dismissed ones too (to restore one). */
export const useRecurringSeries = (includeDismissed = false) =>
  useQuery({
    queryKey: [...analyticsKeys.recurring, { includeDismissed }],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/analytics/recurring', { params: { query: { include_dismissed: includeDismissed } }, signal })),
    placeholderData: keepPreviousData,
  })

/** Confirm or dismiss a detected series (kept on the server for good); `null` forgets the word. */
export function useSetRecurringState() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ series, state }: { series: RecurringPayment; state: 'confirmed' | 'dismissed' | null }) => {
      const path = { transactor_id: series.transactor_id }
      return state === null
        ? unwrap(
            api.DELETE('/api/v1/analytics/recurring/{transactor_id}/state', {
              params: { path, query: { currency: series.currency } },
            }),
          )
        : unwrap(
            api.PUT('/api/v1/analytics/recurring/{transactor_id}/state', {
              params: { path },
              body: { currency: series.currency, state },
            }),
          )
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: analyticsKeys.recurring })
      void queryClient.invalidateQueries({ queryKey: analyticsKeys.forecast })
    },
  })
}
