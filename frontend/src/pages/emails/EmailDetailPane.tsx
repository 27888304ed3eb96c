import { ArrowLeft, Download, Merge, ScanText } from 'lucide-react'
import { useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { api, errorMessage, unwrap } from '@/api/client'
import { useEmail, useSplitMerge } from '@/api/queries'
import { useCorrectEmail } from '@/api/reviewQueries'
import { readingOf, type EmailDetail, type EmailMerge, type ExtractedFields, type ReviewAction, type ReviewFields } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { CorrectionDone, CorrectionForm, fieldsFromReading, SelectionPicker, useCorrection } from '@/components/Correction'
import { FieldLegend, HighlightedMessage } from '@/components/HighlightedMessage'
import { Skeleton } from '@/components/Skeleton'
import { saveBlob } from '@/lib/download'
import { formatBytes, formatDateTime, formatDay } from '@/lib/format'
import { wallTimeIn } from '@/lib/writtenDate'

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
  const extraction = email.extraction ? (email.extraction.fields as ExtractedFields) : null
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
  const confidence = email.extraction ? Math.round(email.extraction.confidence * 100) : null
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
          Confidence {confidence}%{email.extraction?.method ? ` · by ${email.extraction.method}` : ''}
        </p>
      )}
    </section>
  )
}

const REASON_LABELS: Record<EmailMerge['reason'], string> = {
  reference: 'Same payment reference',
  time_window: 'Same amount, card and time',
}

function paymentLabel(merge: EmailMerge): string {
  const amount = money(merge.amount, merge.currency) ?? `${merge.currency} ${merge.amount}`
  return [amount, merge.merchant, formatDateTime(merge.occurred_at)].filter(Boolean).join(' · ')
}

/** `?id=<email>` with the list's other parameters (search, filters, page) kept. */
function useEmailLink() {
  const [search] = useSearchParams()
  return (emailId: string) => {
    const next = new URLSearchParams(search)
    next.set('id', emailId)
    return `?${next.toString()}`
  }
}

/**
 * Merges this email is part of: "merged into" another email's transaction (with a Split
 * button), "also reported by" the emails merged into its own, and merges split earlier.
 */
export function MergePanel({ email }: { email: EmailDetail }) {
  const extraction = email.extraction
  const split = useSplitMerge()
  const linkTo = useEmailLink()
  const [done, setDone] = useState(false)
  if (!extraction) return null
  const into = extraction.merged_into
  const others = extraction.also_reported_by
  const history = extraction.split
  const banks = extraction.bank_reports
  if (!into && others.length === 0 && history.length === 0 && banks.length === 0 && !done) return null

  return (
    <section aria-labelledby="merge-heading" className="space-y-3 rounded-lg p-4 ring-1 ring-zinc-200">
      <h3 id="merge-heading" className="flex items-center gap-1.5 text-sm font-semibold text-zinc-900">
        <Merge aria-hidden="true" className="size-4 shrink-0 text-zinc-400" />
        Same payment, other emails
      </h3>
      {into && (
        <div className="space-y-2 text-sm">
          <p className="text-zinc-700">
            Merged into{' '}
            {into.transaction_email_id ? (
              <Link to={linkTo(into.transaction_email_id)} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {paymentLabel(into)}
              </Link>
            ) : (
              <span className="font-medium text-zinc-900">{paymentLabel(into)}</span>
            )}
            {into.transaction_email_subject ? `, first reported by “${into.transaction_email_subject}”` : ''}.
          </p>
          <p className="text-zinc-600">
            <Badge tone="blue">{REASON_LABELS[into.reason]}</Badge> <span className="ml-1">{into.evidence}</span>
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="secondary"
              loading={split.isPending}
              onClick={() =>
                split.mutate(
                  { transactionId: into.transaction_id, emailId: into.email_id },
                  { onSuccess: () => setDone(true) },
                )
              }
            >
              Split
            </Button>
            <span className="text-xs text-zinc-500">Not the same payment? Record it as a transaction of its own.</span>
          </div>
          {split.isError && <Alert>{errorMessage(split.error)}</Alert>}
        </div>
      )}
      {done && !into && <Alert tone="success">Split: this email now has a transaction of its own.</Alert>}
      {others.length > 0 && (
        <div className="text-sm">
          <p className="text-zinc-700">This transaction was also reported by:</p>
          <ul aria-label="Also reported by" className="mt-1.5 space-y-1.5">
            {others.map((merge) => (
              <li key={merge.id} className="flex flex-wrap items-baseline gap-x-2">
                <Link to={linkTo(merge.email_id)} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {merge.email_subject || '(no subject)'}
                </Link>
                <span className="text-xs text-zinc-500">
                  {merge.email_sender} · {REASON_LABELS[merge.reason]}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {banks.length > 0 && (
        <div className="text-sm">
          <p className="text-zinc-700">Your bank reported this payment too (linked through Plaid):</p>
          <ul aria-label="Reported by your bank" className="mt-1.5 space-y-1.5">
            {banks.map((report) => (
              <li key={report.id} className="space-y-0.5">
                <div className="flex flex-wrap items-baseline gap-x-2">
                  <span className="font-medium text-zinc-900">{report.institution}</span>
                  <span className="text-zinc-700">
                    {[report.name, money(report.amount, report.currency), formatDay(report.posted_on)].filter(Boolean).join(' · ')}
                  </span>
                  {report.pending && <Badge tone="amber">Pending</Badge>}
                </div>
                {report.reason ? (
                  <p className="text-xs text-zinc-500">
                    <Badge tone="blue">Merged: {REASON_LABELS[report.reason]}</Badge> <span className="ml-1">{report.evidence}</span>
                  </p>
                ) : (
                  <p className="text-xs text-zinc-500">
                    <Badge tone="blue">Merged</Badge> <span className="ml-1">the bank reported it first; this email was merged into it.</span>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {history.length > 0 && (
        <ul aria-label="Split merges" className="space-y-1 text-xs text-zinc-500">
          {history.map((merge) => (
            <li key={merge.id}>
              {merge.email_id === email.id
                ? `Split ${formatDateTime(merge.split_at)} from ${paymentLabel(merge)}: recorded as its own transaction.`
                : `Split ${formatDateTime(merge.split_at)}: “${merge.email_subject || '(no subject)'}” is recorded as its own transaction.`}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** What extraction read, as the correction form starts from it (the date as a wall time). */
function readFields(email: EmailDetail): ReviewFields {
  const read = (email.extraction?.fields ?? {}) as ExtractedFields
  if (!read.is_transaction) return fieldsFromReading(readingOf(email))
  return {
    amount: read.amount ?? undefined,
    currency: read.currency ?? undefined,
    direction: read.direction ?? undefined,
    merchant: read.merchant ?? '',
    account_last4: read.account_last4 ?? '',
    occurred_at: read.occurred_at ? wallTimeIn(read.occurred_at) : undefined,
  }
}

/**
 * The message beside what was read from it. With the reading's spans, each field is highlighted
 * in the text and listed in a legend, the two linked by hover and focus. Selecting text offers
 * to correct a field with it (the span teaches FinCoach the sender's format).
 */
function MessageAndFields({ email }: { email: EmailDetail }) {
  const reading = readingOf(email)
  const [active, setActive] = useState<string | null>(null)
  const correct = useCorrectEmail()
  const isTransaction = Boolean((email.extraction?.fields as ExtractedFields | undefined)?.is_transaction)
  const send = (body: ReviewAction) => {
    if (body.action === 'confirm' || body.action === 'split') return
    correct.mutate({ emailId: email.id, body }, { onSuccess: () => correction.close() })
  }
  const correction = useCorrection({
    initial: readFields(email),
    reading,
    defaultMode: isTransaction ? 'edit' : 'is_transaction',
    onSubmit: send,
  })
  const canCorrect = reading !== null && email.status !== 'failed'
  return (
    <div className="grid gap-5 @xl:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="order-2 @xl:order-1">
        <h3 className="sr-only">Message text</h3>
        {reading ? (
          <HighlightedMessage
            text={reading.text}
            fields={reading.fields}
            active={active}
            onActive={setActive}
            onSelectText={canCorrect ? correction.select : undefined}
          />
        ) : (
          <pre className="max-h-[32rem] overflow-auto rounded-lg p-4 font-sans text-sm leading-6 break-words whitespace-pre-wrap text-zinc-800 ring-1 ring-zinc-200">
            {email.body_text.trim() || '(This message has no text part.)'}
          </pre>
        )}
      </div>
      <div className="order-1 space-y-4 @xl:order-2">
        <ParsedResult email={email} />
        {correct.isSuccess && (
          <CorrectionDone title="Correction saved." outcome={correct.data} sender={email.sender} />
        )}
        {correct.isError && <Alert>{errorMessage(correct.error)}</Alert>}
        <SelectionPicker correction={correction} />
        <CorrectionForm correction={correction} busy={correct.isPending} compact />
        {reading && (reading.fields.length > 0 || canCorrect) && (
          <section aria-labelledby="provenance-heading" className="rounded-lg p-3 ring-1 ring-zinc-200">
            <h3 id="provenance-heading" className="mb-2 px-1 text-sm font-semibold text-zinc-900">
              Where each field was read
            </h3>
            <FieldLegend fields={reading.fields} active={active} onActive={setActive} />
            {reading.part === 'html' && (
              <p className="mt-2 px-1 text-xs text-zinc-500">Read from the HTML part, shown here as text.</p>
            )}
            {canCorrect && !correction.mode && (
              <div className="mt-3 flex flex-wrap gap-2 px-1">
                <Button variant="secondary" className="px-2.5 py-1" onClick={() => correction.open()}>
                  {isTransaction ? 'Correct' : 'This is a transaction'}
                </Button>
                {isTransaction && (
                  <Button variant="ghost" className="px-2.5 py-1" loading={correct.isPending} onClick={() => send({ action: 'not_transaction' })}>
                    Not a transaction
                  </Button>
                )}
              </div>
            )}
            {canCorrect && <p className="mt-2 px-1 text-xs text-zinc-500">Or select a value in the message to correct it.</p>}
          </section>
        )}
        <MergePanel email={email} />
      </div>
    </div>
  )
}

function DetailSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading the email" className="space-y-4 p-5">
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
          <MessageAndFields email={email.data} />
        </article>
      )}
    </div>
  )
}
