import { ChevronRight, RotateCcw, Square } from 'lucide-react'
import { Link } from 'react-router'
import { errorMessage } from '@/api/client'
import { useCancelJob, useRetryJob } from '@/api/queries'
import { isActiveJob, type Job, type JobError } from '@/api/types'
import { cn } from '@/lib/cn'
import { formatDateTime, formatDuration, formatNumber, formatRelative, jobTypeLabel } from '@/lib/format'
import { Alert } from './Alert'
import { JobStatusBadge } from './Badge'
import { Button } from './Button'
import { ProgressBar } from './ProgressBar'

/** "Mailbox sync · asha@example.com" */
export function jobTitle(job: Job, accountName?: string): string {
  const base = jobTypeLabel(job.type)
  // A sender's re-extraction names the sender it re-reads.
  const about = accountName ?? (typeof job.params.address === 'string' ? job.params.address : undefined)
  return about ? `${base} · ${about}` : base
}

/** The live counters and bar of a job. */
export function JobProgress({ job, label, compact = false }: { job: Job; label: string; compact?: boolean }) {
  const active = isActiveJob(job)
  const percent = job.status === 'completed' ? 100 : job.progress
  const counting = active && job.total === 0
  const tone = job.status === 'failed' ? 'red' : job.status === 'cancelled' ? 'zinc' : 'brand'
  if (!active && job.total === 0 && job.processed === 0) {
    return <p className="text-sm text-zinc-500">No messages were processed.</p>
  }
  return (
    <div className={compact ? 'space-y-1.5' : 'space-y-2'}>
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <p className="text-zinc-600">
          {counting ? (
            job.status === 'pending' ? 'Waiting for a worker…' : 'Counting messages…'
          ) : (
            <>
              <span className="font-medium text-zinc-900 tabular-nums">{formatNumber(job.processed)}</span>
              {' of '}
              <span className="tabular-nums">{formatNumber(job.total)}</span> processed
            </>
          )}
        </p>
        {!counting && (
          <p className="font-semibold text-zinc-900 tabular-nums" aria-hidden="true">
            {Math.floor(percent)}%
          </p>
        )}
      </div>
      <ProgressBar value={percent} label={label} indeterminate={counting} tone={tone} size={compact ? 'sm' : 'md'} />
      {!counting && (
        <dl className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-zinc-500">
          <Counter label="Total" value={job.total} />
          <Counter label="Processed" value={job.processed} />
          <Counter label="Parsed" value={job.parsed} />
          <Counter label="Failed" value={job.failed} warn={job.failed > 0} />
        </dl>
      )}
    </div>
  )
}

function Counter({ label, value, warn = false }: { label: string; value: number; warn?: boolean }) {
  return (
    <div className="flex gap-1">
      <dt>{label}</dt>
      <dd className={cn('font-medium tabular-nums', warn ? 'text-red-700' : 'text-zinc-800')}>{formatNumber(value)}</dd>
    </div>
  )
}

/** The job's error log: time, type, message, item. */
export function JobErrorLog({ job, open = false }: { job: Job; open?: boolean }) {
  const errors = job.error_log as JobError[]
  if (job.error_count === 0 && errors.length === 0) return null
  const count = Math.max(job.error_count, errors.length)
  return (
    <details open={open} className="group rounded-lg ring-1 ring-zinc-200">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-50 [&::-webkit-details-marker]:hidden">
        <ChevronRight aria-hidden="true" className="size-4 text-zinc-400 transition-transform group-open:rotate-90" />
        {count === 1 ? '1 error' : `${formatNumber(count)} errors`}
        {count > errors.length && <span className="font-normal text-zinc-500">(the last {errors.length} shown)</span>}
      </summary>
      {/* Phone: one block per error. */}
      <ol className="divide-y divide-zinc-100 border-t border-zinc-200 sm:hidden" aria-label="Errors of this job">
        {[...errors].reverse().map((error, index) => (
          <li key={`${error.at}-${index}`} className="space-y-1 px-3 py-2.5 text-xs">
            <p className="flex flex-wrap justify-between gap-x-3 text-zinc-500">
              <span className="font-mono text-zinc-700">{error.type ?? 'Error'}</span>
              <span>{formatDateTime(error.at)}</span>
            </p>
            <p className="break-words text-zinc-800">{error.message ?? '—'}</p>
            {error.item_id && <p className="truncate font-mono text-zinc-500">{error.item_id}</p>}
          </li>
        ))}
      </ol>
      <div className="hidden overflow-x-auto border-t border-zinc-200 sm:block">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">Errors of this job</caption>
          <thead className="bg-zinc-50 text-zinc-500">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Time</th>
              <th scope="col" className="px-3 py-2 font-medium">Type</th>
              <th scope="col" className="px-3 py-2 font-medium">Message</th>
              <th scope="col" className="px-3 py-2 font-medium">Item</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {[...errors].reverse().map((error, index) => (
              <tr key={`${error.at}-${index}`} className="align-top">
                <td className="px-3 py-2 whitespace-nowrap text-zinc-500">{formatDateTime(error.at)}</td>
                <td className="px-3 py-2 font-mono whitespace-nowrap text-zinc-700">{error.type ?? '—'}</td>
                <td className="min-w-[16rem] px-3 py-2 break-words text-zinc-800">{error.message ?? '—'}</td>
                <td className="max-w-[12rem] truncate px-3 py-2 font-mono text-zinc-500" title={error.item_id ?? undefined}>
                  {error.item_id ?? '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

function resultSummary(job: Job): string | null {
  if (job.status !== 'completed') return null
  const r = job.result as Record<string, unknown>
  const parts: string[] = []
  if (typeof r.new === 'number') parts.push(`${formatNumber(r.new)} new`)
  if (typeof r.duplicate === 'number' && r.duplicate > 0) parts.push(`${formatNumber(r.duplicate)} already stored`)
  if (typeof r.failed === 'number' && r.failed > 0) parts.push(`${formatNumber(r.failed)} unreadable`)
  if (typeof r.unavailable === 'number' && r.unavailable > 0) parts.push(`${formatNumber(r.unavailable)} unavailable`)
  return parts.length ? parts.join(' · ') : null
}

/** Cancel and Retry, with the API's refusal shown beside them. */
export function JobActions({ job, onRetried }: { job: Job; onRetried?: (job: Job) => void }) {
  const cancel = useCancelJob()
  const retry = useRetryJob()
  const title = jobTypeLabel(job.type).toLowerCase()
  const canCancel = isActiveJob(job) && !job.cancel_requested
  const canRetry = job.status === 'failed' || job.status === 'cancelled'
  const error = cancel.error ?? retry.error
  if (!canCancel && !canRetry && !error) return null
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <div className="flex gap-2">
        {canCancel && (
          <Button
            variant="secondary"
            onClick={() => cancel.mutate(job.id)}
            loading={cancel.isPending}
            aria-label={`Cancel ${title}`}
          >
            <Square aria-hidden="true" className="size-3.5" />
            Cancel
          </Button>
        )}
        {canRetry && (
          <Button
            variant="secondary"
            onClick={() => retry.mutate(job.id, { onSuccess: (created) => onRetried?.(created) })}
            loading={retry.isPending}
            aria-label={`Retry ${title}`}
          >
            <RotateCcw aria-hidden="true" className="size-3.5" />
            Retry
          </Button>
        )}
      </div>
      {error && <Alert className="sm:max-w-xs">{errorMessage(error)}</Alert>}
    </div>
  )
}

/** One job: what it is, its status, live progress, counters, errors and actions. */
export function JobCard({ job, accountName, compact = false, showErrors = false, linkToDetail = true, onRetried }: {
  job: Job
  accountName?: string
  /** A thinner bar, for history lists. */
  compact?: boolean
  showErrors?: boolean
  linkToDetail?: boolean
  onRetried?: (job: Job) => void
}) {
  const title = jobTitle(job, accountName)
  const active = isActiveJob(job)
  const summary = resultSummary(job)
  const errors = job.error_log as JobError[]
  const lastError = job.status === 'failed' ? errors[errors.length - 1]?.message : undefined
  const duration = formatDuration(job.started_at, job.completed_at)
  const when = active
    ? job.started_at
      ? `Started ${formatRelative(job.started_at)}`
      : `Queued ${formatRelative(job.created_at)}`
    : `${job.status === 'completed' ? 'Finished' : 'Ended'} ${formatRelative(job.completed_at ?? job.created_at)}`
  return (
    <article aria-label={title} className={cn(compact ? 'space-y-3' : 'space-y-4', 'p-4 sm:p-5')} data-testid="job-card">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className={cn('truncate text-sm font-semibold text-zinc-900', !linkToDetail && 'sr-only')}>
              {linkToDetail ? (
                <Link to={`/jobs/${job.id}`} className="rounded hover:text-brand-700 hover:underline">
                  {title}
                </Link>
              ) : (
                title
              )}
            </h3>
            <JobStatusBadge status={job.status} cancelling={active && job.cancel_requested} />
          </div>
          <p className="text-xs text-zinc-500">
            <time dateTime={job.completed_at ?? job.started_at ?? job.created_at} title={formatDateTime(job.created_at)}>
              {when}
            </time>
            {duration && !active && ` · took ${duration}`}
            {job.attempts > 1 && ` · attempt ${job.attempts}`}
            {summary && ` · ${summary}`}
          </p>
        </div>
        <JobActions job={job} onRetried={onRetried} />
      </div>
      {lastError && (
        <p className="rounded-lg bg-red-50 px-3 py-2 text-sm break-words text-red-800 ring-1 ring-red-200 ring-inset">
          <span className="font-medium">Why it failed:</span> {lastError}
        </p>
      )}
      <JobProgress job={job} label={`Progress of ${title}`} compact={compact} />
      <JobErrorLog job={job} open={showErrors} />
    </article>
  )
}
