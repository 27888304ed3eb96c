import { useState, type FormEvent } from 'react'
import { errorMessage } from '@/api/client'
import { useCreateTransaction } from '@/api/ledgerQueries'
import type { Category } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { CategorySelect } from '@/components/CategorySelect'
import { SelectField, TextField } from '@/components/Field'
import { noonIn, todayIn } from '@/lib/timezone'

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/

/** Add a transaction by hand (POST /api/v1/transactions). */
export function NewTransactionForm({ categories, onDone }: { categories: Category[]; onDone: () => void }) {
  const create = useCreateTransaction()
  const [amount, setAmount] = useState('')
  const [type, setType] = useState<'debit' | 'credit'>('debit')
  const [date, setDate] = useState(() => todayIn()) // the user's today, in their zone
  const [merchant, setMerchant] = useState('')
  const [description, setDescription] = useState('')
  const [categoryId, setCategoryId] = useState('')
  const [invalid, setInvalid] = useState<string | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!AMOUNT.test(amount.trim()) || Number(amount) <= 0) {
      setInvalid('Enter an amount above zero, like 249.50.')
      return
    }
    setInvalid(null)
    create.mutate(
      {
        amount: amount.trim(),
        type,
        occurred_at: noonIn(date), // noon of that day where the user is
        merchant: merchant.trim() || null,
        description: description.trim(),
        category_id: categoryId || null,
        notes: '',
      },
      { onSuccess: onDone },
    )
  }

  return (
    <Card className="mb-4 p-4 sm:p-5">
      <form onSubmit={submit} aria-label="New transaction" className="grid gap-3 sm:grid-cols-3">
        <TextField label="Amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} error={invalid ?? undefined} required />
        <SelectField label="Type" value={type} onChange={(e) => setType(e.target.value as 'debit' | 'credit')}>
          <option value="debit">Money out</option>
          <option value="credit">Money in</option>
        </SelectField>
        <TextField label="Date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        <TextField label="Merchant" value={merchant} onChange={(e) => setMerchant(e.target.value)} />
        <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} />
        <label className="block text-sm font-medium text-zinc-800">
          Category
          <CategorySelect className="mt-1.5 py-2" categories={categories} value={categoryId} onChange={(e) => setCategoryId(e.target.value)} />
        </label>
        {create.isError && <Alert className="sm:col-span-3">{errorMessage(create.error)}</Alert>}
        <div className="flex gap-2 sm:col-span-3">
          <Button type="submit" loading={create.isPending}>Save transaction</Button>
          <Button variant="ghost" onClick={onDone}>Cancel</Button>
        </div>
      </form>
    </Card>
  )
}
