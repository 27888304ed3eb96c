import { useLiveStatus } from '@/api/live'
import { cn } from '@/lib/cn'

/** "Live" while the event socket is open; otherwise that updates come by polling. */
export function LiveIndicator({ className }: { className?: string }) {
  const status = useLiveStatus((s) => s.status)
  if (status === 'idle') return null
  const state =
    status === 'open'
      ? { dot: 'bg-brand-500', text: 'Live', title: 'Progress updates arrive as they happen.' }
      : status === 'connecting'
        ? { dot: 'bg-zinc-300', text: 'Connecting…', title: 'Opening the live update channel.' }
        : {
            dot: 'bg-amber-500',
            text: 'Reconnecting…',
            title: 'The live channel dropped; progress refreshes every few seconds until it is back.',
          }
  return (
    <p
      role="status"
      title={state.title}
      className={cn(
        'inline-flex items-center gap-2 rounded-full bg-white px-3 py-1 text-xs font-medium text-zinc-600 ring-1 ring-zinc-200',
        className,
      )}
    >
      <span aria-hidden="true" className="relative flex size-2">
        {status === 'open' && <span className="absolute inline-flex size-full animate-ping rounded-full bg-brand-400 opacity-60" />}
        <span className={cn('relative inline-flex size-2 rounded-full', state.dot)} />
      </span>
      {state.text}
    </p>
  )
}
