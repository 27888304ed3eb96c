import { useQuery } from '@tanstack/react-query'
import { Gauge } from 'lucide-react'
import { api, errorMessage, unwrap } from '@/api/client'
import type { components } from '@/api/schema'
import { Alert } from '@/components/Alert'
import { Card, CardHeader } from '@/components/Card'
import { PageHeader } from '@/components/PageHeader'
import { Skeleton } from '@/components/Skeleton'
import { usePageTitle } from '@/hooks/usePageTitle'
import { formatBytes, formatRelative } from '@/lib/format'

type QueueMetrics = components['schemas']['QueueMetrics']
type WorkerMetrics = components['schemas']['WorkerMetrics']
type TaskMetrics = components['schemas']['TaskMetrics']

/** How often the page asks again: the workers publish every few seconds. */
export const QUEUE_POLL_MS = 2_000

export const queueMetricsKey = ['admin', 'queues'] as const

function useQueueMetrics() {
  return useQuery({
    queryKey: queueMetricsKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/queues', { signal })),
    refetchInterval: QUEUE_POLL_MS,
    retry: false,
  })
}

const QUEUE_NAMES: Record<string, string> = {
  base: 'Base queue (mail, alerts, upkeep)',
  email: 'Email queue (sync, extraction)',
}

export function formatRate(rate: number | null | undefined): string {
  if (rate == null) return '—'
  return `${Number((rate * 100).toFixed(1))}%`
}

export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds == null) return '—'
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`
  return `${seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1)} s`
}

function formatPerSecond(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1)
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg bg-zinc-50 px-3 py-2.5 ring-1 ring-zinc-200 ring-inset">
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-zinc-900 tabular-nums">{value}</dd>
      {hint && <dd className="text-xs text-zinc-500">{hint}</dd>}
    </div>
  )
}

function QueueCard({ queue }: { queue: QueueMetrics }) {
  const title = QUEUE_NAMES[queue.queue] ?? `${queue.queue} queue`
  const headingId = `queue-${queue.queue}`
  const { outcomes } = queue
  return (
    <Card>
      <div aria-labelledby={headingId} role="region">
        <CardHeader
          id={headingId}
          title={title}
          description={`${queue.workers.length} worker process${queue.workers.length === 1 ? '' : 'es'} · ${queue.in_progress} running now`}
        />
        <div className="space-y-6 px-5 py-5 sm:px-6">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            <Stat label="Tasks/s" value={formatPerSecond(queue.tasks_per_second)} hint="last minute" />
            <Stat
              label="Queue length"
              value={String(queue.length)}
              hint={queue.deferred ? `${queue.deferred} deferred` : undefined}
            />
            <Stat
              label="Success rate"
              value={formatRate(queue.success_rate)}
              hint={`${outcomes.success} ok · ${outcomes.failure} failed · ${outcomes.retry} retried`}
            />
            <Stat label="Avg processing time" value={formatSeconds(queue.average_seconds)} />
            <Stat label="Memory" value={queue.workers.length ? formatBytes(queue.memory_bytes) : '—'} />
            <Stat label="CPU" value={queue.workers.length ? `${queue.cpu_percent.toFixed(0)}%` : '—'} />
          </dl>
          <TaskTable tasks={queue.tasks} queue={queue.queue} />
          <WorkerTable workers={queue.workers} queue={queue.queue} />
        </div>
      </div>
    </Card>
  )
}

const th = 'px-3 py-2 text-left text-xs font-medium text-zinc-500'
const td = 'px-3 py-2 text-sm text-zinc-800 tabular-nums'

function TaskTable({ tasks, queue }: { tasks: TaskMetrics[]; queue: string }) {
  if (!tasks.length) return <p className="text-sm text-zinc-500">No task has run on this queue yet.</p>
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-zinc-100" aria-label={`Tasks of the ${queue} queue`}>
        <thead>
          <tr>
            <th scope="col" className={th}>Task</th>
            <th scope="col" className={th}>Runs</th>
            <th scope="col" className={th}>Success rate</th>
            <th scope="col" className={th}>Failed</th>
            <th scope="col" className={th}>Retried</th>
            <th scope="col" className={th}>Avg time</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {tasks.map((task) => (
            <tr key={task.task}>
              <th scope="row" className={`${td} text-left font-mono text-xs font-normal`}>{task.task}</th>
              <td className={td}>{task.runs}</td>
              <td className={td}>{formatRate(task.success_rate)}</td>
              <td className={td}>{task.outcomes.failure}</td>
              <td className={td}>{task.outcomes.retry}</td>
              <td className={td}>{formatSeconds(task.average_seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function WorkerTable({ workers, queue }: { workers: WorkerMetrics[]; queue: string }) {
  if (!workers.length) {
    return (
      <Alert tone="info" title="No worker is running for this queue">
        Jobs wait until one starts (<code>make worker-{queue}</code>).
      </Alert>
    )
  }
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-zinc-100" aria-label={`Workers of the ${queue} queue`}>
        <thead>
          <tr>
            <th scope="col" className={th}>Worker</th>
            <th scope="col" className={th}>Tasks/s</th>
            <th scope="col" className={th}>Running</th>
            <th scope="col" className={th}>Success rate</th>
            <th scope="col" className={th}>Avg time</th>
            <th scope="col" className={th}>Memory</th>
            <th scope="col" className={th}>CPU</th>
            <th scope="col" className={th}>Up since</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {workers.map((worker) => (
            <tr key={worker.worker_id}>
              <th scope="row" className={`${td} text-left font-normal`}>
                <span className="font-medium">{worker.host}</span>
                <span className="text-zinc-500"> · pid {worker.pid}</span>
              </th>
              <td className={td}>{formatPerSecond(worker.tasks_per_second)}</td>
              <td className={td}>{worker.running}</td>
              <td className={td}>{formatRate(worker.success_rate)}</td>
              <td className={td}>{formatSeconds(worker.average_seconds)}</td>
              <td className={td}>{formatBytes(worker.memory_bytes)}</td>
              <td className={td}>{worker.cpu_percent.toFixed(0)}%</td>
              <td className={td}>{formatRelative(worker.started_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Admin → Queues: each ARQ queue and worker process, refreshed every two seconds. */
export function QueueMetricsPage() {
  usePageTitle('Queues')
  const metrics = useQueueMetrics()
  return (
    <div>
      <PageHeader
        title="Queues"
        description="Background work per queue and per worker process: throughput, backlog, outcomes, processing time, memory and CPU. Updated every two seconds."
      />
      {metrics.isPending ? (
        <div className="space-y-4" aria-hidden="true">
          <Skeleton className="h-48 w-full rounded-xl" />
          <Skeleton className="h-48 w-full rounded-xl" />
        </div>
      ) : metrics.isError && !metrics.data ? (
        <Alert title="Queue metrics are unavailable">{errorMessage(metrics.error)}</Alert>
      ) : (
        <div className="space-y-6">
          {metrics.isError && <Alert title="Could not refresh">{errorMessage(metrics.error)}</Alert>}
          {metrics.data.queues.map((queue) => (
            <QueueCard key={queue.queue} queue={queue} />
          ))}
          {metrics.data.queues.length === 0 && (
            <p className="flex items-center gap-2 text-sm text-zinc-500">
              <Gauge aria-hidden="true" className="size-4" /> No queues.
            </p>
          )}
        </div>
      )}
    </div>
  )
}
