import { Link, type LinkProps } from 'react-router'
import { cn } from '@/lib/cn'

/** A link styled as a button (navigation, not an action). */
export function ButtonLink({ className, variant = 'primary', ...props }: LinkProps & { variant?: 'primary' | 'secondary' }) {
  return (
    <Link
      className={cn(
        'inline-flex items-center justify-center gap-2 rounded-lg px-3.5 py-2 text-sm font-medium shadow-xs transition-colors',
        variant === 'primary'
          ? 'bg-brand-600 text-white hover:bg-brand-700'
          : 'bg-white text-zinc-800 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50',
        className,
      )}
      {...props}
    />
  )
}
