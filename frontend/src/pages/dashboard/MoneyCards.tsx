import { Suspense } from 'react'
import { errorMessage } from '@/api/client'
import { useMonthlyTrend } from '@/api/ledgerQueries'
import { Alert } from '@/components/Alert'
import { Card, CardHeader } from '@/components/Card'
import { Skeleton } from '@/components/Skeleton'
import { formatMoney, formatMonth } from '@/lib/format'
import { TrendChart } from '../reports/lazyCharts'

/** Income and expense for the last six months (the chart loads with recharts, on first use). */
export function TrendCard() {
  const trend = useMonthlyTrend()
  const months = trend.data?.months ?? []
  const hasData = months.some((m) => Number(m.income) !== 0 || Number(m.expense) !== 0)
  return (
    <Card>
      <CardHeader title="Monthly trend" description="Income and expense, last 6 months" />
      <div className="p-5 sm:p-6">
        {trend.isPending ? (
          <Skeleton className="h-56" />
        ) : trend.isError ? (
          <Alert>{errorMessage(trend.error)}</Alert>
        ) : !hasData ? (
          <div className="flex h-48 items-center justify-center rounded-lg border border-dashed border-zinc-200 bg-zinc-50/60 px-4 text-center text-sm text-zinc-500">
            Your monthly chart appears here after the first import.
          </div>
        ) : (
          <>
            <div className="h-56" aria-hidden="true">
              <Suspense fallback={<Skeleton className="h-full" />}>
                <TrendChart
                  currency={trend.data.currency}
                  data={months.map((m) => ({
                    month: formatMonth(m.month, { month: 'short' }),
                    Income: Number(m.income),
                    Expense: Number(m.expense),
                  }))}
                />
              </Suspense>
            </div>
            {/* sr-only on a wrapper: a table ignores the 1px width and would widen a phone's page. */}
            <div className="sr-only">
            <table>
              <caption>Monthly income and expense</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Income</th>
                  <th scope="col">Expense</th>
                  <th scope="col">Savings rate</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{formatMonth(m.month)}</th>
                    <td>{formatMoney(m.income, trend.data.currency)}</td>
                    <td>{formatMoney(m.expense, trend.data.currency)}</td>
                    <td>{m.savings_rate === null ? '—' : `${m.savings_rate} %`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </>
        )}
      </div>
    </Card>
  )
}
