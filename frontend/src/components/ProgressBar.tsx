import { cn } from '@/lib/cn'

/**
 * A labelled progress bar (role=progressbar). Without a known total it shows an
 * indeterminate stripe and no value.
 */
export function ProgressBar({
  value,
  label,
  indeterminate = false,
  tone = 'brand',
  size = 'md',
  className,
}: {
  /** Percent, 0–100. */
  value: number
  /** The accessible name, e.g. "Sync of asha@example.com". */
  label: string
  indeterminate?: boolean
  tone?: 'brand' | 'red' | 'zinc'
  size?: 'sm' | 'md'
  className?: string
}) {
  const percent = Math.max(0, Math.min(100, Number.isFinite(value) ? value : 0))
  const bar = { brand: 'bg-brand-500', red: 'bg-red-500', zinc: 'bg-zinc-400' }[tone]
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={indeterminate ? undefined : Math.round(percent)}
      aria-valuetext={indeterminate ? 'Starting' : `${Math.round(percent)}%`}
      className={cn('w-full overflow-hidden rounded-full bg-zinc-100', size === 'sm' ? 'h-1.5' : 'h-2.5', className)}
    >
      {indeterminate ? (
        <div className={cn('h-full w-1/3 animate-[progress-slide_1.4s_ease-in-out_infinite] rounded-full', bar)} />
      ) : (
        <div
          className={cn('h-full rounded-full transition-[width] duration-500 ease-out', bar)}
          style={{ width: `${percent}%` }}
        />
      )}
    </div>
  )
}
