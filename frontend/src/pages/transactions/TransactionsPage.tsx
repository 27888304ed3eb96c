import { Download, Paperclip, Plus, Receipt, Upload, X } from 'lucide-react'
import { useMemo, useState } from 'react'
import { api, errorMessage, unwrap } from '@/api/client'
import { useBulkRecategorise, useCategories, useMoneyAccounts, useTransactions, useUpdateTransaction } from '@/api/ledgerQueries'
import type { Category, Transaction, TransactionQuery } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { CategorySelect } from '@/components/CategorySelect'
import { EmptyState } from '@/components/EmptyState'
import { PageHeader } from '@/components/PageHeader'
import { Skeleton } from '@/components/Skeleton'
import { useDebouncedValue } from '@/hooks/useDebouncedValue'
import { usePageTitle } from '@/hooks/usePageTitle'
import { formatMoney, formatShortDate } from '@/lib/format'
import { cn } from '@/lib/cn'
import { saveBlob } from '@/lib/download'
import { CsvImportDialog } from './CsvImportDialog'
import { NewTransactionForm } from './NewTransactionForm'
import { TransactionAttachments } from './TransactionAttachments'
import { TransactionFilterBar, type TransactionFilters } from './TransactionFilters'

/** Only the filters that are set, so the query key and the URL stay small. */
function cleanFilters(filters: TransactionFilters): TransactionQuery {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(filters)) if (value !== '' && value !== undefined) out[key] = value
  if (out.sort === '-occurred_at') delete out.sort
  // Half-typed amounts are left out rather than sent (the API would refuse them).
  for (const key of ['amount_min', 'amount_max'])
    if (typeof out[key] === 'string' && !/^\d{1,12}(\.\d{1,2})?$/.test(out[key] as string)) delete out[key]
  return out as TransactionQuery
}

function TransactionRow({ txn, categories, selected, onSelect, onFilterMerchant }: {
  txn: Transaction
  categories: Category[]
  selected: boolean
  onSelect: (checked: boolean) => void
  onFilterMerchant: (id: string, name: string) => void
}) {
  const update = useUpdateTransaction()
  const [showFiles, setShowFiles] = useState(false)
  const label = txn.transactor_name || txn.description || 'Transaction'
  return (
    <li
      aria-label={label}
      className={cn(
        'grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-2 px-4 py-3 md:grid-cols-[auto_5rem_1fr_14rem_9rem]',
        selected && 'bg-brand-50/60',
      )}
    >
      <input
        type="checkbox"
        aria-label={`Select ${label}`}
        checked={selected}
        onChange={(e) => onSelect(e.target.checked)}
        className="size-4 rounded border-zinc-300 text-brand-600"
      />
      <time dateTime={txn.occurred_at} className="hidden text-sm text-zinc-500 md:block">
        {formatShortDate(txn.occurred_at)}
      </time>
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-zinc-900">
          {txn.transactor_id && txn.transactor_name ? (
            <button
              type="button"
              className="hover:underline"
              title="Show only this merchant"
              onClick={() => onFilterMerchant(txn.transactor_id!, txn.transactor_name!)}
            >
              {txn.transactor_name}
            </button>
          ) : (
            label
          )}
        </p>
        <p className="truncate text-xs text-zinc-500">
          <span className="md:hidden">{formatShortDate(txn.occurred_at)} · </span>
          {txn.description}
          {txn.account_name ? ` · ${txn.account_name}` : ''}
        </p>
      </div>
      <p
        className={cn(
          'text-right text-sm font-semibold tabular-nums md:order-last',
          txn.type === 'credit' ? 'text-brand-700' : 'text-zinc-900',
        )}
        data-testid="amount"
      >
        {txn.type === 'credit' ? '+' : '−'}
        {formatMoney(txn.amount, txn.currency)}
      </p>
      <div className="col-span-2 col-start-2 md:col-span-1 md:col-start-auto">
        <CategorySelect
          aria-label={`Category of ${label}`}
          categories={categories}
          value={txn.category_id ?? ''}
          disabled={update.isPending}
          onChange={(e) => update.mutate({ id: txn.id, body: { category_id: e.target.value || null } })}
        />
        {update.isError && <p className="mt-1 text-xs text-red-700">{errorMessage(update.error)}</p>}
        <button
          type="button"
          aria-expanded={showFiles}
          aria-label={`Attachments of ${label}`}
          className="mt-1 inline-flex items-center gap-1 text-xs text-zinc-500 hover:text-zinc-800"
          onClick={() => setShowFiles((on) => !on)}
        >
          <Paperclip className="size-3.5" aria-hidden /> Attachments
        </button>
      </div>
      {showFiles && <TransactionAttachments transactionId={txn.id} />}
    </li>
  )
}

export function TransactionsPage() {
  usePageTitle('Transactions')
  const [filters, setFilters] = useState<TransactionFilters>({})
  const [merchant, setMerchant] = useState<{ id: string; name: string } | null>(null)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [bulkCategory, setBulkCategory] = useState('')
  const [panel, setPanel] = useState<'new' | 'import' | null>(null)
  const [exportError, setExportError] = useState<string | null>(null)
  const debounced = useDebouncedValue(filters, 300)
  const query = useMemo(
    () => cleanFilters({ ...debounced, transactor_id: merchant?.id }),
    [debounced, merchant],
  )
  const list = useTransactions(query)
  const categories = useCategories()
  const accounts = useMoneyAccounts()
  const bulk = useBulkRecategorise()
  const items = list.data?.pages.flatMap((p) => p.items) ?? []
  const filtered = Object.keys(query).length > 0

  async function download() {
    setExportError(null)
    try {
      const csv = api.GET('/api/v1/transactions/export.csv', { params: { query }, parseAs: 'blob' })
      saveBlob(await unwrap(csv), 'transactions.csv')
    } catch (error) {
      setExportError(errorMessage(error))
    }
  }

  function toggle(id: string, on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  }

  return (
    <>
      <PageHeader
        title="Transactions"
        description="Every payment in and out, read from your bank alerts and receipts."
        actions={
          <>
            <Button variant="secondary" onClick={() => void download()}>
              <Download aria-hidden="true" className="size-4" />
              Export CSV
            </Button>
            <Button variant="secondary" onClick={() => setPanel(panel === 'import' ? null : 'import')}>
              <Upload aria-hidden="true" className="size-4" />
              Import CSV
            </Button>
            <Button onClick={() => setPanel(panel === 'new' ? null : 'new')}>
              <Plus aria-hidden="true" className="size-4" />
              Add
            </Button>
          </>
        }
      />
      {exportError && <Alert className="mb-4">{exportError}</Alert>}
      {panel === 'new' && <NewTransactionForm categories={categories.data ?? []} onDone={() => setPanel(null)} />}
      {panel === 'import' && <CsvImportDialog onDone={() => setPanel(null)} />}

      <Card className="mb-4 p-4">
        <TransactionFilterBar
          value={filters}
          onChange={setFilters}
          categories={categories.data ?? []}
          accounts={accounts.data ?? []}
        />
        {merchant && (
          <p className="mt-3 text-sm">
            <span className="inline-flex items-center gap-1 rounded-full bg-zinc-100 px-2.5 py-1 text-zinc-700">
              Merchant: {merchant.name}
              <button type="button" aria-label="Clear merchant filter" onClick={() => setMerchant(null)}>
                <X aria-hidden="true" className="size-3.5" />
              </button>
            </span>
          </p>
        )}
      </Card>

      {selected.size > 0 && (
        <div
          role="region"
          aria-label="Bulk actions"
          className="sticky top-2 z-10 mb-4 flex flex-wrap items-center gap-3 rounded-xl bg-zinc-900 px-4 py-3 text-sm text-white shadow-lg"
        >
          <span>{selected.size} selected</span>
          <CategorySelect
            aria-label="New category for the selected"
            categories={categories.data ?? []}
            value={bulkCategory}
            onChange={(e) => setBulkCategory(e.target.value)}
            className="w-56 text-zinc-900"
          />
          <Button
            loading={bulk.isPending}
            onClick={() =>
              bulk.mutate(
                { ids: [...selected], categoryId: bulkCategory || null },
                { onSuccess: () => setSelected(new Set()) },
              )
            }
          >
            Recategorise
          </Button>
          <Button variant="ghost" className="text-white hover:bg-zinc-800" onClick={() => setSelected(new Set())}>
            Clear
          </Button>
          {bulk.isError && <span className="text-red-300">{errorMessage(bulk.error)}</span>}
        </div>
      )}

      {list.isPending ? (
        <div className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-zinc-200" aria-busy="true">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      ) : list.isError ? (
        <Alert>
          {errorMessage(list.error)}{' '}
          <button type="button" className="underline" onClick={() => void list.refetch()}>
            Try again
          </button>
        </Alert>
      ) : items.length === 0 ? (
        <EmptyState icon={Receipt} title={filtered ? 'No transactions match these filters' : 'No transactions yet'}>
          {filtered
            ? 'Try a wider date range or clear the search.'
            : 'Transactions appear here as FinCoach reads your bank alerts. You can also add one by hand or import a CSV.'}
        </EmptyState>
      ) : (
        <Card className="overflow-hidden">
          <div className="flex items-center gap-3 border-b border-zinc-100 px-4 py-2 text-xs font-medium text-zinc-500">
            <input
              type="checkbox"
              aria-label="Select all shown"
              checked={items.every((t) => selected.has(t.id))}
              onChange={(e) => setSelected(e.target.checked ? new Set(items.map((t) => t.id)) : new Set())}
              className="size-4 rounded border-zinc-300"
            />
            <span>{items.length}{list.hasNextPage ? '+' : ''} shown</span>
          </div>
          <ul aria-label="Transactions" className="divide-y divide-zinc-100">
            {items.map((txn) => (
              <TransactionRow
                key={txn.id}
                txn={txn}
                categories={categories.data ?? []}
                selected={selected.has(txn.id)}
                onSelect={(on) => toggle(txn.id, on)}
                onFilterMerchant={(id, name) => setMerchant({ id, name })}
              />
            ))}
          </ul>
          {list.hasNextPage && (
            <div className="border-t border-zinc-100 p-3 text-center">
              <Button variant="secondary" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                Load more
              </Button>
            </div>
          )}
        </Card>
      )}
    </>
  )
}
