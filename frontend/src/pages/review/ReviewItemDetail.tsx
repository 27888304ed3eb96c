import { Check, PencilLine, Ban, BadgePlus, Split } from 'lucide-react'
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { errorMessage } from '@/api/client'
import { useEmail } from '@/api/queries'
import {
  readingOf,
  type ReviewAction,
  type ReviewFields,
  type ReviewItem,
  type ReviewSpans,
} from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { SelectField, TextField } from '@/components/Field'
import { FieldLegend, HighlightedMessage } from '@/components/HighlightedMessage'
import { Skeleton } from '@/components/Skeleton'
import { formatDateTime, formatMoney } from '@/lib/format'
import { EDITABLE_FIELDS, fieldLabel, valueFromSelection, type EditableField } from '@/lib/highlight'
import { instantOf, wallTimeIn } from '@/lib/writtenDate'
import { REASONS } from './reviewText'

type Mode = 'edit' | 'is_transaction'

/** What the page's keys can ask of the item shown. */
export interface ItemControls {
  edit: () => void
  escape: () => void
}

function initialFields(item: ReviewItem): ReviewFields {
  const t = item.transaction
  if (!t) return {}
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

/** The fields to send: for an edit, those changed or chosen in the text; otherwise all that are set. */
export function changedFields(mode: Mode, draft: ReviewFields, initial: ReviewFields, spans: ReviewSpans): ReviewFields {
  const out: ReviewFields = {}
  for (const field of EDITABLE_FIELDS) {
    const value = draft[field]
    if (value === undefined || value === '') continue
    if (mode === 'edit' && value === initial[field] && !spans[field]) continue
    ;(out as Record<string, string>)[field] = field === 'occurred_at' ? instantOf(value) : value
  }
  return out
}

/** Choose which field a selection of the message is ("Use “1,250.00” as: Amount"). */
function SelectionPicker({
  chosen,
  onPick,
  onCancel,
  error,
}: {
  chosen: string
  onPick: (field: EditableField) => void
  onCancel: () => void
  error: string | null
}) {
  return (
    <div role="group" aria-label="Use the selected text as" className="space-y-2 rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200">
      <p className="text-sm text-zinc-700">
        Use <span className="font-medium text-zinc-900">“{chosen.length > 60 ? `${chosen.slice(0, 60)}…` : chosen}”</span> as:
      </p>
      <div className="flex flex-wrap gap-1.5">
        {EDITABLE_FIELDS.map((field) => (
          <Button key={field} variant="secondary" className="px-2.5 py-1" onClick={() => onPick(field)}>
            {fieldLabel(field)}
          </Button>
        ))}
        <Button variant="ghost" className="px-2.5 py-1" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      {error && <Alert>{error}</Alert>}
    </div>
  )
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
  const [mode, setMode] = useState<Mode | null>(null)
  const initial = initialFields(item)
  const [draft, setDraft] = useState<ReviewFields>(initial)
  const [spans, setSpans] = useState<ReviewSpans>({})
  const [picked, setPicked] = useState<{ start: number; end: number } | null>(null)
  const [pickError, setPickError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const firstInput = useRef<HTMLInputElement>(null)
  const hasTransaction = item.transaction !== null
  const editMode: Mode = hasTransaction ? 'edit' : 'is_transaction'

  const openEditor = (next: Mode = editMode) => {
    setMode(next)
    setFormError(null)
  }
  useImperativeHandle(ref, () => ({
    edit: () => openEditor(),
    escape: () => {
      setMode(null)
      setPicked(null)
    },
  }))
  useEffect(() => {
    if (mode) firstInput.current?.focus()
  }, [mode])

  const pick = (field: EditableField) => {
    if (!reading || !picked) return
    const got = valueFromSelection(field, reading.text, picked.start, picked.end)
    if (!got) {
      setPickError(`“${reading.text.slice(picked.start, picked.end).trim()}” does not look like ${fieldLabel(field).toLowerCase()} text.`)
      return
    }
    setDraft((d) => ({ ...d, [field]: got.value }))
    setSpans((s) => ({ ...s, [field]: [got.start, got.end] }))
    setPicked(null)
    setPickError(null)
    window.getSelection()?.removeAllRanges()
    if (!mode) openEditor()
  }

  const setField = (field: EditableField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }))
    // Typed by hand: the text no longer says where it came from.
    setSpans(({ [field]: _dropped, ...rest }) => rest)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!mode) return
    const fields = changedFields(mode, draft, initial, spans)
    if (mode === 'is_transaction' && (!fields.amount || !fields.currency || !fields.direction)) {
      setFormError('A transaction needs its amount, currency and direction.')
      return
    }
    if (Object.keys(fields).length === 0) {
      setFormError('Nothing was changed: change a field, or confirm the item as it is.')
      return
    }
    const chosen = Object.fromEntries(Object.entries(spans).filter(([field]) => field in fields)) as ReviewSpans
    onAction({ action: mode, fields, ...(Object.keys(chosen).length ? { spans: chosen } : {}) })
  }

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
        <Button variant="secondary" onClick={() => openEditor()} disabled={busy} aria-keyshortcuts="e">
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

      {mode && (
        <form aria-label={mode === 'edit' ? 'Correct the transaction' : 'Record as a transaction'} onSubmit={submit} className="space-y-3 rounded-lg p-4 ring-1 ring-zinc-200">
          <p className="text-sm text-zinc-600">
            Type a value, or select it in the message below and choose the field: FinCoach learns where this sender puts it.
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField ref={firstInput} label="Amount" inputMode="decimal" value={draft.amount ?? ''} onChange={(e) => setField('amount', e.target.value)} hint={spans.amount ? 'From the message' : undefined} />
            <TextField label="Currency" maxLength={3} value={draft.currency ?? ''} onChange={(e) => setField('currency', e.target.value.toUpperCase())} hint={spans.currency ? 'From the message' : undefined} />
            <SelectField label="Direction" value={draft.direction ?? ''} onChange={(e) => setField('direction', e.target.value)} hint={spans.direction ? 'From the message' : undefined}>
              <option value="">—</option>
              <option value="debit">Money out</option>
              <option value="credit">Money in</option>
            </SelectField>
            <TextField label="Merchant" value={draft.merchant ?? ''} onChange={(e) => setField('merchant', e.target.value)} hint={spans.merchant ? 'From the message' : undefined} />
            <TextField label="Account (last 4)" inputMode="numeric" maxLength={4} value={draft.account_last4 ?? ''} onChange={(e) => setField('account_last4', e.target.value)} hint={spans.account_last4 ? 'From the message' : undefined} />
            <TextField label="Date" type="datetime-local" value={draft.occurred_at ?? ''} onChange={(e) => setField('occurred_at', e.target.value)} hint={spans.occurred_at ? 'From the message' : undefined} />
          </div>
          {formError && <Alert>{formError}</Alert>}
          <div className="flex gap-2">
            <Button type="submit" loading={busy}>
              {mode === 'edit' ? 'Save correction' : 'Record transaction'}
            </Button>
            <Button variant="ghost" onClick={() => setMode(null)}>
              Cancel
            </Button>
          </div>
        </form>
      )}

      {picked && reading && (
        <SelectionPicker
          chosen={reading.text.slice(picked.start, picked.end).trim()}
          onPick={pick}
          onCancel={() => {
            setPicked(null)
            setPickError(null)
          }}
          error={pickError}
        />
      )}

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
            onSelectText={(range) => {
              setPicked(range)
              setPickError(null)
            }}
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
