import { ArrowLeft, Download, ScanText } from 'lucide-react'
import { useState } from 'react'
import { api, errorMessage, unwrap } from '@/api/client'
import { useEmail } from '@/api/queries'
import type { EmailDetail, Extraction } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { Skeleton } from '@/components/Skeleton'
import { saveBlob } from '@/lib/download'
import { formatBytes, formatDateTime } from '@/lib/format'

function money(amount: string | null | undefined, currency: string | null | undefined): string | null {
  if (amount === null || amount === undefined || amount === '') return null
  const value = Number(amount)
  if (!Number.isFinite(value)) return `${currency ?? ''} ${amount}`.trim()
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'XXX' }).format(value)
  } catch {
    return `${currency ?? ''} ${amount}`.trim()
  }
}

const REASONS: Record<string, string> = {
  otp: 'a one-time password',
  promotion: 'a promotion or offer',
  statement: 'a statement or summary',
  newsletter: 'a newsletter',
}

/** What extraction read from the email, or why there is nothing yet. */
export function ParsedResult({ email }: { email: EmailDetail }) {
  const extraction = (email.extraction ?? null) as Extraction | null
  let body
  if (email.status === 'failed') {
    body = (
      <Alert title="This message could not be read">{email.failure_reason || 'FinCoach could not parse it.'}</Alert>
    )
  } else if (!extraction) {
    body = (
      <p className="text-sm text-zinc-500">
        Not read for transactions yet. Once FinCoach has read this email, the amount, merchant and account it found
        show here.
      </p>
    )
  } else if (!extraction.is_transaction) {
    const reason = extraction.rejection_reason
    body = (
      <p className="text-sm text-zinc-600">
        Not a transaction{reason ? `: it looks like ${REASONS[reason] ?? reason.replace(/_/g, ' ')}` : ''}.
      </p>
    )
  } else {
    const amount = money(extraction.amount, extraction.currency)
    const rows: Array<[string, string | null | undefined]> = [
      ['Merchant', extraction.merchant],
      ['Account', extraction.account_last4 ? `•••• ${extraction.account_last4}` : null],
      ['When', extraction.occurred_at ? formatDateTime(extraction.occurred_at) : null],
      ['Balance after', money(extraction.balance, extraction.currency)],
      ['Reference', extraction.reference],
    ]
    body = (
      <div className="space-y-3">
        {amount && (
          <p>
            <span
              className={
                extraction.direction === 'credit'
                  ? 'text-xl font-semibold text-brand-700 tabular-nums'
                  : 'text-xl font-semibold text-zinc-900 tabular-nums'
              }
            >
              {extraction.direction === 'credit' ? '+' : extraction.direction === 'debit' ? '−' : ''}
              {amount}
            </span>
            <span className="ml-2 text-sm text-zinc-500">
              {extraction.direction === 'debit' ? 'Money out' : extraction.direction === 'credit' ? 'Money in' : ''}
            </span>
          </p>
        )}
        <dl className="grid grid-cols-2 gap-x-4 gap-y-2.5 text-sm">
          {rows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className={label === 'When' || label === 'Reference' ? 'col-span-2' : undefined}>
                <dt className="text-xs text-zinc-500">{label}</dt>
                <dd className="font-medium break-words text-zinc-900">{value}</dd>
              </div>
            ))}
        </dl>
      </div>
    )
  }
  const confidence = typeof extraction?.confidence === 'number' ? Math.round(extraction.confidence * 100) : null
  return (
    <section aria-labelledby="parsed-heading" className="rounded-lg bg-zinc-50 p-4 ring-1 ring-zinc-200">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 id="parsed-heading" className="flex items-center gap-1.5 text-sm font-semibold text-zinc-900">
          <ScanText aria-hidden="true" className="size-4 shrink-0 text-zinc-400" />
          Parsed result
        </h3>
        {extraction?.is_transaction && <Badge tone="green">Transaction</Badge>}
      </div>
      {body}
      {confidence !== null && (
        <p className="mt-3 text-xs text-zinc-500">
          Confidence {confidence}%{extraction?.method ? ` · by ${extraction.method}` : ''}
        </p>
      )}
    </section>
  )
}

function DetailSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the email" className="space-y-4 p-5">
      <Skeleton className="h-6 w-3/4" />
      <Skeleton className="h-4 w-1/2" />
      <Skeleton className="h-32 w-full" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-5/6" />
    </div>
  )
}

export function EmailDetailPane({ id, accountName, onBack }: {
  id: string
  accountName?: (accountId: string) => string | undefined
  onBack: () => void
}) {
  const email = useEmail(id)
  const [downloading, setDownloading] = useState(false)
  const [downloadError, setDownloadError] = useState<string | null>(null)

  const download = async () => {
    setDownloadError(null)
    setDownloading(true)
    try {
      const raw = api.GET('/api/v1/emails/{email_id}/raw', { params: { path: { email_id: id } }, parseAs: 'blob' })
      saveBlob(await unwrap(raw), `${id}.eml`)
    } catch (error) {
      setDownloadError(errorMessage(error))
    } finally {
      setDownloading(false)
    }
  }

  return (
    <div className="@container">
      <div className="border-b border-zinc-100 px-4 py-3 lg:hidden">
        <Button variant="ghost" onClick={onBack} className="-ml-2">
          <ArrowLeft aria-hidden="true" className="size-4" />
          All emails
        </Button>
      </div>
      {email.isPending ? (
        <DetailSkeleton />
      ) : email.isError ? (
        <div className="space-y-3 p-5">
          <Alert title="This email could not be loaded.">{errorMessage(email.error)}</Alert>
          <Button variant="secondary" onClick={() => void email.refetch()}>
            Try again
          </Button>
        </div>
      ) : (
        <article aria-labelledby="email-subject" className="space-y-5 p-5">
          <header className="space-y-2">
            <h2 id="email-subject" className="text-lg font-semibold break-words text-zinc-900">
              {email.data.subject || '(no subject)'}
            </h2>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-zinc-500">From</dt>
              <dd className="min-w-0 break-words text-zinc-900">
                {email.data.sender_name ? (
                  <>
                    {email.data.sender_name} <span className="text-zinc-500">&lt;{email.data.sender}&gt;</span>
                  </>
                ) : (
                  email.data.sender
                )}
              </dd>
              <dt className="text-zinc-500">Received</dt>
              <dd className="text-zinc-900">{formatDateTime(email.data.received_at)}</dd>
              {accountName?.(email.data.account_id) && (
                <>
                  <dt className="text-zinc-500">Mailbox</dt>
                  <dd className="min-w-0 truncate text-zinc-900">{accountName(email.data.account_id)}</dd>
                </>
              )}
            </dl>
            <div className="flex flex-wrap items-center gap-3 pt-1">
              <Button variant="secondary" onClick={() => void download()} loading={downloading}>
                <Download aria-hidden="true" className="size-4" />
                Download original
              </Button>
              <span className="text-xs text-zinc-500">.eml · {formatBytes(email.data.size)}</span>
            </div>
            {downloadError && <Alert>{downloadError}</Alert>}
          </header>
          <div className="grid gap-5 @xl:grid-cols-[minmax(0,1fr)_14rem]">
            <div className="order-2 @xl:order-1">
              <h3 className="sr-only">Message text</h3>
              <pre className="max-h-[32rem] overflow-auto rounded-lg p-4 font-sans text-sm leading-6 break-words whitespace-pre-wrap text-zinc-800 ring-1 ring-zinc-200">
                {email.data.body_text.trim() || '(This message has no text part.)'}
              </pre>
            </div>
            <div className="order-1 @xl:order-2">
              <ParsedResult email={email.data} />
            </div>
          </div>
        </article>
      )}
    </div>
  )
}
