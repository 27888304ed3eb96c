import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, errorMessage, unwrap } from '@/api/client'
import { ledgerKeys } from '@/api/ledgerQueries'
import type { components } from '@/api/schema'
import { Alert } from '@/components/Alert'
import { Badge, type BadgeTone } from '@/components/Badge'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { Skeleton } from '@/components/Skeleton'
import { formatDay, formatMoney, formatMonth } from '@/lib/format'

type Insights = components['schemas']['Insights']
type BudgetSuggestion = components['schemas']['BudgetSuggestion']
type CategoryVsUsual = components['schemas']['CategoryVsUsual']

/** Under the analytics keys: a ledger change (useLedgerChanged) refreshes the insights too. */
export const insightsKey = [...ledgerKeys.analytics, 'insights'] as const

export function useInsights() {
  return useQuery({
    queryKey: insightsKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/insights', { signal })),
  })
}

/** Set a category's budget to the suggestion: change the budget it has, or create one. */
function useApplySuggestion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (s: BudgetSuggestion) =>
      s.current_budget
        ? unwrap(
            api.PATCH('/api/v1/budgets/{budget_id}', {
              params: { path: { budget_id: s.current_budget.id } },
              body: { amount: s.suggested },
            }),
          )
        : unwrap(api.POST('/api/v1/budgets', { body: { category_id: s.category_id, amount: s.suggested } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.budgets })
      void queryClient.invalidateQueries({ queryKey: insightsKey })
    },
  })
}

const STATUS: Record<CategoryVsUsual['status'], { label: string; tone: BadgeTone }> = {
  above: { label: 'Above usual', tone: 'amber' },
  below: { label: 'Below usual', tone: 'green' },
  as_usual: { label: 'As usual', tone: 'zinc' },
  new: { label: 'New', tone: 'blue' },
}

function signedPercent(value: string | null): string {
  if (value === null) return ''
  const n = Number(value)
  return `${n > 0 ? '+' : ''}${n.toFixed(1).replace(/\.0$/, '')} %`
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `insights-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`
  return (
    <section aria-labelledby={id} className="px-5 py-4 sm:px-6">
      <h3 id={id} className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">
        {title}
      </h3>
      <ul className="mt-2 divide-y divide-zinc-100">{children}</ul>
    </section>
  )
}

function SuggestionItem({ suggestion, currency }: { suggestion: BudgetSuggestion; currency: string }) {
  const apply = useApplySuggestion()
  const budget = suggestion.current_budget
  const matches = budget !== null && Number(budget.amount) === Number(suggestion.suggested) && budget.currency === currency
  const months = suggestion.monthly_totals.map((m) => `${formatMonth(m.month, { month: 'short' })} ${formatMoney(m.amount, currency)}`)
  return (
    <li aria-label={`Budget for ${suggestion.name}`} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
      <div className="min-w-0">
        <p className="text-sm font-medium text-zinc-900">
          {suggestion.name}: <span className="tabular-nums">{formatMoney(suggestion.suggested, currency)}</span> a month
        </p>
        <p className="text-xs text-zinc-500" title={months.join(' · ')}>
          Median of 6 months (the average would be {formatMoney(suggestion.mean, currency)})
          {budget ? ` · your budget: ${formatMoney(budget.amount, budget.currency)}` : ''}
        </p>
        {apply.isError && <p className="text-xs text-red-700">{errorMessage(apply.error)}</p>}
      </div>
      {matches ? (
        <Badge tone="green">Your budget</Badge>
      ) : (
        <Button
          variant="secondary"
          loading={apply.isPending}
          onClick={() => apply.mutate(suggestion)}
          aria-label={`Set the ${suggestion.name} budget to ${formatMoney(suggestion.suggested, currency)}`}
        >
          {budget ? 'Update budget' : 'Set budget'}
        </Button>
      )}
    </li>
  )
}

function Body({ insights }: { insights: Insights }) {
  const { currency } = insights
  const versus = insights.month_vs_usual.filter((v) => v.status !== 'as_usual').slice(0, 5)
  const empty =
    !insights.budget_suggestions.length &&
    !versus.length &&
    !insights.unusual_transactions.length &&
    !insights.price_changes.length
  if (empty) {
    return (
      <p className="px-5 py-6 text-sm text-zinc-500 sm:px-6">
        Nothing stands out yet. Insights appear once there are a few months of history.
      </p>
    )
  }
  return (
    <div className="divide-y divide-zinc-100">
      {versus.length > 0 && (
        <Section title="This month vs your usual">
          {versus.map((v) => (
            <li key={v.category_id ?? 'none'} aria-label={`${v.name} this month`} className="flex items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <p className="text-sm font-medium text-zinc-900">{v.name}</p>
                <p className="text-xs text-zinc-500 tabular-nums">
                  {formatMoney(v.this_month, currency)} so far · usually {formatMoney(v.usual_to_date, currency)} by now
                </p>
              </div>
              <Badge tone={STATUS[v.status].tone}>
                {STATUS[v.status].label} {signedPercent(v.percent)}
              </Badge>
            </li>
          ))}
        </Section>
      )}
      {insights.unusual_transactions.length > 0 && (
        <Section title="Unusual payments">
          {insights.unusual_transactions.map((t) => (
            <li key={t.transaction_id} aria-label={`Unusual payment to ${t.merchant}`} className="py-2">
              <p className="text-sm text-zinc-900">
                <span className="font-medium">{t.merchant}</span> · {formatMoney(t.amount, t.currency)} on {formatDay(t.date)}
              </p>
              <p className="text-xs text-zinc-500 tabular-nums">
                Usually about {formatMoney(t.median, t.currency)} (from {t.history_count} payments; z = {t.z_score})
              </p>
            </li>
          ))}
        </Section>
      )}
      {insights.price_changes.length > 0 && (
        <Section title="Price changes">
          {insights.price_changes.map((c) => (
            <li key={`${c.transactor_id}-${c.currency}`} aria-label={`Price change at ${c.merchant}`} className="py-2">
              <p className="text-sm text-zinc-900">
                <span className="font-medium">{c.merchant}</span> went from {formatMoney(c.old_amount, c.currency)} to{' '}
                {formatMoney(c.new_amount, c.currency)} ({signedPercent(c.percent)})
              </p>
              <p className="text-xs text-zinc-500">
                Since {formatDay(c.changed_on)} · {c.cadence} · {c.payments_at_new_price} payment
                {c.payments_at_new_price === 1 ? '' : 's'} at the new price
              </p>
            </li>
          ))}
        </Section>
      )}
      {insights.budget_suggestions.length > 0 && (
        <Section title="Suggested budgets">
          {insights.budget_suggestions.map((s) => (
            <SuggestionItem key={s.category_id} suggestion={s} currency={currency} />
          ))}
        </Section>
      )}
    </div>
  )
}

/** Dashboard: budgets suggested from your last months, this month against your usual, unusual
 *  payments and subscription price changes (definitions: docs/analytics.md, "Insights"). */
export function InsightsCard() {
  const insights = useInsights()
  return (
    <Card>
      <CardHeader title="Insights" description="From your last six months" />
      {insights.isPending ? (
        <div className="space-y-2 p-5" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : insights.isError ? (
        <Alert className="m-5">{errorMessage(insights.error)}</Alert>
      ) : (
        <Body insights={insights.data} />
      )}
    </Card>
  )
}
