import type { SelectHTMLAttributes } from 'react'
import type { Category } from '@/api/types'
import { cn } from '@/lib/cn'

/** Top-level categories, each followed by its children (indented). */
export function categoryOptions(categories: Category[]): { id: string; label: string }[] {
  const byName = (a: Category, b: Category) => a.name.localeCompare(b.name)
  const tops = categories.filter((c) => !c.parent_id || !categories.some((p) => p.id === c.parent_id)).sort(byName)
  const out: { id: string; label: string }[] = []
  for (const top of tops) {
    out.push({ id: top.id, label: top.name })
    for (const child of categories.filter((c) => c.parent_id === top.id).sort(byName))
      out.push({ id: child.id, label: `\u00a0\u00a0${child.name}` })
  }
  return out
}

/** A <select> of the categories; value '' means "none" (or "any", per `emptyLabel`). */
export function CategorySelect({
  categories,
  emptyLabel = 'Uncategorised',
  className,
  children,
  ...rest
}: { categories: Category[]; emptyLabel?: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      className={cn(
        'block w-full rounded-lg border-0 bg-white py-1.5 pr-8 pl-2.5 text-sm text-zinc-900 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-brand-600',
        className,
      )}
      {...rest}
    >
      <option value="">{emptyLabel}</option>
      {children}
      {categoryOptions(categories).map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  )
}
