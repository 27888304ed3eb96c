import { Check, PencilLine, Ban, BadgePlus, Split } from 'lucide-react'
import { forwardRef, useImperativeHandle, useState } from 'react'
import { Link } from 'react-router'
import { errorMessage } from '@/api/client'
import { useEmail } from '@/api/queries'
import { readingOf, type Reading, type ReviewAction, type ReviewFields, type ReviewItem } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { CorrectionForm, fieldsFromReading, SelectionPicker, useCorrection } from '@/components/Correction'
import { FieldLegend, HighlightedMessage } from '@/components/HighlightedMessage'
import { Skeleton } from '@/components/Skeleton'
import { formatDateTime, formatMoney } from '@/lib/format'
import { fieldLabel } from '@/lib/highlight'
import { wallTimeIn } from '@/lib/writtenDate'
import { REASONS } from './reviewText'

/** What the page's keys can ask of the item shown. */
export interface ItemControls {
  edit: () => void
  escape: () => void
}

function initialFields(item: ReviewItem, reading: Reading | null): ReviewFields {
  const t = item.transaction
  if (!t) return fieldsFromReading(reading)
  return {
    amount: t.amount,
    currency: t.currency,
    direction: t.type,
    merchant: t.merchant ?? '',
    account_last4: t.account_last4 ?? '',
    // The wall time in the user's zone, as the datetime input holds it (made an instant on sending).
    occurred_at: wallTimeIn(t.occurred_at),
  }
}

/**
 * One review item: why it is here, the email with what was read highlighted, and its actions.
 * Selecting text in the message offers to use it as a field; the value and its span go with
 * the correction (that is what teaches FinCoach the sender's format).
 */
export const ReviewItemDetail = forwardRef<
  ItemControls,
  { item: ReviewItem; busy: boolean; onAction: (body: ReviewAction) => void; error: string | null }
>(function ReviewItemDetail({ item, busy, onAction, error }, ref) {
  const email = useEmail(item.email_id)
  const reading = email.data ? readingOf(email.data) : null
  const [active, setActive] = useState<string | null>(null)
  const hasTransaction = item.transaction !== null
  const correction = useCorrection({
    initial: initialFields(item, reading),
    reading,
    defaultMode: hasTransaction ? 'edit' : 'is_transaction',
    onSubmit: onAction,
  })
  useImperativeHandle(ref, () => ({ edit: () => correction.open(), escape: correction.close }))

  const t = item.transaction
  const reason = REASONS[item.reason]
  return (
    <article aria-labelledby="review-item-subject" className="space-y-4 p-5">
      <header className="space-y-1.5">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={reason?.tone ?? 'zinc'}>{reason?.label ?? item.reason}</Badge>
          {item.fields.map((field) => (
            <Badge key={field} tone="amber">
              unsure: {fieldLabel(field)}
            </Badge>
          ))}
        </div>
        <h2 id="review-item-subject" className="text-lg font-semibold break-words text-zinc-900">
          {item.email_subject || '(no subject)'}
        </h2>
        <p className="text-sm text-zinc-500">
          {item.email_sender}
          {item.email_received_at ? ` · ${formatDateTime(item.email_received_at)}` : ''}
          {item.email_id && (
            <>
              {' · '}
              <Link to={`/emails?id=${item.email_id}`} className="text-brand-700 underline-offset-2 hover:underline">
                Open in Emails
              </Link>
            </>
          )}
        </p>
        <p className="text-sm text-zinc-700">{item.detail}</p>
      </header>

      {t && (
        <p className="text-sm text-zinc-700" aria-label="Transaction as read">
          <span className="font-semibold text-zinc-900 tabular-nums">
            {t.type === 'credit' ? '+' : '−'}
            {formatMoney(t.amount, t.currency)}
          </span>
          {t.merchant ? ` · ${t.merchant}` : ''}
          {t.account_last4 ? ` · •••• ${t.account_last4}` : ''}
          {` · ${formatDateTime(t.occurred_at)}`}
        </p>
      )}

      <div role="toolbar" aria-label="Actions" className="flex flex-wrap gap-2">
        {hasTransaction && (
          <Button onClick={() => onAction({ action: 'confirm' })} loading={busy} aria-keyshortcuts="Enter">
            <Check aria-hidden="true" className="size-4" />
            Confirm
          </Button>
        )}
        <Button variant="secondary" onClick={() => correction.open()} disabled={busy} aria-keyshortcuts="e">
          {hasTransaction ? <PencilLine aria-hidden="true" className="size-4" /> : <BadgePlus aria-hidden="true" className="size-4" />}
          {hasTransaction ? 'Edit' : 'This is a transaction'}
        </Button>
        <Button variant="secondary" onClick={() => onAction({ action: 'not_transaction' })} disabled={busy} aria-keyshortcuts="n">
          <Ban aria-hidden="true" className="size-4" />
          Not a transaction
        </Button>
        {item.reason === 'merge' && (
          <Button variant="secondary" onClick={() => onAction({ action: 'split' })} disabled={busy}>
            <Split aria-hidden="true" className="size-4" />
            Split
          </Button>
        )}
      </div>
      {error && <Alert>{error}</Alert>}

      <CorrectionForm correction={correction} busy={busy} />
      <SelectionPicker correction={correction} />

      {email.isPending && item.email_id ? (
        <Skeleton className="h-40 w-full" />
      ) : email.isError ? (
        <Alert title="The email could not be loaded.">{errorMessage(email.error)}</Alert>
      ) : reading ? (
        <div className="grid gap-4 @2xl:grid-cols-[minmax(0,1fr)_15rem]">
          <HighlightedMessage
            text={reading.text}
            fields={reading.fields}
            active={active}
            onActive={setActive}
            onSelectText={correction.select}
          />
          <FieldLegend fields={reading.fields} active={active} onActive={setActive} />
        </div>
      ) : email.data ? (
        <pre className="max-h-[24rem] overflow-auto rounded-lg p-4 font-sans text-sm whitespace-pre-wrap text-zinc-800 ring-1 ring-zinc-200">
          {email.data.body_text}
        </pre>
      ) : null}
    </article>
  )
})
