import { CircleCheck, Mail, Plug, RefreshCw } from 'lucide-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { errorMessage } from '@/api/client'
import { jobAccountId, useEmails } from '@/api/queries'
import type { SyncStatus } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { JobProgress } from '@/components/JobCard'
import { LiveIndicator } from '@/components/LiveIndicator'
import { Skeleton } from '@/components/Skeleton'
import { formatDateTime, formatNumber, formatRelative, jobTypeLabel } from '@/lib/format'

function lastSync(status: SyncStatus): string | null {
  const times = [status.last_email_fetch_at, ...status.accounts.map((a) => a.last_synced_at)].filter(
    (t): t is string => Boolean(t),
  )
  if (!times.length) return null
  return times.reduce((latest, t) => (new Date(t) > new Date(latest) ? t : latest))
}

function Stat({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 px-4 py-4 sm:px-6">
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tracking-tight text-zinc-900 sm:text-xl">{children}</dd>
    </div>
  )
}

export function SyncStatusSkeleton() {
  return (
    <Card className="overflow-hidden">
      <div role="status" aria-busy="true" aria-label="Loading the sync status" className="space-y-4 p-5 sm:p-6">
        <Skeleton className="h-5 w-40" />
        <div className="grid grid-cols-3 gap-4">
          <Skeleton className="h-12" />
          <Skeleton className="h-12" />
          <Skeleton className="h-12" />
        </div>
        <Skeleton className="h-2.5 w-full rounded-full" />
      </div>
    </Card>
  )
}

/** Mailboxes connected, last sync, emails stored, and every running sync with live progress. */
export function SyncStatusCard({ status }: { status: SyncStatus }) {
  const emails = useEmails({ limit: 1 })
  const last = lastSync(status)
  const names: Record<string, string> = {}
  for (const a of status.accounts) names[a.id] = a.address
  const failing = status.accounts.filter((a) => a.status === 'error')
  const running = status.active_jobs

  return (
    <Card className="overflow-hidden">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-zinc-100 px-5 py-4 sm:px-6">
        <h2 className="text-base font-semibold text-zinc-900">Mailbox sync</h2>
        {running.length > 0 && <LiveIndicator />}
      </div>
      <dl className="grid grid-cols-3 divide-x divide-zinc-100 border-b border-zinc-100">
        <Stat label="Mailboxes">{formatNumber(status.accounts.length)}</Stat>
        <Stat label="Last sync">
          {last ? (
            <time dateTime={last} title={formatDateTime(last)}>
              {formatRelative(last, Date.now(), 'short')}
            </time>
          ) : (
            <span className="text-base text-zinc-400 sm:text-xl">Not yet</span>
          )}
        </Stat>
        <Stat label="Emails stored">
          {emails.data ? formatNumber(emails.data.total) : <Skeleton className="mt-1 h-6 w-12" />}
        </Stat>
      </dl>

      <div className="space-y-4 px-5 py-5 sm:px-6">
        {failing.map((account) => (
          <Alert key={account.id} title={`${account.address} needs attention`}>
            {account.last_error || 'Its last sync failed.'}{' '}
            <Link to="/accounts" className="font-medium underline">
              Open connected accounts
            </Link>
          </Alert>
        ))}
        {running.length > 0 ? (
          <ul className="space-y-4" aria-label="Running syncs">
            {running.map((job) => {
              const accountId = jobAccountId(job)
              const name = (accountId && names[accountId]) || jobTypeLabel(job.type)
              return (
                <li key={job.id}>
                  <div className="mb-1.5 flex items-center gap-2 text-sm font-medium text-zinc-900">
                    <RefreshCw aria-hidden="true" className="size-4 animate-spin text-brand-600 [animation-duration:2s]" />
                    <Link to={`/jobs/${job.id}`} className="truncate rounded hover:underline">
                      Importing {name}
                    </Link>
                  </div>
                  <JobProgress job={job} label={`Import of ${name}`} compact />
                </li>
              )
            })}
          </ul>
        ) : (
          <p className="flex items-start gap-2 text-sm text-zinc-600">
            <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-brand-600" />
            {last
              ? 'All caught up. FinCoach checks your mailboxes for new mail every 30 minutes.'
              : 'The first sync is about to start.'}
          </p>
        )}
        <div className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          <Link to="/emails" className="inline-flex items-center gap-1.5 rounded font-medium text-brand-700 hover:text-brand-800">
            <Mail aria-hidden="true" className="size-4" />
            Browse imported emails
          </Link>
          <Link to="/accounts" className="inline-flex items-center gap-1.5 rounded font-medium text-brand-700 hover:text-brand-800">
            <Plug aria-hidden="true" className="size-4" />
            Add another mailbox
          </Link>
        </div>
      </div>
    </Card>
  )
}

export function SyncStatusError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Card className="space-y-3 p-5 sm:p-6">
      <Alert title="The sync status could not be loaded.">{errorMessage(error)}</Alert>
      <Button variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </Card>
  )
}
