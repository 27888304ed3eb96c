import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { Download, Paperclip, PanelRightOpen, Plus, Receipt, Split, Upload, X } from 'lucide-react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
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
import { TransactionDrawer } from './TransactionDrawer'
import { TransactionFilterBar, type TransactionFilters } from './TransactionFilters'
import { filtersFromParams, paramsWithFilters } from './urlState'

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

function TransactionRow({ txn, categories, selected, onSelect, onFilterMerchant, onOpen }: {
  txn: Transaction
  categories: Category[]
  selected: boolean
  onSelect: (checked: boolean) => void
  onFilterMerchant: (id: string, name: string) => void
  onOpen: () => void
}) {
  const update = useUpdateTransaction()
  const [showFiles, setShowFiles] = useState(false)
  const label = txn.transactor_name || txn.description || 'Transaction'
  return (
    <div
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
          {txn.is_split && (
            <span className="mr-1 inline-flex items-center gap-0.5 rounded bg-sky-50 px-1 text-sky-800">
              <Split aria-hidden="true" className="size-3" /> Split ·
            </span>
          )}
          {txn.description}
          {txn.account_name ? ` · ${txn.account_name}` : ''}
          {txn.tags.length > 0 ? ` · #${txn.tags.join(' #')}` : ''}
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
          aria-label={`Details of ${label}`}
          className="mt-1 mr-3 inline-flex items-center gap-1 text-xs text-brand-700 hover:text-brand-900"
          onClick={onOpen}
        >
          <PanelRightOpen className="size-3.5" aria-hidden /> Details
        </button>
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
      {showFiles && (
        <div className="col-span-full">
          <TransactionAttachments transactionId={txn.id} />
        </div>
      )}
    </div>
  )
}

const PAGE_SIZE = 200

/**
 * The rows, virtualised against the window's scroll: only those near the screen are in the
 * document, so 50,000 scroll as smoothly as 50. Pages load (keyset, PAGE_SIZE rows) as the
 * end comes near.
 */
function VirtualList({ items, total, hasMore, loadMore, loading, render }: {
  items: Transaction[]
  total: string
  hasMore: boolean
  loadMore: () => void
  loading: boolean
  render: (txn: Transaction) => React.ReactNode
}) {
  const listRef = useRef<HTMLUListElement>(null)
  const [margin, setMargin] = useState(0)
  useEffect(() => setMargin(listRef.current?.offsetTop ?? 0), [])
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 88,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (index) => items[index].id,
  })
  const virtual = virtualizer.getVirtualItems()
  const last = virtual.length ? virtual[virtual.length - 1].index : -1
  useEffect(() => {
    if (hasMore && !loading && last >= items.length - 20) loadMore()
  }, [last, items.length, hasMore, loading, loadMore])
  return (
    <>
      <ul
        ref={listRef}
        aria-label="Transactions"
        className="relative divide-y divide-zinc-100"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtual.map((row) => {
          const txn = items[row.index]
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-label={txn.transactor_name || txn.description || 'Transaction'}
              aria-setsize={hasMore ? -1 : items.length}
              aria-posinset={row.index + 1}
              className="absolute inset-x-0 top-0 bg-white"
              style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
            >
              {render(txn)}
            </li>
          )
        })}
      </ul>
      <p className="sr-only" aria-live="polite">
        {total}
      </p>
    </>
  )
}

export function TransactionsPage() {
  usePageTitle('Transactions')
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => filtersFromParams(params), [params])
  const setFilters = (next: TransactionFilters) => setParams(paramsWithFilters(params, next), { replace: true })
  const merchantName = params.get('merchant_name')
  const merchant = filters.transactor_id ? { id: filters.transactor_id, name: merchantName ?? 'this merchant' } : null
  const setMerchant = (picked: { id: string; name: string } | null) => {
    const next = paramsWithFilters(params, { ...filters, transactor_id: picked?.id })
    if (picked) next.set('merchant_name', picked.name)
    else next.delete('merchant_name')
    setParams(next)
  }
  const openId = params.get('txn')
  const openTxn = (id: string | null) => {
    const next = new URLSearchParams(params)
    if (id) next.set('txn', id)
    else next.delete('txn')
    setParams(next)
  }
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [bulkCategory, setBulkCategory] = useState('')
  const [panel, setPanel] = useState<'new' | 'import' | null>(null)
  const [exportError, setExportError] = useState<string | null>(null)
  const debounced = useDebouncedValue(filters, 300)
  const query = useMemo(() => cleanFilters(debounced), [debounced])
  const list = useTransactions(query, PAGE_SIZE)
  const categories = useCategories()
  const accounts = useMoneyAccounts()
  const bulk = useBulkRecategorise()
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data])
  const { fetchNextPage, hasNextPage, isFetchingNextPage } = list
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [fetchNextPage, hasNextPage, isFetchingNextPage])
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
          <VirtualList
            items={items}
            total={`${items.length}${list.hasNextPage ? '+' : ''} transactions shown`}
            hasMore={Boolean(list.hasNextPage)}
            loading={list.isFetchingNextPage}
            loadMore={loadMore}
            render={(txn) => (
              <TransactionRow
                txn={txn}
                categories={categories.data ?? []}
                selected={selected.has(txn.id)}
                onSelect={(on) => toggle(txn.id, on)}
                onFilterMerchant={(id, name) => setMerchant({ id, name })}
                onOpen={() => openTxn(txn.id)}
              />
            )}
          />
          {list.hasNextPage && (
            <div className="border-t border-zinc-100 p-3 text-center">
              <Button variant="secondary" loading={list.isFetchingNextPage} onClick={loadMore}>
                Load more
              </Button>
            </div>
          )}
        </Card>
      )}
      {openId && <TransactionDrawer id={openId} onClose={() => openTxn(null)} />}
    </>
  )
}
