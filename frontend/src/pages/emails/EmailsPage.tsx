import { Inbox, Mail, Plug, Search } from 'lucide-react'
import { useEffect, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { errorMessage } from '@/api/client'
import { useAccountNames, useAccounts, useEmails } from '@/api/queries'
import type { EmailListParams, EmailSummary } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { ButtonLink } from '@/components/ButtonLink'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { SelectField, TextField } from '@/components/Field'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { Skeleton } from '@/components/Skeleton'
import { useDebouncedValue } from '@/hooks/useDebouncedValue'
import { usePageTitle } from '@/hooks/usePageTitle'
import { cn } from '@/lib/cn'
import { formatDateTime, formatNumber, formatShortDate } from '@/lib/format'
import { EmailDetailPane } from './EmailDetailPane'

const PAGE_SIZE = 25

function EmailRow({ email, selected, to }: { email: EmailSummary; selected: boolean; to: string }) {
  return (
    <li>
      <Link
        to={to}
        aria-current={selected ? 'true' : undefined}
        className={cn(
          'block border-l-2 px-4 py-3 transition-colors focus-visible:-outline-offset-2',
          selected ? 'border-brand-600 bg-brand-50/60' : 'border-transparent hover:bg-zinc-50',
        )}
      >
        <div className="flex items-baseline justify-between gap-3">
          <p className="truncate text-sm font-medium text-zinc-900">{email.sender_name || email.sender}</p>
          <time dateTime={email.received_at} title={formatDateTime(email.received_at)} className="shrink-0 text-xs text-zinc-500">
            {formatShortDate(email.received_at)}
          </time>
        </div>
        <p className="mt-0.5 truncate text-sm text-zinc-800">{email.subject || '(no subject)'}</p>
        <div className="mt-0.5 flex items-center gap-2">
          {email.status === 'failed' && <Badge tone="red">Unreadable</Badge>}
          <p className="truncate text-xs text-zinc-500">{email.snippet}</p>
        </div>
      </Link>
    </li>
  )
}

function ListSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading emails" className="divide-y divide-zinc-100">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="space-y-2 px-4 py-3">
          <div className="flex justify-between">
            <Skeleton className="h-3.5 w-32" />
            <Skeleton className="h-3 w-10" />
          </div>
          <Skeleton className="h-3.5 w-56 max-w-full" />
          <Skeleton className="h-3 w-full" />
        </div>
      ))}
    </div>
  )
}

export function EmailsPage() {
  usePageTitle('Emails')
  const [search, setSearch] = useSearchParams()
  const q = search.get('q') ?? ''
  const status = search.get('status') ?? ''
  const account = search.get('account') ?? ''
  const offset = Math.max(0, Number(search.get('offset')) || 0)
  const selected = search.get('id')
  const [text, setText] = useState(q)
  const debounced = useDebouncedValue(text.trim(), 300)
  const accounts = useAccounts()
  const names = useAccountNames()

  const params: EmailListParams = {
    q: q || undefined,
    status: (status || undefined) as EmailListParams['status'],
    account_id: account || undefined,
    offset,
    limit: PAGE_SIZE,
  }
  const emails = useEmails(params)

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setSearch(next, { replace: true })
  }
  const linkTo = (id: string) => {
    const next = new URLSearchParams(search)
    next.set('id', id)
    return `?${next.toString()}`
  }

  // The search box writes ?q= once typing pauses (and a new search starts at the first page).
  useEffect(() => {
    if (debounced.slice(0, 200) !== q) update({ q: debounced.slice(0, 200) || null, offset: null })
  }, [debounced])

  const filtered = Boolean(q || status || account)
  const noMailYet = !filtered && offset === 0 && emails.data?.total === 0

  if (noMailYet) {
    return (
      <>
        <PageHeader title="Emails" description="The bank alerts and receipts FinCoach has imported, and what it read from each." />
        <EmptyState
          icon={Mail}
          title="No emails imported yet"
          action={
            <ButtonLink to="/accounts">
              <Plug aria-hidden="true" className="size-4" />
              {accounts.data?.length ? 'See your mailboxes' : 'Connect a mailbox'}
            </ButtonLink>
          }
        >
          {accounts.data?.length
            ? 'Your mailbox is connected: emails appear here as the first sync stores them. Follow it on the Jobs page.'
            : 'Connect a mailbox or upload an export of your mail. The messages FinCoach imports are listed here, with what it read from each.'}
        </EmptyState>
      </>
    )
  }

  return (
    <>
      <PageHeader title="Emails" description="The bank alerts and receipts FinCoach has imported, and what it read from each." />
      <div className="grid items-start gap-4 lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-6">
        <Card className={cn('overflow-hidden', selected && 'hidden lg:block')}>
          <div role="search" className="space-y-3 border-b border-zinc-100 p-4">
            <TextField
              label="Search emails"
              type="search"
              placeholder="Subject, sender or text"
              value={text}
              maxLength={200}
              onChange={(event) => setText(event.target.value)}
              trailing={<Search aria-hidden="true" className="mr-1 size-4 text-zinc-400" />}
            />
            <div className="grid grid-cols-2 gap-3">
              <SelectField
                label="Status"
                value={status}
                onChange={(event) => update({ status: event.target.value || null, offset: null })}
              >
                <option value="">All</option>
                <option value="stored">Readable</option>
                <option value="failed">Unreadable</option>
              </SelectField>
              <SelectField
                label="Mailbox"
                value={account}
                onChange={(event) => update({ account: event.target.value || null, offset: null })}
              >
                <option value="">All</option>
                {(accounts.data ?? []).map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.display_name || a.address}
                  </option>
                ))}
              </SelectField>
            </div>
          </div>
          {emails.isPending ? (
            <ListSkeleton />
          ) : emails.isError ? (
            <div className="space-y-3 p-4">
              <Alert title="Emails could not be loaded.">{errorMessage(emails.error)}</Alert>
              <Button variant="secondary" onClick={() => void emails.refetch()}>
                Try again
              </Button>
            </div>
          ) : emails.data.items.length === 0 ? (
            <div className="flex flex-col items-start gap-3 p-4 text-sm text-zinc-500">
              <p>No emails match{q ? ` “${q}”` : ' these filters'}.</p>
              <Button
                variant="secondary"
                onClick={() => {
                  setText('')
                  setSearch(new URLSearchParams(), { replace: true })
                }}
              >
                Clear search and filters
              </Button>
            </div>
          ) : (
            <>
              <p className="px-4 pt-3 text-xs text-zinc-500" aria-live="polite">
                {formatNumber(emails.data.total)} {emails.data.total === 1 ? 'email' : 'emails'}
                {q ? ` matching “${q}”` : ''}
              </p>
              <ul aria-label="Emails" className={cn('divide-y divide-zinc-100', emails.isPlaceholderData && 'opacity-60')}>
                {emails.data.items.map((email) => (
                  <EmailRow key={email.id} email={email} selected={email.id === selected} to={linkTo(email.id)} />
                ))}
              </ul>
              <div className="border-t border-zinc-100">
                <Pagination
                  compact
                  label="Email pages"
                  offset={offset}
                  limit={PAGE_SIZE}
                  total={emails.data.total}
                  onChange={(next) => update({ offset: next ? String(next) : null })}
                />
              </div>
            </>
          )}
        </Card>

        <Card className={cn('min-h-[24rem]', !selected && 'hidden lg:block')}>
          {selected ? (
            <EmailDetailPane key={selected} id={selected} accountName={(id) => names[id]} onBack={() => update({ id: null })} />
          ) : (
            <div className="flex h-full min-h-[24rem] flex-col items-center justify-center p-8 text-center">
              <Inbox aria-hidden="true" className="size-8 text-zinc-300" />
              <p className="mt-3 text-sm font-medium text-zinc-700">Choose an email</p>
              <p className="mt-1 max-w-xs text-sm text-zinc-500">
                Its text shows here beside what FinCoach read from it: amount, merchant, account and date.
              </p>
            </div>
          )}
        </Card>
      </div>
    </>
  )
}
