import { Activity, Plug } from 'lucide-react'
import { useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { errorMessage } from '@/api/client'
import { jobAccountId, useAccountNames, useActiveJobs, useJobs } from '@/api/queries'
import type { Job, JobListParams } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ButtonLink } from '@/components/ButtonLink'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { SelectField } from '@/components/Field'
import { JobCard } from '@/components/JobCard'
import { LiveIndicator } from '@/components/LiveIndicator'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { Skeleton } from '@/components/Skeleton'
import { usePageTitle } from '@/hooks/usePageTitle'
import { jobTypeLabel } from '@/lib/format'

const PAGE_SIZE = 20
const STATUSES = [
  { value: '', label: 'Any status' },
  { value: 'processing', label: 'Running' },
  { value: 'pending', label: 'Waiting' },
  { value: 'completed', label: 'Completed' },
  { value: 'failed', label: 'Failed' },
  { value: 'cancelled', label: 'Cancelled' },
]
const KNOWN_TYPES = ['email_fetch']

export function JobCardSkeleton() {
  return (
    <div className="space-y-4 p-4 sm:p-5" aria-hidden="true">
      <div className="flex items-center gap-2">
        <Skeleton className="h-4 w-48" />
        <Skeleton className="h-5 w-16 rounded-full" />
      </div>
      <Skeleton className="h-3 w-32" />
      <Skeleton className="h-2.5 w-full rounded-full" />
    </div>
  )
}

function JobList({ jobs, names, compact, onRetried }: {
  jobs: Job[]
  names: Record<string, string>
  compact?: boolean
  onRetried: (job: Job) => void
}) {
  return (
    <ul className="divide-y divide-zinc-100">
      {jobs.map((job) => {
        const accountId = jobAccountId(job)
        return (
          <li key={job.id}>
            <JobCard job={job} accountName={accountId ? names[accountId] : undefined} compact={compact} onRetried={onRetried} />
          </li>
        )
      })}
    </ul>
  )
}

export function JobsPage() {
  usePageTitle('Jobs')
  const [search, setSearch] = useSearchParams()
  const status = search.get('status') ?? ''
  const type = search.get('type') ?? ''
  const offset = Math.max(0, Number(search.get('offset')) || 0)
  const names = useAccountNames()
  const active = useActiveJobs()
  const history = useJobs({
    status: (status || undefined) as JobListParams['status'],
    type: type || undefined,
    offset,
    limit: PAGE_SIZE,
  })
  const [retried, setRetried] = useState<Job | null>(null)

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(search)
    if (value) next.set(key, value)
    else next.delete(key)
    if (key !== 'offset') next.delete('offset')
    setSearch(next, { replace: true })
  }

  const filtered = Boolean(status || type)
  // Running jobs are shown above; without a status filter the history leaves them out.
  const activeIds = new Set(active.jobs.map((j) => j.id))
  const historyJobs = (history.data?.items ?? []).filter((j) => status || !activeIds.has(j.id))
  const nothingYet = !filtered && offset === 0 && history.data?.total === 0 && active.jobs.length === 0
  const types = [...new Set([...KNOWN_TYPES, ...(history.data?.items.map((j) => j.type) ?? []), ...(type ? [type] : [])])]

  return (
    <>
      <PageHeader
        title="Jobs"
        description="Background work: mailbox syncs and imports, with live progress and any errors."
        actions={<LiveIndicator />}
      />

      {retried && (
        <Alert tone="success" className="mb-6">
          Retry started: the new {jobTypeLabel(retried.type).toLowerCase()} is under “Running now”.
        </Alert>
      )}

      {nothingYet ? (
        <EmptyState
          icon={Activity}
          title="No jobs have run yet"
          action={
            <ButtonLink to="/accounts">
              <Plug aria-hidden="true" className="size-4" />
              Connect a mailbox
            </ButtonLink>
          }
        >
          Jobs start when you connect a mailbox or upload an export. Each one shows here with live progress: how
          many emails were read, how many were stored, and any that failed.
        </EmptyState>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="running-heading">
            <h2 id="running-heading" className="mb-3 text-base font-semibold text-zinc-900">
              Running now
            </h2>
            <Card>
              {active.isPending ? (
                <div role="status" aria-busy="true" aria-label="Loading running jobs">
                  <JobCardSkeleton />
                </div>
              ) : active.error ? (
                <div className="space-y-3 p-4 sm:p-5">
                  <Alert title="Running jobs could not be loaded.">{errorMessage(active.error)}</Alert>
                  <Button variant="secondary" onClick={() => void active.refetch()}>
                    Try again
                  </Button>
                </div>
              ) : active.jobs.length === 0 ? (
                <p className="p-4 text-sm text-zinc-500 sm:p-5">
                  Nothing is running. Syncs run on their own every 30 minutes, or start one from{' '}
                  <Link to="/accounts" className="rounded font-medium text-brand-700 hover:text-brand-800">
                    Connected accounts
                  </Link>
                  .
                </p>
              ) : (
                <JobList jobs={active.jobs} names={names} onRetried={setRetried} />
              )}
            </Card>
          </section>

          <section aria-labelledby="history-heading">
            <div className="mb-3 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
              <h2 id="history-heading" className="text-base font-semibold text-zinc-900">
                History
              </h2>
              <div className="grid grid-cols-2 gap-3 sm:flex">
                <SelectField label="Status" value={status} onChange={(e) => setParam('status', e.target.value)}>
                  {STATUSES.map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </SelectField>
                <SelectField label="Type" value={type} onChange={(e) => setParam('type', e.target.value)}>
                  <option value="">Any type</option>
                  {types.map((t) => (
                    <option key={t} value={t}>
                      {jobTypeLabel(t)}
                    </option>
                  ))}
                </SelectField>
              </div>
            </div>
            <Card>
              {history.isPending ? (
                <div role="status" aria-busy="true" aria-label="Loading job history" className="divide-y divide-zinc-100">
                  <JobCardSkeleton />
                  <JobCardSkeleton />
                  <JobCardSkeleton />
                </div>
              ) : history.isError ? (
                <div className="space-y-3 p-4 sm:p-5">
                  <Alert title="The job history could not be loaded.">{errorMessage(history.error)}</Alert>
                  <Button variant="secondary" onClick={() => void history.refetch()}>
                    Try again
                  </Button>
                </div>
              ) : historyJobs.length === 0 ? (
                <div className="flex flex-col items-start gap-3 p-4 text-sm text-zinc-500 sm:p-5">
                  <p>{filtered ? 'No jobs match these filters.' : 'No finished jobs yet.'}</p>
                  {filtered && (
                    <Button variant="secondary" onClick={() => setSearch(new URLSearchParams(), { replace: true })}>
                      Clear filters
                    </Button>
                  )}
                </div>
              ) : (
                <>
                  <JobList jobs={historyJobs} names={names} compact onRetried={setRetried} />
                  <div className="border-t border-zinc-100">
                    <Pagination
                      label="Job history pages"
                      offset={offset}
                      limit={PAGE_SIZE}
                      total={history.data.total}
                      onChange={(next) => setParam('offset', next ? String(next) : '')}
                    />
                  </div>
                </>
              )}
            </Card>
          </section>
        </div>
      )}
    </>
  )
}
