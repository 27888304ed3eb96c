import { FileText, Mail, Plus, Trash2 } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { errorMessage } from '@/api/client'
import { useCategories, useMoneyAccounts, useUpdateTransaction } from '@/api/ledgerQueries'
import {
  transactionKeys,
  useSetSplits,
  useTransaction,
  useTransactionSource,
  type TransactionDetail,
} from '@/api/transactionQueries'
import type { Category, TransactionUpdate } from '@/api/types'
import { useQueryClient } from '@tanstack/react-query'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { CategorySelect } from '@/components/CategorySelect'
import { Drawer } from '@/components/Drawer'
import { SelectField, TextField } from '@/components/Field'
import { Skeleton } from '@/components/Skeleton'
import { useOnline } from '@/hooks/useOnline'
import { COMMON_CURRENCIES } from '@/lib/currencies'
import { formatDateTime, formatMoney } from '@/lib/format'
import { dayIn, noonIn } from '@/lib/timezone'
import { fromCents, splitState, toCents, type SplitLine } from './splitMath'
import { TransactionAttachments } from './TransactionAttachments'

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/

/** Tags as typed ("trip, Goa ,trip") → the list the API keeps (["trip", "goa"]). */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))]
}

interface FormState {
  amount: string
  currency: string
  type: 'debit' | 'credit'
  day: string
  merchant: string
  description: string
  account_id: string
  category_id: string
  notes: string
  tags: string
}

function formOf(txn: TransactionDetail): FormState {
  return {
    amount: txn.amount,
    currency: txn.currency,
    type: txn.type,
    day: dayIn(new Date(txn.occurred_at)),
    merchant: txn.transactor_name ?? '',
    description: txn.description,
    account_id: txn.account_id ?? '',
    category_id: txn.category_id ?? '',
    notes: txn.notes,
    tags: txn.tags.join(', '),
  }
}

/** Only what changed, as PATCH wants it (an unchanged field is not sent: no false correction). */
export function changes(before: FormState, after: FormState): TransactionUpdate {
  const body: TransactionUpdate = {}
  if (after.amount.trim() !== before.amount) body.amount = after.amount.trim()
  if (after.currency !== before.currency) body.currency = after.currency
  if (after.type !== before.type) body.type = after.type
  if (after.day !== before.day) body.occurred_at = noonIn(after.day)
  if (after.merchant.trim() && after.merchant.trim() !== before.merchant) body.merchant = after.merchant.trim()
  if (after.description !== before.description) body.description = after.description
  if (after.account_id !== before.account_id) body.account_id = after.account_id || null
  if (after.category_id !== before.category_id) body.category_id = after.category_id || null
  if (after.notes !== before.notes) body.notes = after.notes
  const tags = parseTags(after.tags)
  if (tags.join(',') !== parseTags(before.tags).join(',')) body.tags = tags
  return body
}

function EditForm({ txn, categories, readOnly }: { txn: TransactionDetail; categories: Category[]; readOnly: boolean }) {
  const queryClient = useQueryClient()
  const update = useUpdateTransaction()
  const accounts = useMoneyAccounts()
  const [form, setForm] = useState<FormState>(() => formOf(txn))
  const [invalid, setInvalid] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const set = (patch: Partial<FormState>) => {
    setSaved(false)
    setForm((f) => ({ ...f, ...patch }))
  }
  const currencies = COMMON_CURRENCIES.includes(form.currency) ? COMMON_CURRENCIES : [form.currency, ...COMMON_CURRENCIES]

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!AMOUNT.test(form.amount.trim()) || toCents(form.amount) === 0) {
      setInvalid('Enter an amount above zero, like 249.50.')
      return
    }
    setInvalid(null)
    const body = changes(formOf(txn), form)
    if (Object.keys(body).length === 0) {
      setSaved(true)
      return
    }
    update.mutate(
      { id: txn.id, body },
      {
        onSuccess: (updated) => {
          queryClient.setQueryData(transactionKeys.detail(txn.id), updated)
          setForm(formOf({ ...txn, ...updated }))
          setSaved(true)
        },
      },
    )
  }

  return (
    <form onSubmit={submit} aria-label="Edit transaction" className="grid grid-cols-2 gap-3">
      <fieldset disabled={readOnly} className="contents">
        <TextField label="Amount" inputMode="decimal" value={form.amount} onChange={(e) => set({ amount: e.target.value })} error={invalid} required />
        <SelectField label="Currency" value={form.currency} onChange={(e) => set({ currency: e.target.value })}>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
        <SelectField label="Direction" value={form.type} onChange={(e) => set({ type: e.target.value as FormState['type'] })}>
          <option value="debit">Money out</option>
          <option value="credit">Money in</option>
        </SelectField>
        <TextField label="Date" type="date" value={form.day} onChange={(e) => set({ day: e.target.value })} required />
        <div className="col-span-2">
          <TextField label="Merchant" value={form.merchant} onChange={(e) => set({ merchant: e.target.value })} />
        </div>
        <div className="col-span-2">
          <TextField label="Description" value={form.description} onChange={(e) => set({ description: e.target.value })} />
        </div>
        <SelectField label="Account" value={form.account_id} onChange={(e) => set({ account_id: e.target.value })}>
          <option value="">No account</option>
          {(accounts.data ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </SelectField>
        <label className="block text-sm font-medium text-zinc-800">
          Category
          <CategorySelect className="mt-1.5 py-2" categories={categories} value={form.category_id} onChange={(e) => set({ category_id: e.target.value })} />
        </label>
        <label className="col-span-2 block text-sm font-medium text-zinc-800">
          Notes
          <textarea
            className="mt-1.5 block w-full rounded-lg border-0 px-3 py-2 text-base text-zinc-900 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-brand-600 sm:text-sm"
            rows={3}
            maxLength={2000}
            value={form.notes}
            onChange={(e) => set({ notes: e.target.value })}
          />
        </label>
        <div className="col-span-2">
          <TextField label="Tags" hint="Separated by commas" value={form.tags} onChange={(e) => set({ tags: e.target.value })} />
        </div>
      </fieldset>
      {update.isError && <Alert className="col-span-2">{errorMessage(update.error)}</Alert>}
      <div className="col-span-2 flex items-center gap-3">
        <Button type="submit" loading={update.isPending} disabled={readOnly}>
          Save changes
        </Button>
        {saved && (
          <p role="status" className="text-sm text-brand-700">
            Saved
          </p>
        )}
      </div>
    </form>
  )
}

function SplitEditor({ txn, categories, readOnly }: { txn: TransactionDetail; categories: Category[]; readOnly: boolean }) {
  const setSplits = useSetSplits()
  const fromTxn = (): SplitLine[] =>
    txn.splits.map((s) => ({ category_id: s.category_id ?? '', amount: s.amount, note: s.note }))
  const [lines, setLines] = useState<SplitLine[]>(fromTxn)
  const [editing, setEditing] = useState(txn.splits.length > 0)
  const state = splitState(txn.amount, lines)
  const setLine = (i: number, patch: Partial<SplitLine>) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)))

  function start() {
    const half = Math.floor((toCents(txn.amount) ?? 0) / 2)
    setLines([
      { category_id: txn.category_id ?? '', amount: fromCents((toCents(txn.amount) ?? 0) - half), note: '' },
      { category_id: '', amount: fromCents(half), note: '' },
    ])
    setEditing(true)
  }

  function save() {
    setSplits.mutate({
      id: txn.id,
      splits: lines.map((l) => ({ category_id: l.category_id || null, amount: l.amount.trim(), note: l.note })),
    })
  }

  if (!editing)
    return (
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-zinc-600">Spread this payment over several categories.</p>
        <Button variant="secondary" onClick={start} disabled={readOnly}>
          Split
        </Button>
      </div>
    )

  return (
    <div role="group" aria-label="Split across categories" className="space-y-3">
      <ul className="space-y-2">
        {lines.map((line, i) => (
          <li key={i} className="grid grid-cols-[1fr_7rem_auto] items-end gap-2 sm:grid-cols-[1fr_7rem_1fr_auto]">
            <label className="block text-xs font-medium text-zinc-600">
              Category of part {i + 1}
              <CategorySelect className="mt-1" categories={categories} value={line.category_id} disabled={readOnly} onChange={(e) => setLine(i, { category_id: e.target.value })} />
            </label>
            <label className="block text-xs font-medium text-zinc-600">
              Amount of part {i + 1}
              <input
                inputMode="decimal"
                className="mt-1 block w-full rounded-lg border-0 px-2.5 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-brand-600"
                value={line.amount}
                disabled={readOnly}
                onChange={(e) => setLine(i, { amount: e.target.value })}
              />
            </label>
            <label className="col-span-2 row-start-2 block text-xs font-medium text-zinc-600 sm:col-span-1 sm:row-start-auto">
              Note of part {i + 1}
              <input
                className="mt-1 block w-full rounded-lg border-0 px-2.5 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-brand-600"
                value={line.note}
                maxLength={200}
                disabled={readOnly}
                onChange={(e) => setLine(i, { note: e.target.value })}
              />
            </label>
            <button
              type="button"
              aria-label={`Remove part ${i + 1}`}
              disabled={readOnly}
              onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
              className="rounded-md p-2 text-zinc-500 hover:bg-zinc-100 hover:text-red-700"
            >
              <Trash2 aria-hidden="true" className="size-4" />
            </button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          disabled={readOnly}
          onClick={() =>
            setLines((ls) => [...ls, { category_id: '', amount: state.remaining && state.remaining > 0 ? fromCents(state.remaining) : '', note: '' }])
          }
        >
          <Plus aria-hidden="true" className="size-4" /> Add part
        </Button>
        <p aria-live="polite" className={state.valid ? 'text-sm text-brand-700' : 'text-sm text-amber-700'}>
          {state.valid ? `Parts add up to ${formatMoney(txn.amount, txn.currency)}` : state.error}
        </p>
      </div>
      {setSplits.isError && <Alert>{errorMessage(setSplits.error)}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button onClick={save} disabled={!state.valid || readOnly} loading={setSplits.isPending}>
          Save split
        </Button>
        {txn.splits.length > 0 ? (
          <Button
            variant="ghost"
            disabled={readOnly}
            onClick={() => setSplits.mutate({ id: txn.id, splits: [] }, { onSuccess: () => { setLines([]); setEditing(false) } })}
          >
            Remove split
          </Button>
        ) : (
          <Button variant="ghost" onClick={() => { setLines([]); setEditing(false) }}>
            Cancel
          </Button>
        )}
      </div>
      {setSplits.isSuccess && (
        <p role="status" className="text-sm text-brand-700">
          Split saved
        </p>
      )}
    </div>
  )
}

function SourceSection({ id }: { id: string }) {
  const source = useTransactionSource(id)
  if (source.isPending) return <Skeleton className="h-16 w-full" />
  if (source.isError) return <Alert>{errorMessage(source.error)}</Alert>
  const { email, statement_lines: lines } = source.data
  if (!email && lines.length === 0) return <p className="text-sm text-zinc-500">Entered by hand or imported: no email or statement line.</p>
  return (
    <div className="space-y-3">
      {email && (
        <figure className="rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200">
          <figcaption className="flex flex-wrap items-center gap-x-2 text-sm">
            <Mail aria-hidden="true" className="size-4 text-zinc-500" />
            <Link to={`/emails?id=${email.id}`} className="font-medium text-brand-700 underline">
              {email.subject || '(no subject)'}
            </Link>
            <span className="text-zinc-500">
              {email.sender_name || email.sender} · {formatDateTime(email.received_at)}
            </span>
          </figcaption>
          <blockquote className="mt-2 line-clamp-6 text-sm whitespace-pre-line text-zinc-700">{email.excerpt}</blockquote>
        </figure>
      )}
      {lines.map((line) => (
        <div key={`${line.statement_id}-${line.posted_on}-${line.amount}`} className="rounded-lg bg-zinc-50 p-3 text-sm ring-1 ring-zinc-200">
          <p className="flex items-center gap-2 font-medium text-zinc-800">
            <FileText aria-hidden="true" className="size-4 text-zinc-500" /> Statement line ({line.filename || 'statement'})
          </p>
          <p className="mt-1 text-zinc-700">
            {line.posted_on} · {line.type === 'credit' ? '+' : '−'}
            {line.amount} · {line.description}
            {line.reference ? ` · ref ${line.reference}` : ''}
          </p>
        </div>
      ))}
    </div>
  )
}

/** The drawer of one transaction: every field, its split, where it was read from, its files. */
export function TransactionDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const txn = useTransaction(id)
  const categories = useCategories()
  const online = useOnline()
  const title = txn.data ? txn.data.transactor_name || txn.data.description || 'Transaction' : 'Transaction'
  return (
    <Drawer title={title} onClose={onClose}>
      {txn.isPending ? (
        <div className="space-y-3" aria-busy="true">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </div>
      ) : txn.isError ? (
        <Alert>{errorMessage(txn.error)}</Alert>
      ) : (
        <div className="space-y-6">
          {!online && <Alert tone="info">You are offline: this transaction is read-only until you reconnect.</Alert>}
          <section aria-labelledby="drawer-details">
            <h3 id="drawer-details" className="mb-3 text-sm font-semibold text-zinc-900">
              Details
            </h3>
            <EditForm key={txn.data.id} txn={txn.data} categories={categories.data ?? []} readOnly={!online} />
          </section>
          <section aria-labelledby="drawer-split">
            <h3 id="drawer-split" className="mb-3 text-sm font-semibold text-zinc-900">
              Split
            </h3>
            <SplitEditor key={txn.data.splits.map((s) => s.id).join()} txn={txn.data} categories={categories.data ?? []} readOnly={!online} />
          </section>
          <section aria-labelledby="drawer-source">
            <h3 id="drawer-source" className="mb-3 text-sm font-semibold text-zinc-900">
              Source
            </h3>
            <SourceSection id={id} />
          </section>
          <section aria-labelledby="drawer-files">
            <h3 id="drawer-files" className="mb-3 text-sm font-semibold text-zinc-900">
              Attachments
            </h3>
            <TransactionAttachments transactionId={id} />
          </section>
        </div>
      )}
    </Drawer>
  )
}
