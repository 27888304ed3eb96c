import { ArrowLeft, GraduationCap, Users } from 'lucide-react'
import { useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { errorMessage } from '@/api/client'
import { useForgetTemplate, useSender, useSenders } from '@/api/reviewQueries'
import type { SenderDetail, SenderSummary } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { EmptyState } from '@/components/EmptyState'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { Skeleton } from '@/components/Skeleton'
import { usePageTitle } from '@/hooks/usePageTitle'
import { cn } from '@/lib/cn'
import { formatDateTime, formatMoney, formatNumber, formatShortDate } from '@/lib/format'
import { fieldLabel } from '@/lib/highlight'

const PAGE_SIZE = 50

function SenderRow({ sender, selected, to }: { sender: SenderSummary; selected: boolean; to: string }) {
  return (
    <li>
      <Link
        to={to}
        aria-current={selected ? 'true' : undefined}
        className={cn('block border-l-2 px-4 py-3', selected ? 'border-brand-600 bg-brand-50/60' : 'border-transparent hover:bg-zinc-50')}
      >
        <span className="flex items-center justify-between gap-2">
          <span className="truncate text-sm font-medium text-zinc-900">{sender.name || sender.address}</span>
          {sender.has_template && <Badge tone="green">Template</Badge>}
        </span>
        <span className="mt-0.5 block truncate text-xs text-zinc-500">
          {sender.address} · {formatNumber(sender.emails)} emails · {formatNumber(sender.transactions)} transactions
        </span>
      </Link>
    </li>
  )
}

function Accuracy({ sender }: { sender: SenderDetail }) {
  const { checked, corrected, accuracy } = sender.accuracy_since_template
  if (!sender.has_template) return null
  return (
    <p className="text-sm text-zinc-700">
      Since it was taught: {formatNumber(checked)} checked, {formatNumber(corrected)} corrected
      {accuracy !== null ? ` · ${Math.round(accuracy * 1000) / 10}% right` : ' · not checked yet'}.
    </p>
  )
}

function SenderPane({ id }: { id: string }) {
  const sender = useSender(id)
  const forget = useForgetTemplate()
  const [asking, setAsking] = useState(false)
  if (sender.isPending) return <Skeleton className="m-5 h-40" />
  if (sender.isError) return <Alert className="m-5" title="This sender could not be loaded.">{errorMessage(sender.error)}</Alert>
  const s = sender.data
  return (
    <article aria-labelledby="sender-name" className="space-y-5 p-5">
      <header>
        <h2 id="sender-name" className="text-lg font-semibold break-words text-zinc-900">{s.name || s.address}</h2>
        <p className="text-sm text-zinc-500">
          {s.address} · {formatNumber(s.emails)} emails · {formatNumber(s.transactions)} transactions
        </p>
      </header>
      <section aria-labelledby="template-heading" className="space-y-2 rounded-lg p-4 ring-1 ring-zinc-200">
        <h3 id="template-heading" className="flex items-center gap-1.5 text-sm font-semibold text-zinc-900">
          <GraduationCap aria-hidden="true" className="size-4 text-zinc-400" />
          Template
        </h3>
        {s.template ? (
          <>
            <p className="text-sm text-zinc-700">
              Learned from {formatNumber(s.template.examples)} {s.template.examples === 1 ? 'correction' : 'corrections'}
              {s.template_taught_at ? `, ${formatDateTime(s.template_taught_at)}` : ''}: reads{' '}
              {s.template.fields.map(fieldLabel).join(', ') || 'no field'} where this sender puts them.
            </p>
            <Accuracy sender={s} />
            <Button variant="secondary" onClick={() => setAsking(true)}>
              Forget template
            </Button>
          </>
        ) : (
          <p className="text-sm text-zinc-500">
            None: FinCoach reads this sender with its general rules. Correct one of its emails on the Review page to teach it.
          </p>
        )}
        {forget.isSuccess && !s.template && <Alert tone="success">Template forgotten.</Alert>}
      </section>
      {s.recent_emails.length > 0 && (
        <section aria-labelledby="sender-emails">
          <h3 id="sender-emails" className="mb-1.5 text-sm font-semibold text-zinc-900">Recent emails</h3>
          <ul className="space-y-1 text-sm">
            {s.recent_emails.map((email) => (
              <li key={email.id} className="flex justify-between gap-3">
                <Link to={`/emails?id=${email.id}`} className="truncate text-brand-700 underline-offset-2 hover:underline">
                  {email.subject || '(no subject)'}
                </Link>
                <span className="shrink-0 text-xs text-zinc-500">{formatShortDate(email.received_at)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.recent_transactions.length > 0 && (
        <section aria-labelledby="sender-transactions">
          <h3 id="sender-transactions" className="mb-1.5 text-sm font-semibold text-zinc-900">Recent transactions</h3>
          <ul aria-label="Recent transactions" className="space-y-1 text-sm">
            {s.recent_transactions.map((t) => (
              <li key={t.id} className="flex justify-between gap-3">
                <span className="truncate">{t.merchant || '—'}</span>
                <span className="shrink-0 tabular-nums">
                  {t.type === 'credit' ? '+' : '−'}
                  {formatMoney(t.amount, t.currency)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ConfirmDialog
        open={asking}
        title="Forget this sender's template?"
        confirmLabel="Forget template"
        busy={forget.isPending}
        error={forget.isError ? errorMessage(forget.error) : null}
        onCancel={() => setAsking(false)}
        onConfirm={() => forget.mutate(s.id, { onSuccess: () => setAsking(false) })}
      >
        Its emails will be read by the general rules again. Fields you set by hand stay as they are.
      </ConfirmDialog>
    </article>
  )
}

/** The senders FinCoach has mail from, and what it learned about each. */
export function SendersPage() {
  usePageTitle('Senders')
  const [search, setSearch] = useSearchParams()
  const offset = Math.max(0, Number(search.get('offset')) || 0)
  const selected = search.get('id')
  const senders = useSenders(offset)
  const linkTo = (id: string) => {
    const next = new URLSearchParams(search)
    next.set('id', id)
    return `?${next.toString()}`
  }
  const header = (
    <PageHeader title="Senders" description="Who sends you money mail, and the formats FinCoach learned from your corrections." />
  )
  if (senders.data && senders.data.total === 0) {
    return (
      <>
        {header}
        <EmptyState icon={Users} title="No senders yet">Senders appear as FinCoach imports your mail.</EmptyState>
      </>
    )
  }
  return (
    <>
      {header}
      <div className="grid items-start gap-4 lg:grid-cols-[20rem_minmax(0,1fr)] lg:gap-6">
        <Card className={cn('overflow-hidden', selected && 'hidden lg:block')}>
          {senders.isPending ? (
            <Skeleton className="m-4 h-32" />
          ) : senders.isError ? (
            <Alert className="m-4" title="Senders could not be loaded.">{errorMessage(senders.error)}</Alert>
          ) : (
            <>
              <ul aria-label="Senders" className="divide-y divide-zinc-100">
                {senders.data.items.map((sender) => (
                  <SenderRow key={sender.id} sender={sender} selected={sender.id === selected} to={linkTo(sender.id)} />
                ))}
              </ul>
              <Pagination
                compact
                label="Sender pages"
                offset={offset}
                limit={PAGE_SIZE}
                total={senders.data.total}
                onChange={(next) => {
                  const params = new URLSearchParams(search)
                  if (next) params.set('offset', String(next))
                  else params.delete('offset')
                  setSearch(params, { replace: true })
                }}
              />
            </>
          )}
        </Card>
        <Card className={cn('min-h-[16rem]', !selected && 'hidden lg:block')}>
          {selected ? (
            <>
              <div className="border-b border-zinc-100 px-4 py-3 lg:hidden">
                <Link to="/senders" className="inline-flex items-center gap-1.5 text-sm text-zinc-700">
                  <ArrowLeft aria-hidden="true" className="size-4" />
                  All senders
                </Link>
              </div>
              <SenderPane key={selected} id={selected} />
            </>
          ) : (
            <p className="p-8 text-center text-sm text-zinc-500">Choose a sender to see its template and accuracy.</p>
          )}
        </Card>
      </div>
    </>
  )
}
