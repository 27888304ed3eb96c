import { Mail, Plug, Tags, Upload } from 'lucide-react'
import { Link } from 'react-router'
import { useCashFlow, usePeriodSummary } from '@/api/analyticsQueries'
import { useMe, useSyncStatus } from '@/api/queries'
import { ButtonLink } from '@/components/ButtonLink'
import { Card } from '@/components/Card'
import { Skeleton } from '@/components/Skeleton'
import { PeriodPicker } from '@/components/PeriodPicker'
import { usePageTitle } from '@/hooks/usePageTitle'
import { usePeriod } from '@/hooks/usePeriod'
import { hourIn } from '@/lib/timezone'
import { InsightsCard } from './dashboard/InsightsCard'
import { BudgetsCard, LatestTransactionsCard } from './dashboard/LedgerCards'
import { TrendCard } from './dashboard/MoneyCards'
import { CashFlowView, ForecastView, PeriodSummary, RecurringView, SpendByCategoryView } from './reports/views'
import { SyncStatusCard, SyncStatusError, SyncStatusSkeleton } from './dashboard/SyncStatusCard'

function greeting(date = new Date()): string {
  const hour = hourIn(date)
  if (hour < 5) return 'Good evening'
  if (hour < 12) return 'Good morning'
  if (hour < 18) return 'Good afternoon'
  return 'Good evening'
}

const steps = [
  {
    icon: Plug,
    title: 'Connect your mailbox',
    body: 'Link the Gmail or IMAP inbox where your bank alerts and receipts arrive.',
    to: '/accounts',
    cta: 'Connected accounts',
  },
  {
    icon: Mail,
    title: 'Let FinCoach import',
    body: 'It reads past alerts and receipts in the background and keeps up with new ones.',
    to: '/jobs',
    cta: 'Jobs',
  },
  {
    icon: Tags,
    title: 'Review and categorise',
    body: 'Check the transactions it found, fix categories and add rules once.',
    to: '/transactions',
    cta: 'Transactions',
  },
]

export function DashboardPage() {
  usePageTitle('Dashboard')
  const me = useMe()
  const sync = useSyncStatus()
  const hasMailbox = (sync.data?.accounts.length ?? 0) > 0
  const firstName = me.data?.full_name?.trim().split(/\s+/)[0]
  const [period, choose] = usePeriod()
  // The period's figures first: the cards below the fold (and their heavier reports: the
  // forecast and recurring detection read two years) ask the server once those have arrived,
  // so they do not compete with them for the API's time.
  const summaryLoaded = !usePeriodSummary(period).isPending
  const cashFlowLoaded = !useCashFlow(period).isPending
  const belowTheFold = summaryLoaded && cashFlowLoaded

  return (
    <>
      <div className="mb-8">
        {me.isPending ? (
          <div role="status" aria-busy="true" aria-label="Loading">
            <Skeleton className="h-8 w-64" />
            <Skeleton className="mt-3 h-4 w-80 max-w-full" />
          </div>
        ) : (
          <>
            <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">
              {greeting()}
              {firstName ? `, ${firstName}` : ''}
            </h1>
            <p className="mt-1 text-sm text-zinc-500">
              {!hasMailbox
                ? 'Your ledger is empty for now. Connect a mailbox and FinCoach will fill it in.'
                : sync.data?.syncing
                  ? 'FinCoach is importing your mail. Progress updates live below.'
                  : 'Your mailbox is connected. Transactions appear here as FinCoach reads your bank alerts.'}
            </p>
          </>
        )}
      </div>

      {me.isError ? (
        <SyncStatusError error={me.error} onRetry={() => void me.refetch()} />
      ) : sync.isPending ? (
        <SyncStatusSkeleton />
      ) : sync.isError ? (
        <SyncStatusError error={sync.error} onRetry={() => void sync.refetch()} />
      ) : hasMailbox ? (
        <SyncStatusCard status={sync.data} />
      ) : (
        <Card className="overflow-hidden">
          <div className="border-b border-zinc-100 bg-linear-to-r from-brand-50 to-white px-5 py-5 sm:px-6">
            <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">Next step</p>
            <h2 className="mt-1 text-lg font-semibold text-zinc-900">Connect a mailbox to get started</h2>
            <p className="mt-1 max-w-2xl text-sm text-zinc-600">
              FinCoach builds your ledger from the bank alerts and receipts already in your inbox. Nothing is shown
              here until a mailbox is connected.
            </p>
            <div className="mt-4 flex flex-wrap gap-2">
              <ButtonLink to="/accounts">
                <Plug aria-hidden="true" className="size-4" />
                Connect a mailbox
              </ButtonLink>
              <ButtonLink to="/accounts" variant="secondary">
                <Upload aria-hidden="true" className="size-4" />
                Upload your mail export
              </ButtonLink>
            </div>
          </div>
          <ol className="grid divide-y divide-zinc-100 sm:grid-cols-3 sm:divide-x sm:divide-y-0">
            {steps.map((step, index) => (
              <li key={step.title} className="flex gap-4 px-5 py-5 sm:flex-col sm:gap-3 sm:px-6">
                <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-sm font-semibold text-zinc-700">
                  {index + 1}
                </span>
                <div>
                  <h3 className="text-sm font-semibold text-zinc-900">{step.title}</h3>
                  <p className="mt-1 text-sm text-zinc-500">{step.body}</p>
                  <Link
                    to={step.to}
                    className="mt-2 inline-block rounded text-sm font-medium text-brand-700 hover:text-brand-800"
                  >
                    {step.cta} <span aria-hidden="true">→</span>
                  </Link>
                </div>
              </li>
            ))}
          </ol>
        </Card>
      )}

      <div className="mt-8 flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-lg font-semibold text-zinc-900">{period.label}</h2>
        <PeriodPicker key={`${period.key}|${period.from}|${period.to}`} period={period} onChange={choose} />
      </div>
      <div className="mt-4">
        <PeriodSummary period={period} />
      </div>
      <div className="mt-6">
        <CashFlowView period={period} />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <SpendByCategoryView period={period} />
        {belowTheFold ? (
          <>
            <TrendCard />
            <ForecastView />
            <RecurringView limit={6} />
            <BudgetsCard />
            <InsightsCard />
          </>
        ) : (
          <Skeleton className="h-64" />
        )}
      </div>
      <div className="mt-6">
        <LatestTransactionsCard />
      </div>
    </>
  )
}
