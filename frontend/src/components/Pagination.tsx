import { ChevronLeft, ChevronRight } from 'lucide-react'
import { formatNumber } from '@/lib/format'
import { Button } from './Button'

/** "21–40 of 57" with Previous / Next buttons. */
export function Pagination({ offset, limit, total, onChange, label, compact = false }: {
  offset: number
  limit: number
  total: number
  onChange: (offset: number) => void
  /** Names the navigation landmark, e.g. "Job history pages". */
  label: string
  /** Icon-only buttons, for narrow columns. */
  compact?: boolean
}) {
  if (total <= limit && offset === 0) return null
  const first = total === 0 ? 0 : offset + 1
  const last = Math.min(offset + limit, total)
  return (
    <nav aria-label={label} className={compact ? 'flex items-center justify-between gap-3 px-4 py-3' : 'flex items-center justify-between gap-3 px-4 py-3 sm:px-6'}>
      <p className="text-sm text-zinc-500">
        <span className="font-medium text-zinc-700">
          {formatNumber(first)}–{formatNumber(last)}
        </span>{' '}
        of {formatNumber(total)}
      </p>
      <div className="flex gap-2">
        <Button
          variant="secondary"
          onClick={() => onChange(Math.max(0, offset - limit))}
          disabled={offset === 0}
          aria-label={compact ? 'Previous page' : undefined}
          className={compact ? 'px-2' : undefined}
        >
          <ChevronLeft aria-hidden="true" className={compact ? 'size-4' : '-ml-1 size-4'} />
          {!compact && 'Previous'}
        </Button>
        <Button
          variant="secondary"
          onClick={() => onChange(offset + limit)}
          disabled={offset + limit >= total}
          aria-label={compact ? 'Next page' : undefined}
          className={compact ? 'px-2' : undefined}
        >
          {!compact && 'Next'}
          <ChevronRight aria-hidden="true" className={compact ? 'size-4' : '-mr-1 size-4'} />
        </Button>
      </div>
    </nav>
  )
}
