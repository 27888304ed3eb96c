import { CheckCheck, ClipboardCheck, Keyboard, Users } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { errorMessage } from '@/api/client'
import { useBulkConfirm, useResolveReview, useReviewItems, useReviewSummary } from '@/api/reviewQueries'
import type { ReviewAction, ReviewItem, ReviewOutcome, ReviewReason } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { ButtonLink } from '@/components/ButtonLink'
import { Card } from '@/components/Card'
import { CorrectionDone } from '@/components/Correction'
import { EmptyState } from '@/components/EmptyState'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { Skeleton } from '@/components/Skeleton'
import { usePageTitle } from '@/hooks/usePageTitle'
import { cn } from '@/lib/cn'
import { formatMoney, formatNumber, formatShortDate } from '@/lib/format'
import { ReviewItemDetail, type ItemControls } from './ReviewItemDetail'
import { moveIndex, reviewKeyAction } from './reviewKeys'
import { REASON_ORDER, REASONS, outcomeTitle } from './reviewText'

const PAGE_SIZE = 25

interface Done {
  title: string
  outcome: ReviewOutcome | null
  sender: string | null
}

function ReasonFilter({ reason, counts, onChange }: {
  reason: string
  counts: Partial<Record<ReviewReason, number>>
  onChange: (reason: string | null) => void
}) {
  const chip = (value: string | null, label: string, count?: number) => (
    <button
      key={value ?? 'all'}
      type="button"
      aria-pressed={(value ?? '') === reason}
      onClick={() => onChange(value)}
      className={cn(
        'rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset',
        (value ?? '') === reason ? 'bg-zinc-900 text-white ring-zinc-900' : 'bg-white text-zinc-700 ring-zinc-300 hover:bg-zinc-50',
      )}
    >
      {label}
      {count !== undefined ? ` (${formatNumber(count)})` : ''}
    </button>
  )
  return (
    <div role="group" aria-label="Filter by reason" className="flex flex-wrap gap-1.5">
      {chip(null, 'All')}
      {REASON_ORDER.map((r) => chip(r, REASONS[r].label, counts[r] ?? 0))}
    </div>
  )
}

function ItemRow({ item, current, checked, onOpen, onCheck }: {
  item: ReviewItem
  current: boolean
  checked: boolean
  onOpen: () => void
  onCheck: () => void
}) {
  const t = item.transaction
  return (
    <li
      aria-current={current ? 'true' : undefined}
      aria-label={item.email_subject || '(no subject)'}
      className={cn('flex gap-3 border-l-2 px-4 py-3', current ? 'border-brand-600 bg-brand-50/60' : 'border-transparent hover:bg-zinc-50')}
      onClick={onOpen}
    >
      <input
        type="checkbox"
        checked={checked}
        onChange={onCheck}
        onClick={(e) => e.stopPropagation()}
        aria-label={`Select “${item.email_subject || '(no subject)'}”`}
        className="mt-1 size-4 rounded border-zinc-300 accent-brand-600"
      />
      {/* Mouse: a click opens the row; keyboard: j/k (so Enter stays "confirm"). */}
      <div className="min-w-0 flex-1 cursor-pointer">
        <span className="flex items-baseline justify-between gap-2">
          <span className="truncate text-sm font-medium text-zinc-900">{item.email_subject || '(no subject)'}</span>
          {item.email_received_at && <span className="shrink-0 text-xs text-zinc-500">{formatShortDate(item.email_received_at)}</span>}
        </span>
        <span className="mt-0.5 flex items-center gap-2">
          <Badge tone={REASONS[item.reason]?.tone ?? 'zinc'}>{REASONS[item.reason]?.label ?? item.reason}</Badge>
          {t && <span className="truncate text-xs text-zinc-600 tabular-nums">{formatMoney(t.amount, t.currency)}{t.merchant ? ` · ${t.merchant}` : ''}</span>}
        </span>
        <span className="mt-0.5 block truncate text-xs text-zinc-500">{item.email_sender}</span>
      </div>
    </li>
  )
}

export function ReviewPage() {
  usePageTitle('Review')
  const [search, setSearch] = useSearchParams()
  const reason = search.get('reason') ?? ''
  const offset = Math.max(0, Number(search.get('offset')) || 0)
  const summary = useReviewSummary()
  const items = useReviewItems({ reason: (reason || undefined) as ReviewReason | undefined, offset, limit: PAGE_SIZE })
  const resolve = useResolveReview()
  const bulk = useBulkConfirm()
  const [currentId, setCurrentId] = useState<string | null>(null)
  const [checked, setChecked] = useState<Set<string>>(new Set())
  const [done, setDone] = useState<Done | null>(null)
  const detail = useRef<ItemControls>(null)

  const list = items.data?.items ?? []
  const index = Math.max(0, list.findIndex((item) => item.id === currentId))
  const current: ReviewItem | undefined = list[index]

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setSearch(next, { replace: true })
  }

  const act = (item: ReviewItem, body: ReviewAction) => {
    if (resolve.isPending) return
    // The next item is the one after this (or, at the end, before it).
    const after = list[list.indexOf(item) + 1] ?? list[list.indexOf(item) - 1]
    resolve.mutate(
      { id: item.id, body },
      {
        onSuccess: (outcome: ReviewOutcome) => {
          setDone({ title: outcomeTitle(body.action, item), outcome, sender: item.email_sender })
          setCurrentId(after?.id ?? null)
          setChecked((set) => {
            const next = new Set(set)
            next.delete(item.id)
            return next
          })
        },
      },
    )
  }

  const toggle = (id: string) =>
    setChecked((set) => {
      const next = new Set(set)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const confirmChecked = () => {
    const ids = list.filter((item) => checked.has(item.id)).map((item) => item.id)
    if (ids.length === 0) return
    bulk.mutate(ids, {
      onSuccess: ({ confirmed }) => {
        setDone({ title: `Confirmed ${formatNumber(confirmed)} ${confirmed === 1 ? 'item' : 'items'}.`, outcome: null, sender: null })
        setChecked(new Set())
      },
    })
  }

  // Keyboard-first: the keys work anywhere on the page but in a text field.
  const keys = useRef({ list, current, index, act, toggle })
  keys.current = { list, current, index, act, toggle }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = reviewKeyAction(event)
      const { list, current, index, act, toggle } = keys.current
      if (!action || !current) return
      event.preventDefault()
      if (action === 'next' || action === 'previous') setCurrentId(list[moveIndex(index, action, list.length)]?.id ?? null)
      else if (action === 'confirm' && current.transaction) act(current, { action: 'confirm' })
      else if (action === 'not_transaction') act(current, { action: 'not_transaction' })
      else if (action === 'edit') detail.current?.edit()
      else if (action === 'toggle') toggle(current.id)
      else if (action === 'escape') detail.current?.escape()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // Keep the current row in view as j/k move it.
  useEffect(() => {
    if (!current) return
    document.querySelector('[aria-label="Review items"] [aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' })
  }, [current?.id])

  const header = (
    <PageHeader
      title="Review"
      description="What FinCoach was unsure about. Confirm it, or correct it: a correction teaches FinCoach that sender's format."
      actions={
        <ButtonLink to="/senders" variant="secondary">
          <Users aria-hidden="true" className="size-4" />
          Senders
        </ButtonLink>
      }
    />
  )

  const doneNote = done && <CorrectionDone {...done} className="mb-4" />

  if (!reason && offset === 0 && items.data && items.data.total === 0) {
    return (
      <>
        {header}
        {doneNote}
        <EmptyState icon={ClipboardCheck} title="Nothing to review">
          When FinCoach is unsure about an email, merges two reports of a payment or meets a new merchant, it asks here.
        </EmptyState>
      </>
    )
  }

  const checkedOnPage = list.filter((item) => checked.has(item.id)).length
  return (
    <>
      {header}
      {doneNote}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <ReasonFilter
          reason={reason}
          counts={summary.data?.by_reason ?? {}}
          onChange={(next) => {
            update({ reason: next, offset: null })
            setChecked(new Set())
          }}
        />
        <p className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
          <Keyboard aria-hidden="true" className="size-4" />
          <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> confirm · <kbd>e</kbd> edit · <kbd>n</kbd> not a transaction · <kbd>x</kbd> select
        </p>
      </div>
      <div className="grid items-start gap-4 lg:grid-cols-[20rem_minmax(0,1fr)] lg:gap-6">
        <Card className="overflow-hidden">
          <div className="flex items-center justify-between gap-2 border-b border-zinc-100 px-4 py-2.5">
            <p className="text-xs text-zinc-500" aria-live="polite">
              {items.data ? `${formatNumber(items.data.total)} open` : ''}
            </p>
            <Button variant="secondary" className="px-2.5 py-1" disabled={checkedOnPage === 0} loading={bulk.isPending} onClick={confirmChecked}>
              <CheckCheck aria-hidden="true" className="size-4" />
              Confirm selected{checkedOnPage ? ` (${checkedOnPage})` : ''}
            </Button>
          </div>
          {bulk.isError && <Alert className="m-3">{errorMessage(bulk.error)}</Alert>}
          {items.isPending ? (
            <div role="status" aria-busy="true" aria-label="Loading review items" className="space-y-3 p-4">
              {Array.from({ length: 5 }, (_, i) => (
                <Skeleton key={i} className="h-12 w-full" />
              ))}
            </div>
          ) : items.isError ? (
            <div className="space-y-3 p-4">
              <Alert title="The review items could not be loaded.">{errorMessage(items.error)}</Alert>
              <Button variant="secondary" onClick={() => void items.refetch()}>
                Try again
              </Button>
            </div>
          ) : list.length === 0 ? (
            <p className="p-4 text-sm text-zinc-500">Nothing open for this reason.</p>
          ) : (
            <>
              <ul aria-label="Review items" className={cn('divide-y divide-zinc-100', items.isPlaceholderData && 'opacity-60')}>
                {list.map((item) => (
                  <ItemRow
                    key={item.id}
                    item={item}
                    current={item.id === current?.id}
                    checked={checked.has(item.id)}
                    onOpen={() => setCurrentId(item.id)}
                    onCheck={() => toggle(item.id)}
                  />
                ))}
              </ul>
              <div className="border-t border-zinc-100">
                <Pagination compact label="Review pages" offset={offset} limit={PAGE_SIZE} total={items.data.total} onChange={(next) => update({ offset: next ? String(next) : null })} />
              </div>
            </>
          )}
        </Card>
        <Card className="@container min-h-[24rem]">
          {current ? (
            <ReviewItemDetail
              key={current.id}
              ref={detail}
              item={current}
              busy={resolve.isPending}
              error={resolve.isError && resolve.variables?.id === current.id ? errorMessage(resolve.error) : null}
              onAction={(body) => act(current, body)}
            />
          ) : (
            <p className="p-8 text-center text-sm text-zinc-500">Choose an item.</p>
          )}
        </Card>
      </div>
    </>
  )
}
