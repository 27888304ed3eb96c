import type { Category, MoneyAccount } from '@/api/types'
import { CategorySelect } from '@/components/CategorySelect'

/** The filter bar's fields, named as the list's query parameters ('' = not set). */
export interface TransactionFilters {
  q?: string
  date_from?: string
  date_to?: string
  category_id?: string
  uncategorised?: boolean
  transactor_id?: string
  account_id?: string
  type?: '' | 'debit' | 'credit'
  amount_min?: string
  amount_max?: string
  sort?: '-occurred_at' | 'occurred_at' | '-amount' | 'amount'
  tag?: string
}
type Filters = TransactionFilters

const input =
  'block w-full rounded-lg border-0 py-1.5 px-2.5 text-sm text-zinc-900 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-brand-600'

function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="block text-xs font-medium text-zinc-600">
      {label}
      <div className="mt-1">{children}</div>
    </label>
  )
}

/** The filter bar: every field maps one-to-one to a query parameter of GET /transactions. */
export function TransactionFilterBar({ value, onChange, categories, accounts }: {
  value: Filters
  onChange: (next: Filters) => void
  categories: Category[]
  accounts: MoneyAccount[]
}) {
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch })
  return (
    <div role="search" aria-label="Filter transactions" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <div className="col-span-2">
        <Labelled label="Search">
          <input
            type="search"
            className={input}
            placeholder="Description or merchant"
            value={value.q ?? ''}
            onChange={(e) => set({ q: e.target.value })}
          />
        </Labelled>
      </div>
      <Labelled label="From">
        <input type="date" className={input} value={value.date_from ?? ''} onChange={(e) => set({ date_from: e.target.value })} />
      </Labelled>
      <Labelled label="To">
        <input type="date" className={input} value={value.date_to ?? ''} onChange={(e) => set({ date_to: e.target.value })} />
      </Labelled>
      <Labelled label="Category">
        <CategorySelect
          categories={categories}
          emptyLabel="Any category"
          value={value.uncategorised ? '__none' : (value.category_id ?? '')}
          onChange={(e) =>
            e.target.value === '__none'
              ? set({ category_id: '', uncategorised: true })
              : set({ category_id: e.target.value, uncategorised: undefined })
          }
        >
          <option value="__none">Uncategorised</option>
        </CategorySelect>
      </Labelled>
      <Labelled label="Type">
        <select className={input} value={value.type ?? ''} onChange={(e) => set({ type: e.target.value as Filters['type'] })}>
          <option value="">In and out</option>
          <option value="debit">Money out</option>
          <option value="credit">Money in</option>
        </select>
      </Labelled>
      <Labelled label="Min amount">
        <input inputMode="decimal" className={input} value={value.amount_min ?? ''} onChange={(e) => set({ amount_min: e.target.value.trim() })} />
      </Labelled>
      <Labelled label="Max amount">
        <input inputMode="decimal" className={input} value={value.amount_max ?? ''} onChange={(e) => set({ amount_max: e.target.value.trim() })} />
      </Labelled>
      <Labelled label="Account">
        <select className={input} value={value.account_id ?? ''} onChange={(e) => set({ account_id: e.target.value })}>
          <option value="">All accounts</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
              {a.last4 ? ` ••${a.last4}` : ''}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled label="Tag">
        <input className={input} value={value.tag ?? ''} onChange={(e) => set({ tag: e.target.value.trim().toLowerCase() })} />
      </Labelled>
      <Labelled label="Sort">
        <select className={input} value={value.sort ?? '-occurred_at'} onChange={(e) => set({ sort: e.target.value as Filters['sort'] })}>
          <option value="-occurred_at">Newest first</option>
          <option value="occurred_at">Oldest first</option>
          <option value="-amount">Largest first</option>
          <option value="amount">Smallest first</option>
        </select>
      </Labelled>
    </div>
  )
}
