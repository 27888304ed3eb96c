import type { LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'

/** An honest placeholder for a screen whose data is not available yet. */
export function EmptyState({ icon: Icon, title, children, action }: {
  icon: LucideIcon
  title: ReactNode
  children?: ReactNode
  action?: ReactNode
}) {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed border-zinc-300 bg-white px-6 py-14 text-center">
      <span className="flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-700 ring-8 ring-brand-50/50">
        <Icon aria-hidden="true" className="size-6" />
      </span>
      <h2 className="mt-5 text-base font-semibold text-zinc-900">{title}</h2>
      {children && <div className="mt-2 max-w-md text-sm leading-6 text-zinc-500">{children}</div>}
      {action && <div className="mt-6">{action}</div>}
    </div>
  )
}
