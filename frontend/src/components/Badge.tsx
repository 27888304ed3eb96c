import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'

export type BadgeTone = 'green' | 'amber' | 'red' | 'zinc' | 'blue'

const tones: Record<BadgeTone, { box: string; dot: string }> = {
  green: { box: 'bg-brand-50 text-brand-800 ring-brand-200', dot: 'bg-brand-500' },
  amber: { box: 'bg-amber-50 text-amber-800 ring-amber-200', dot: 'bg-amber-500' },
  red: { box: 'bg-red-50 text-red-800 ring-red-200', dot: 'bg-red-500' },
  zinc: { box: 'bg-zinc-100 text-zinc-700 ring-zinc-200', dot: 'bg-zinc-400' },
  blue: { box: 'bg-sky-50 text-sky-800 ring-sky-200', dot: 'bg-sky-500' },
}

/** A small status pill with a coloured dot. */
export function Badge({ tone = 'zinc', pulse = false, children, className }: {
  tone?: BadgeTone
  pulse?: boolean
  children: ReactNode
  className?: string
}) {
  const { box, dot } = tones[tone]
  return (
    <span
      className={cn(
        'inline-flex shrink-0 items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        box,
        className,
      )}
    >
      <span aria-hidden="true" className={cn('size-1.5 rounded-full', dot, pulse && 'animate-pulse')} />
      {children}
    </span>
  )
}

const JOB_STATUS: Record<string, { label: string; tone: BadgeTone; pulse?: boolean }> = {
  pending: { label: 'Waiting', tone: 'zinc', pulse: true },
  processing: { label: 'Running', tone: 'blue', pulse: true },
  completed: { label: 'Completed', tone: 'green' },
  failed: { label: 'Failed', tone: 'red' },
  cancelled: { label: 'Cancelled', tone: 'amber' },
}

export const jobStatusLabel = (status: string) => JOB_STATUS[status]?.label ?? status

export function JobStatusBadge({ status, cancelling = false }: { status: string; cancelling?: boolean }) {
  if (cancelling) return <Badge tone="amber" pulse>Cancelling…</Badge>
  const known = JOB_STATUS[status] ?? { label: status, tone: 'zinc' as const }
  return (
    <Badge tone={known.tone} pulse={known.pulse}>
      {known.label}
    </Badge>
  )
}
