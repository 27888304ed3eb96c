import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'

export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <section className={cn('rounded-xl bg-white shadow-xs ring-1 ring-zinc-200', className)}>{children}</section>
  )
}

export function CardHeader({ title, description, id }: { title: ReactNode; description?: ReactNode; id?: string }) {
  return (
    <div className="border-b border-zinc-100 px-5 py-4 sm:px-6">
      <h2 id={id} className="text-base font-semibold text-zinc-900">
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-zinc-500">{description}</p>}
    </div>
  )
}
