/**
 * Correcting what was read from an email, by typing a value or by selecting it in the message
 * and saying which field it is (then its span goes too: that is what teaches FinCoach where
 * the sender puts it). Used by the Review inbox and the Emails page.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import type { Reading, ReviewAction, ReviewFields, ReviewOutcome, ReviewSpans } from '@/api/types'
import { EDITABLE_FIELDS, fieldLabel, valueFromSelection, type EditableField } from '@/lib/highlight'
import { instantOf, wallTimeIn } from '@/lib/writtenDate'
import { Alert } from './Alert'
import { Button } from './Button'
import { SelectField, TextField } from './Field'

export type CorrectionMode = 'edit' | 'is_transaction'

/** The fields to send: for an edit, those changed or chosen in the text; otherwise all that are set. */
export function changedFields(mode: CorrectionMode, draft: ReviewFields, initial: ReviewFields, spans: ReviewSpans): ReviewFields {
  const out: ReviewFields = {}
  for (const field of EDITABLE_FIELDS) {
    const value = draft[field]
    if (value === undefined || value === '') continue
    if (mode === 'edit' && value === initial[field] && !spans[field]) continue
    ;(out as Record<string, string>)[field] = field === 'occurred_at' ? instantOf(value) : value
  }
  return out
}

/**
 * What the reading holds for the correctable fields (for mail read as no transaction: the
 * amount and the rest it saw are where "this is a transaction" starts).
 */
export function fieldsFromReading(reading: Reading | null): ReviewFields {
  const out: Record<string, string> = {}
  for (const field of reading?.fields ?? []) {
    if (!field.value || !(EDITABLE_FIELDS as readonly string[]).includes(field.field)) continue
    out[field.field] = field.field === 'occurred_at' ? wallTimeIn(field.value) : field.value
  }
  return out as ReviewFields
}

/** The state of one correction: the draft, the spans chosen, a pending selection, the mode. */
export function useCorrection({ initial, reading, defaultMode, onSubmit }: {
  /** The fields as read (occurred_at as a wall time, see writtenDate.ts). */
  initial: ReviewFields
  reading: Reading | null
  defaultMode: CorrectionMode
  onSubmit: (body: ReviewAction) => void
}) {
  const [mode, setMode] = useState<CorrectionMode | null>(null)
  const [draft, setDraft] = useState<ReviewFields>(initial)
  const [spans, setSpans] = useState<ReviewSpans>({})
  const [picked, setPicked] = useState<{ start: number; end: number } | null>(null)
  const [pickError, setPickError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)

  // Opening starts from the fields as read now (the email may have been re-read since).
  const open = (next: CorrectionMode = defaultMode) => {
    setMode(next)
    setDraft(initial)
    setSpans({})
    setFormError(null)
  }
  const close = () => {
    setMode(null)
    setPicked(null)
    setPickError(null)
  }
  const select = (range: { start: number; end: number }) => {
    setPicked(range)
    setPickError(null)
  }

  const pick = (field: EditableField) => {
    if (!reading || !picked) return
    const got = valueFromSelection(field, reading.text, picked.start, picked.end)
    if (!got) {
      setPickError(`“${reading.text.slice(picked.start, picked.end).trim()}” does not look like ${fieldLabel(field).toLowerCase()} text.`)
      return
    }
    if (!mode) open()
    setDraft((d) => ({ ...d, [field]: got.value }))
    setSpans((s) => ({ ...s, [field]: [got.start, got.end] }))
    setPicked(null)
    setPickError(null)
    window.getSelection()?.removeAllRanges()
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
      setFormError('Nothing was changed: change a field, or confirm it as it is.')
      return
    }
    const chosen = Object.fromEntries(Object.entries(spans).filter(([field]) => field in fields)) as ReviewSpans
    onSubmit({ action: mode, fields, ...(Object.keys(chosen).length ? { spans: chosen } : {}) })
  }

  const chosenText = reading && picked ? reading.text.slice(picked.start, picked.end).trim() : null
  return { mode, open, close, select, pick, picked, chosenText, pickError, draft, spans, setField, submit, formError }
}

export type Correction = ReturnType<typeof useCorrection>

/** Choose which field a selection of the message is ("Use “1,250.00” as: Amount"). */
export function SelectionPicker({ correction }: { correction: Correction }) {
  const { chosenText, pick, close, pickError } = correction
  if (!chosenText) return null
  return (
    <div role="group" aria-label="Use the selected text as" className="space-y-2 rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200">
      <p className="text-sm text-zinc-700">
        Use <span className="font-medium text-zinc-900">“{chosenText.length > 60 ? `${chosenText.slice(0, 60)}…` : chosenText}”</span> as:
      </p>
      <div className="flex flex-wrap gap-1.5">
        {EDITABLE_FIELDS.map((field) => (
          <Button key={field} variant="secondary" className="px-2.5 py-1" onClick={() => pick(field)}>
            {fieldLabel(field)}
          </Button>
        ))}
        <Button variant="ghost" className="px-2.5 py-1" onClick={close}>
          Cancel
        </Button>
      </div>
      {pickError && <Alert>{pickError}</Alert>}
    </div>
  )
}

/** The fields to correct; "From the message" marks those chosen by selecting their text. */
export function CorrectionForm({ correction, busy, compact = false }: { correction: Correction; busy: boolean; compact?: boolean }) {
  const { mode, draft, spans, setField, submit, formError, close } = correction
  const firstInput = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (mode) firstInput.current?.focus()
  }, [mode])
  if (!mode) return null
  const from = (field: EditableField) => (spans[field] ? 'From the message' : undefined)
  return (
    <form
      aria-label={mode === 'edit' ? 'Correct the transaction' : 'Record as a transaction'}
      onSubmit={submit}
      className="space-y-3 rounded-lg p-4 ring-1 ring-zinc-200"
    >
      <p className="text-sm text-zinc-600">
        Type a value, or select it in the message and choose the field: FinCoach learns where this sender puts it.
      </p>
      <div className={compact ? 'grid gap-3' : 'grid gap-3 sm:grid-cols-2'}>
        <TextField ref={firstInput} label="Amount" inputMode="decimal" value={draft.amount ?? ''} onChange={(e) => setField('amount', e.target.value)} hint={from('amount')} />
        <TextField label="Currency" maxLength={3} value={draft.currency ?? ''} onChange={(e) => setField('currency', e.target.value.toUpperCase())} hint={from('currency')} />
        <SelectField label="Direction" value={draft.direction ?? ''} onChange={(e) => setField('direction', e.target.value)} hint={from('direction')}>
          <option value="">—</option>
          <option value="debit">Money out</option>
          <option value="credit">Money in</option>
        </SelectField>
        <TextField label="Merchant" value={draft.merchant ?? ''} onChange={(e) => setField('merchant', e.target.value)} hint={from('merchant')} />
        <TextField label="Account (last 4)" inputMode="numeric" maxLength={4} value={draft.account_last4 ?? ''} onChange={(e) => setField('account_last4', e.target.value)} hint={from('account_last4')} />
        <TextField label="Date" type="datetime-local" value={draft.occurred_at ?? ''} onChange={(e) => setField('occurred_at', e.target.value)} hint={from('occurred_at')} />
      </div>
      {formError && <Alert>{formError}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" loading={busy}>
          {mode === 'edit' ? 'Save correction' : 'Record transaction'}
        </Button>
        <Button variant="ghost" onClick={close}>
          Cancel
        </Button>
      </div>
    </form>
  )
}

/**
 * What a handled correction did; when it taught the sender's template, say so and link to the
 * job re-reading the sender's other emails.
 */
export function CorrectionDone({ title, outcome, sender, className }: {
  title: string
  outcome: ReviewOutcome | null
  sender: string | null
  className?: string
}) {
  return (
    <Alert tone="success" title={title} className={className}>
      {outcome?.template_learned && (
        <>
          FinCoach learned how {sender ?? 'this sender'} writes its emails, and is reading that sender’s other emails
          again with it.{' '}
          <Link
            to={outcome.reextract_job_id ? `/jobs/${outcome.reextract_job_id}` : '/jobs'}
            className="font-medium underline underline-offset-2"
          >
            Follow the re-extraction on Jobs
          </Link>
        </>
      )}
    </Alert>
  )
}
