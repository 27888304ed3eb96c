import { ArrowLeft } from 'lucide-react'
import { Link, useNavigate, useParams } from 'react-router'
import { errorMessage, isApiError } from '@/api/client'
import { jobAccountId, useAccountNames, useJob } from '@/api/queries'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { JobCard, jobTitle } from '@/components/JobCard'
import { LiveIndicator } from '@/components/LiveIndicator'
import { usePageTitle } from '@/hooks/usePageTitle'
import { formatDateTime, formatDuration } from '@/lib/format'
import { JobCardSkeleton } from './JobsPage'

export function JobDetailPage() {
  const { jobId = '' } = useParams()
  const job = useJob(jobId)
  const names = useAccountNames()
  const navigate = useNavigate()
  const accountId = job.data ? jobAccountId(job.data) : undefined
  const title = job.data ? jobTitle(job.data, accountId ? names[accountId] : undefined) : 'Job'
  usePageTitle(title)

  return (
    <>
      <Link
        to="/jobs"
        className="mb-4 inline-flex items-center gap-1.5 rounded text-sm font-medium text-zinc-600 hover:text-zinc-900"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        All jobs
      </Link>
      <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">{title}</h1>
        <LiveIndicator className="self-start sm:self-auto" />
      </div>
      <Card>
        {job.isPending ? (
          <div role="status" aria-busy="true" aria-label="Loading the job">
            <JobCardSkeleton />
          </div>
        ) : job.isError ? (
          <div className="space-y-3 p-4 sm:p-5">
            <Alert title={isApiError(job.error) && job.error.status === 404 ? 'No such job.' : 'The job could not be loaded.'}>
              {errorMessage(job.error)}
            </Alert>
            <Button variant="secondary" onClick={() => void job.refetch()}>
              Try again
            </Button>
          </div>
        ) : (
          <>
            <JobCard
              job={job.data}
              accountName={accountId ? names[accountId] : undefined}
              linkToDetail={false}
              showErrors
              onRetried={(created) => navigate(`/jobs/${created.id}`)}
            />
            <dl className="grid grid-cols-2 gap-4 border-t border-zinc-100 p-4 text-sm sm:grid-cols-4 sm:p-5">
              {[
                ['Queued', formatDateTime(job.data.created_at)],
                ['Started', formatDateTime(job.data.started_at)],
                ['Finished', formatDateTime(job.data.completed_at)],
                ['Duration', formatDuration(job.data.started_at, job.data.completed_at) ?? '—'],
              ].map(([label, value]) => (
                <div key={label}>
                  <dt className="text-zinc-500">{label}</dt>
                  <dd className="mt-1 font-medium text-zinc-900">{value}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </Card>
    </>
  )
}
