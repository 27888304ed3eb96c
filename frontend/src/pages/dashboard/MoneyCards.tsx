import { ArrowDownLeft, ArrowUpRight, PiggyBank, Scale } from 'lucide-react'
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { errorMessage } from '@/api/client'
import { useMonthlyTrend, useSpendByCategory, useSummary } from '@/api/ledgerQueries'
import { Alert } from '@/components/Alert'
import { Card, CardHeader } from '@/components/Card'
import { Skeleton } from '@/components/Skeleton'
import { formatMoney, formatMonth, formatNumber, formatPercent } from '@/lib/format'

export const CHART_COLOURS = ['#059669', '#0ea5e9', '#f59e0b', '#8b5cf6', '#ef4444', '#14b8a6', '#ec4899', '#64748b']

function Stat({ label, value, hint, icon: Icon }: { label: string; value: string; hint?: string; icon: typeof Scale }) {
  return (
    <Card className="p-4 sm:p-5">
      <div className="flex items-center justify-between">
        <p className="text-sm font-medium text-zinc-500">{label}</p>
        <Icon aria-hidden="true" className="size-4 text-zinc-400" />
      </div>
      <p className="mt-3 text-lg font-semibold tracking-tight text-zinc-900 tabular-nums sm:text-2xl" aria-label={`${label}: ${value}`}>
        {value}
      </p>
      {hint && <p className="mt-1 text-xs text-zinc-400">{hint}</p>}
    </Card>
  )
}

/** This month's income, expense, net and savings rate (GET /analytics/summary). */
export function SummaryCards() {
  const summary = useSummary()
  if (summary.isPending)
    return (
      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4" aria-busy="true">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-28" />
        ))}
      </div>
    )
  if (summary.isError) return <Alert>{errorMessage(summary.error)}</Alert>
  const s = summary.data
  const count = `${formatNumber(s.transaction_count)} transactions this month`
  return (
    <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4" role="group" aria-label="This month">
      <Stat label="Income" value={formatMoney(s.income, s.currency)} icon={ArrowDownLeft} hint={count} />
      <Stat label="Expense" value={formatMoney(s.expense, s.currency)} icon={ArrowUpRight} hint="Refunds subtracted, transfers excluded" />
      <Stat label="Net" value={formatMoney(s.net, s.currency)} icon={Scale} />
      <Stat
        label="Savings rate"
        value={formatPercent(s.savings_rate)}
        icon={PiggyBank}
        hint={s.savings_rate === null ? 'No income recorded this month' : 'Net as a share of income'}
      />
    </div>
  )
}

function EmptyChart({ children }: { children: string }) {
  return (
    <div className="flex h-48 items-center justify-center rounded-lg border border-dashed border-zinc-200 bg-zinc-50/60 px-4 text-center text-sm text-zinc-500">
      {children}
    </div>
  )
}

/** Where this month's money went: bars plus a list with the exact amounts. */
export function SpendByCategoryCard() {
  const spend = useSpendByCategory()
  const data = spend.data
  const items = data?.items ?? []
  return (
    <Card>
      <CardHeader title="Spend by category" description="This month" />
      <div className="p-5 sm:p-6">
        {spend.isPending ? (
          <Skeleton className="h-48" />
        ) : spend.isError ? (
          <Alert>{errorMessage(spend.error)}</Alert>
        ) : items.length === 0 ? (
          <EmptyChart>No spending recorded this month yet.</EmptyChart>
        ) : (
          <>
            <div className="h-48" aria-hidden="true">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={items.slice(0, 8).map((i) => ({ name: i.name, amount: Number(i.amount) }))} layout="vertical" margin={{ left: 8, right: 8 }}>
                  <XAxis type="number" hide />
                  <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} />
                  <Tooltip formatter={(v) => formatMoney(String(v), data!.currency)} />
                  <Bar dataKey="amount" radius={[0, 4, 4, 0]}>
                    {items.slice(0, 8).map((i, n) => (
                      <Cell key={i.category_id ?? 'none'} fill={CHART_COLOURS[n % CHART_COLOURS.length]} />
                    ))}
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </div>
            <ul aria-label="Spend by category" className="mt-4 divide-y divide-zinc-100 text-sm">
              {items.map((i) => (
                <li key={i.category_id ?? 'none'} aria-label={i.name} className="flex items-center justify-between py-1.5">
                  <span className="text-zinc-700">{i.name}</span>
                  <span className="tabular-nums text-zinc-900">
                    {formatMoney(i.amount, data!.currency)}
                    <span className="ml-2 text-xs text-zinc-400">{formatPercent(i.share)}</span>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Card>
  )
}


/** Income and expense for the last six months. */
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
          <EmptyChart>Your monthly chart appears here after the first import.</EmptyChart>
        ) : (
          <div className="h-56" role="img" aria-label="Monthly income and expense chart">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={months.map((m) => ({
                  month: formatMonth(m.month, { month: 'short' }),
                  Income: Number(m.income),
                  Expense: Number(m.expense),
                }))}
              >
                <CartesianGrid vertical={false} stroke="#f4f4f5" />
                <XAxis dataKey="month" tick={{ fontSize: 12 }} />
                <YAxis tick={{ fontSize: 12 }} width={60} />
                <Tooltip formatter={(v) => formatMoney(String(v), trend.data!.currency)} />
                <Legend />
                <Bar dataKey="Income" fill="#059669" radius={[4, 4, 0, 0]} />
                <Bar dataKey="Expense" fill="#f59e0b" radius={[4, 4, 0, 0]} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </div>
    </Card>
  )
}
