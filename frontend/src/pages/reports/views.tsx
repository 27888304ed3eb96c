/**
 * One view per analytics endpoint, for the Reports page and the dashboard. Each chart has its
 * numbers in a <table> behind it: read by screen readers always (the chart is aria-hidden), and
 * shown on screen with the view's "Show table" button. Charts come from lazyCharts (React.lazy).
 */
import { ArrowDownLeft, ArrowUpRight, Check, PiggyBank, Scale, Table2, Undo2, X } from 'lucide-react'
import { Suspense, useId, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import {
  type DayRange,
  type RecurringPayment,
  useCashFlow,
  useForecast,
  usePeriodSpend,
  usePeriodSummary,
  useRecurringSeries,
  useSetRecurringState,
  useTopMerchants,
} from '@/api/analyticsQueries'
import { errorMessage } from '@/api/client'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Skeleton } from '@/components/Skeleton'
import { cn } from '@/lib/cn'
import { formatDay, formatMoney, formatMonth, formatNumber, formatPercent } from '@/lib/format'
import { transactionsLink } from '@/lib/period'
import { CashFlowChart, ForecastChart, IncomeSankeyChart, RankedBarsChart } from './lazyCharts'
import { incomeFlows, sankeyData } from './sankey'

export interface ReportPeriod extends DayRange {
  label: string
}

// ------------------------------------------------------------------ frame

function ViewCard({
  title,
  description,
  actions,
  children,
}: {
  title: string
  description?: ReactNode
  actions?: ReactNode
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <Card>
      <section aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start justify-between gap-2 border-b border-zinc-100 px-5 py-4 sm:px-6">
          <div>
            <h2 id={headingId} className="text-base font-semibold text-zinc-900">
              {title}
            </h2>
            {description && <p className="mt-1 text-sm text-zinc-500">{description}</p>}
          </div>
          {actions}
        </div>
        <div className="p-5 sm:p-6">{children}</div>
      </section>
    </Card>
  )
}

/** A chart with its table: the table is always in the page, visible when asked for. */
function ChartWithTable({
  label,
  chart,
  table,
  height = 'h-64',
}: {
  label: string
  chart: ReactNode
  table: ReactNode
  height?: string
}) {
  const [showTable, setShowTable] = useState(false)
  const tableId = useId()
  return (
    <>
      <div className="mb-3 flex justify-end">
        <Button variant="ghost" aria-pressed={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          <Table2 aria-hidden="true" className="size-4" />
          {showTable ? 'Hide table' : 'Show table'}
        </Button>
      </div>
      <div className={height} aria-hidden="true">
        <Suspense fallback={<Skeleton className="h-full" />}>{chart}</Suspense>
      </div>
      {/* Shown: a region that scrolls sideways on a narrow screen, reachable by keyboard. */}
      <div
        id={tableId}
        className={showTable ? 'mt-4 overflow-x-auto' : 'sr-only'}
        {...(showTable ? { role: 'region', 'aria-label': `${label} table`, tabIndex: 0 } : {})}
      >
        {table}
      </div>
    </>
  )
}

function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-zinc-200 text-xs text-zinc-500">
          {head.map((h, n) => (
            <th key={h} scope="col" className={cn('py-1.5 font-medium', n > 0 && 'text-right')}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {rows.map((cells, r) => (
          <tr key={r}>
            {cells.map((cell, n) =>
              n === 0 ? (
                <th key={n} scope="row" className="py-1.5 pr-3 font-normal text-zinc-700">
                  {cell}
                </th>
              ) : (
                <td key={n} className="py-1.5 pl-3 text-right text-zinc-900 tabular-nums">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="flex h-40 items-center justify-center rounded-lg border border-dashed border-zinc-200 bg-zinc-50/60 px-4 text-center text-sm text-zinc-500">
      {children}
    </div>
  )
}

function Pending<T>({ query, children }: { query: { isPending: boolean; isError: boolean; error: unknown; data?: T }; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Skeleton className="h-48" />
  if (query.isError) return <Alert>{errorMessage(query.error)}</Alert>
  return <>{children(query.data as T)}</>
}

// ------------------------------------------------------------------ summary

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
      {hint && <p className="mt-1 text-xs text-zinc-500">{hint}</p>}
    </Card>
  )
}

/** Income, expense, net and savings rate of the period (GET /analytics/summary). */
export function PeriodSummary({ period }: { period: ReportPeriod }) {
  const summary = usePeriodSummary(period)
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
  const where = period.label.toLowerCase()
  return (
    <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4" role="group" aria-label={`Summary: ${period.label}`}>
      <Stat label="Income" value={formatMoney(s.income, s.currency)} icon={ArrowDownLeft} hint={`${formatNumber(s.transaction_count)} transactions`} />
      <Stat label="Expense" value={formatMoney(s.expense, s.currency)} icon={ArrowUpRight} hint="Refunds subtracted, transfers excluded" />
      <Stat label="Net" value={formatMoney(s.net, s.currency)} icon={Scale} />
      <Stat
        label="Savings rate"
        value={formatPercent(s.savings_rate)}
        icon={PiggyBank}
        hint={s.savings_rate === null ? `No income recorded (${where})` : 'Net as a share of income'}
      />
    </div>
  )
}

// ------------------------------------------------------------------ cash flow

const bucketLabel = (start: string, interval: string) =>
  interval === 'month' ? formatMonth(start, { month: 'short', year: '2-digit' }) : formatDay(start)

export function CashFlowView({ period }: { period: ReportPeriod }) {
  const flow = useCashFlow(period)
  const unit = flow.data ? { day: 'day', week: 'week', month: 'month' }[flow.data.interval] : 'day'
  return (
    <ViewCard title="Cash flow" description={`Income, expense and net per ${unit} · ${period.label}`}>
      <Pending query={flow}>
        {(data) =>
          data.buckets.every((b) => b.inflow === '0.00' && b.outflow === '0.00') ? (
            <Empty>No income or spending in this period.</Empty>
          ) : (
            <ChartWithTable
              label="Cash flow"
              chart={
                <CashFlowChart
                  currency={data.currency}
                  data={data.buckets.map((b) => ({
                    label: bucketLabel(b.period_start, data.interval),
                    inflow: Number(b.inflow),
                    outflow: Number(b.outflow),
                    net: Number(b.net),
                  }))}
                />
              }
              table={
                <DataTable
                  caption="Cash flow"
                  head={[data.interval === 'day' ? 'Day' : data.interval === 'week' ? 'Week of' : 'Month', 'Income', 'Expense', 'Net', 'Running total']}
                  rows={data.buckets.map((b) => [
                    bucketLabel(b.period_start, data.interval),
                    formatMoney(b.inflow, data.currency),
                    formatMoney(b.outflow, data.currency),
                    formatMoney(b.net, data.currency),
                    formatMoney(b.cumulative, data.currency),
                  ])}
                />
              }
            />
          )
        }
      </Pending>
    </ViewCard>
  )
}

// ------------------------------------------------------------------ income sankey

export function IncomeSankeyView({ period }: { period: ReportPeriod }) {
  const income = usePeriodSpend(period, 'income')
  const spending = usePeriodSpend(period, 'expense', true) // top-level categories: a readable chart
  const pending = income.isPending || spending.isPending
  const error = income.error ?? spending.error
  return (
    <ViewCard title="Where the money went" description={`From income to spending categories · ${period.label}`}>
      {pending ? (
        <Skeleton className="h-48" />
      ) : error ? (
        <Alert>{errorMessage(error)}</Alert>
      ) : (
        (() => {
          const currency = income.data!.currency
          const flows = incomeFlows(income.data!.items, spending.data!.items)
          if (flows.length === 0) return <Empty>No income or spending in this period.</Empty>
          return (
            <ChartWithTable
              label="Money flows"
              height="h-80"
              chart={<IncomeSankeyChart data={sankeyData(flows)} currency={currency} />}
              table={
                <DataTable
                  caption="Money flows from income to spending"
                  head={['From', 'To', 'Amount']}
                  rows={flows.map((f) => [f.from, f.to, formatMoney(f.amount, currency)])}
                />
              }
            />
          )
        })()
      )}
    </ViewCard>
  )
}

// ------------------------------------------------------------------ spend by category

/** Spending per category; each category opens its transactions of the period. */
export function SpendByCategoryView({ period }: { period: ReportPeriod }) {
  const spend = usePeriodSpend(period, 'expense')
  return (
    <ViewCard title="Spend by category" description={`${period.label} · open a category to see its transactions`}>
      <Pending query={spend}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No spending recorded in this period.</Empty>
          ) : (
            <>
              <div className="h-56" aria-hidden="true">
                <Suspense fallback={<Skeleton className="h-full" />}>
                  <RankedBarsChart
                    currency={data.currency}
                    data={data.items.slice(0, 8).map((i) => ({ name: i.name, amount: Number(i.amount) }))}
                  />
                </Suspense>
              </div>
              <div className="mt-4 overflow-x-auto" role="region" aria-label="Spend by category table" tabIndex={0}>
                <table aria-label="Spend by category" className="w-full text-left text-sm">
                  <thead>
                    <tr className="border-b border-zinc-200 text-xs text-zinc-500">
                      <th scope="col" className="py-1.5 font-medium">Category</th>
                      <th scope="col" className="py-1.5 text-right font-medium">Amount</th>
                      <th scope="col" className="py-1.5 text-right font-medium">Share</th>
                      <th scope="col" className="py-1.5 text-right font-medium">Payments</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-zinc-100">
                    {data.items.map((i) => (
                      <tr key={i.category_id ?? 'none'}>
                        <th scope="row" className="py-1.5 pr-3 font-normal">
                          <Link
                            to={transactionsLink(i.category_id, period)}
                            className="rounded font-medium text-brand-700 hover:text-brand-800 hover:underline"
                          >
                            {i.name}
                          </Link>
                        </th>
                        <td className="py-1.5 pl-3 text-right text-zinc-900 tabular-nums">{formatMoney(i.amount, data.currency)}</td>
                        <td className="py-1.5 pl-3 text-right text-zinc-500 tabular-nums">{formatPercent(i.share)}</td>
                        <td className="py-1.5 pl-3 text-right text-zinc-500 tabular-nums">{formatNumber(i.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </Pending>
    </ViewCard>
  )
}

// ------------------------------------------------------------------ top merchants

export function TopMerchantsView({ period }: { period: ReportPeriod }) {
  const merchants = useTopMerchants(period)
  return (
    <ViewCard title="Top merchants" description={`Where you spent most · ${period.label}`}>
      <Pending query={merchants}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No spending at a named merchant in this period.</Empty>
          ) : (
            <ChartWithTable
              label="Top merchants"
              chart={
                <RankedBarsChart currency={data.currency} data={data.items.map((m) => ({ name: m.name, amount: Number(m.amount) }))} />
              }
              table={
                <DataTable
                  caption="Top merchants"
                  head={['Merchant', 'Spent', 'Payments']}
                  rows={data.items.map((m) => [m.name, formatMoney(m.amount, data.currency), formatNumber(m.count)])}
                />
              }
            />
          )
        }
      </Pending>
    </ViewCard>
  )
}

// ------------------------------------------------------------------ forecast

export function ForecastView() {
  const forecast = useForecast()
  return (
    <ViewCard
      title="Next month's forecast"
      description={forecast.data ? `${formatMonth(forecast.data.month)}, with the range of the last three months` : 'Spending expected next month'}
    >
      <Pending query={forecast}>
        {(data) =>
          data.categories.length === 0 ? (
            <Empty>A forecast appears after a month or two of history.</Empty>
          ) : (
            <>
              <p className="mb-2 text-sm text-zinc-700">
                <span className="text-lg font-semibold text-zinc-900 tabular-nums">{formatMoney(data.total, data.currency)}</span>{' '}
                expected, between {formatMoney(data.low, data.currency)} and {formatMoney(data.high, data.currency)}
              </p>
              <ChartWithTable
                label="Forecast"
                chart={
                  <ForecastChart
                    currency={data.currency}
                    data={data.categories.slice(0, 8).map((c) => ({
                      name: c.name,
                      amount: Number(c.amount),
                      range: [Number(c.amount) - Number(c.low), Number(c.high) - Number(c.amount)],
                    }))}
                  />
                }
                table={
                  <DataTable
                    caption="Next month's forecast by category"
                    head={['Category', 'Forecast', 'Low', 'High', 'Recurring due']}
                    rows={data.categories.map((c) => [
                      c.name,
                      formatMoney(c.amount, data.currency),
                      formatMoney(c.low, data.currency),
                      formatMoney(c.high, data.currency),
                      formatMoney(c.recurring_due, data.currency),
                    ])}
                  />
                }
              />
              <p className="mt-3 text-xs text-zinc-500">{data.method}</p>
            </>
          )
        }
      </Pending>
    </ViewCard>
  )
}

// ------------------------------------------------------------------ recurring

const CADENCE: Record<string, string> = {
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  yearly: 'Yearly',
}

/** Detected recurring payments: confirm them, or dismiss one that is not (kept on the server). */
export function RecurringView({ limit, canShowDismissed = false }: { limit?: number; canShowDismissed?: boolean }) {
  const [showDismissed, setShowDismissed] = useState(false)
  const recurring = useRecurringSeries(showDismissed)
  const setState = useSetRecurringState()
  const [dismissed, setDismissed] = useState<RecurringPayment | null>(null)
  const items = (recurring.data?.items ?? [])
    .filter((i) => i.active)
    .sort((a, b) => a.next_expected_date.localeCompare(b.next_expected_date))
    .slice(0, limit)

  const act = (series: RecurringPayment, state: 'confirmed' | 'dismissed' | null) =>
    setState.mutate(
      { series, state },
      { onSuccess: () => setDismissed(state === 'dismissed' ? series : null) },
    )

  return (
    <ViewCard
      title="Recurring payments"
      description="Subscriptions and bills FinCoach has noticed: confirm them, or dismiss what is not one"
      actions={
        canShowDismissed && (
          <Button variant="ghost" aria-pressed={showDismissed} onClick={() => setShowDismissed((v) => !v)}>
            {showDismissed ? 'Hide dismissed' : 'Show dismissed'}
          </Button>
        )
      }
    >
      {dismissed && (
        <Alert tone="info" className="mb-4">
          <span className="flex flex-wrap items-center justify-between gap-2">
            {dismissed.transactor_name} is no longer treated as recurring.
            <Button variant="secondary" onClick={() => act(dismissed, null)}>
              <Undo2 aria-hidden="true" className="size-4" />
              Undo
            </Button>
          </span>
        </Alert>
      )}
      {setState.isError && <Alert className="mb-4">{errorMessage(setState.error)}</Alert>}
      <Pending query={recurring}>
        {() =>
          items.length === 0 ? (
            <Empty>No recurring payments found yet. They show up after a few months of history.</Empty>
          ) : (
            <ul aria-label="Upcoming payments" className="-my-2 divide-y divide-zinc-100">
              {items.map((i) => (
                <li key={`${i.transactor_id}-${i.currency}`} aria-label={i.transactor_name} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2.5 text-sm">
                  <span className="min-w-0 flex-1">
                    <span className="flex items-center gap-2 font-medium text-zinc-800">
                      {i.transactor_name}
                      {i.status === 'confirmed' && <Badge tone="green">Confirmed</Badge>}
                      {i.status === 'dismissed' && <Badge>Dismissed</Badge>}
                    </span>
                    <span className="block text-xs text-zinc-500">
                      {CADENCE[i.cadence] ?? i.cadence} · {formatNumber(i.occurrences)} payments · due {formatDay(i.next_expected_date)}
                    </span>
                  </span>
                  <span className="text-zinc-900 tabular-nums">{formatMoney(i.next_expected_amount, i.currency)}</span>
                  <span className="flex gap-1">
                    {i.status === 'dismissed' ? (
                      <Button variant="ghost" aria-label={`Restore ${i.transactor_name}`} onClick={() => act(i, null)}>
                        <Undo2 aria-hidden="true" className="size-4" />
                        Restore
                      </Button>
                    ) : i.status === 'confirmed' ? (
                      <Button variant="ghost" aria-label={`Undo confirming ${i.transactor_name}`} onClick={() => act(i, null)}>
                        <Undo2 aria-hidden="true" className="size-4" />
                        Undo
                      </Button>
                    ) : (
                      <Button variant="ghost" aria-label={`Confirm ${i.transactor_name}`} onClick={() => act(i, 'confirmed')}>
                        <Check aria-hidden="true" className="size-4" />
                        Confirm
                      </Button>
                    )}
                    {i.status !== 'dismissed' && (
                      <Button variant="ghost" aria-label={`Dismiss ${i.transactor_name}`} onClick={() => act(i, 'dismissed')}>
                        <X aria-hidden="true" className="size-4" />
                        Dismiss
                      </Button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Pending>
    </ViewCard>
  )
}
