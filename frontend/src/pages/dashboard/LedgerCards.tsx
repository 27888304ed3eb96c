import { Link } from 'react-router'
import { errorMessage } from '@/api/client'
import { useBudgets, useLatestTransactions } from '@/api/ledgerQueries'
import type { Budget } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Card, CardHeader } from '@/components/Card'
import { ProgressBar } from '@/components/ProgressBar'
import { Skeleton } from '@/components/Skeleton'
import { formatMoney, formatShortDate } from '@/lib/format'

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="px-5 py-6 text-sm text-zinc-500 sm:px-6">{children}</p>
}

function Loading() {
  return (
    <div className="space-y-2 p-5" aria-busy="true">
      <Skeleton className="h-5 w-full" />
      <Skeleton className="h-5 w-2/3" />
    </div>
  )
}

/** One budget's spent / available bar; red once over. */
export function BudgetBar({ budget }: { budget: Budget }) {
  const name = budget.category_name ?? 'Overall'
  const percent = budget.percent === null ? 0 : Number(budget.percent)
  const over = budget.remaining.startsWith('-')
  return (
    <div>
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium text-zinc-800">{name}</span>
        <span className="text-zinc-500 tabular-nums">
          {formatMoney(budget.spent, budget.currency)} of {formatMoney(budget.available, budget.currency)}
        </span>
      </div>
      <ProgressBar className="mt-1.5" value={percent} label={`Budget ${name}`} tone={over ? 'red' : 'brand'} size="sm" />
      <p className={over ? 'mt-1 text-xs text-red-700' : 'mt-1 text-xs text-zinc-500'}>
        {over
          ? `${formatMoney(budget.remaining.slice(1), budget.currency)} over`
          : `${formatMoney(budget.remaining, budget.currency)} left`}
      </p>
    </div>
  )
}

export function BudgetsCard() {
  const budgets = useBudgets()
  return (
    <Card>
      <CardHeader title="Budgets" description="This month" />
      {budgets.isPending ? (
        <Loading />
      ) : budgets.isError ? (
        <Alert className="m-5">{errorMessage(budgets.error)}</Alert>
      ) : budgets.data.length === 0 ? (
        <Empty>
          No budgets yet. <Link to="/budgets" className="font-medium text-brand-700">Set one</Link>
        </Empty>
      ) : (
        <div className="space-y-4 p-5 sm:p-6">
          {budgets.data.map((b) => (
            <BudgetBar key={b.id} budget={b} />
          ))}
        </div>
      )}
    </Card>
  )
}

export function LatestTransactionsCard() {
  const latest = useLatestTransactions(5)
  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center justify-between">
            Latest transactions
            <Link to="/transactions" className="text-sm font-medium text-brand-700">
              View all
            </Link>
          </span>
        }
      />
      {latest.isPending ? (
        <Loading />
      ) : latest.isError ? (
        <Alert className="m-5">{errorMessage(latest.error)}</Alert>
      ) : latest.data.items.length === 0 ? (
        <Empty>No transactions yet.</Empty>
      ) : (
        <ul aria-label="Latest transactions" className="divide-y divide-zinc-100">
          {latest.data.items.map((t) => (
            <li key={t.id} className="flex items-center justify-between gap-3 px-5 py-2.5 text-sm sm:px-6">
              <span className="min-w-0">
                <span className="block truncate font-medium text-zinc-800">{t.transactor_name || t.description}</span>
                <span className="block text-xs text-zinc-500">
                  {formatShortDate(t.occurred_at)} · {t.category_name ?? 'Uncategorised'}
                </span>
              </span>
              <span className={t.type === 'credit' ? 'tabular-nums text-brand-700' : 'tabular-nums text-zinc-900'}>
                {t.type === 'credit' ? '+' : '−'}
                {formatMoney(t.amount, t.currency)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
