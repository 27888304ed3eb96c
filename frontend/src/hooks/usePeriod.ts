import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { type Period, type PeriodKey, periodFromParams, withPeriod } from '@/lib/period'
import { todayIn } from '@/lib/timezone'

/**
 * The report period kept in the URL (`?period=…`, `&from=…&to=…` when custom): a reload, the
 * back button and a shared link all show the same period. Days are today's in the user's zone.
 */
export function usePeriod(): [Period, (key: PeriodKey, custom?: { from: string; to: string }) => void] {
  const [params, setParams] = useSearchParams()
  const today = todayIn()
  const period = useMemo(() => periodFromParams(params, today), [params, today])
  const choose = useCallback(
    (key: PeriodKey, custom?: { from: string; to: string }) => setParams((current) => withPeriod(current, key, custom)),
    [setParams],
  )
  return [period, choose]
}
