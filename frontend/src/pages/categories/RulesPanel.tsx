import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { api, errorMessage, unwrap } from '@/api/client'
import { ledgerKeys, useLedgerChanged, useRules } from '@/api/ledgerQueries'
import type { Category, CategoryRule } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { CategorySelect } from '@/components/CategorySelect'
import { Skeleton } from '@/components/Skeleton'

const FIELD_LABELS = {
  transactor_pattern: 'Merchant',
  description_pattern: 'Description',
  sender_pattern: 'Sender',
} as const
type PatternField = keyof typeof FIELD_LABELS

function describe(rule: CategoryRule): string {
  const parts: string[] = []
  for (const field of Object.keys(FIELD_LABELS) as PatternField[]) {
    const value = rule[field]
    if (value) parts.push(`${FIELD_LABELS[field]} ${rule.match_type === 'regex' ? 'matches' : 'contains'} “${value}”`)
  }
  if (rule.direction) parts.push(rule.direction === 'debit' ? 'money out' : 'money in')
  if (rule.amount_min) parts.push(`≥ ${rule.amount_min}`)
  if (rule.amount_max) parts.push(`≤ ${rule.amount_max}`)
  return parts.join(' and ')
}

export function RulesPanel({ categories }: { categories: Category[] }) {
  const rules = useRules()
  const queryClient = useQueryClient()
  const changed = useLedgerChanged()
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ledgerKeys.rules })
  const [field, setField] = useState<PatternField>('transactor_pattern')
  const [pattern, setPattern] = useState('')
  const [matchType, setMatchType] = useState<'contains' | 'regex'>('contains')
  const [direction, setDirection] = useState('')
  const [categoryId, setCategoryId] = useState('')
  const names = new Map(categories.map((c) => [c.id, c.name]))

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/category-rules', {
          body: {
            category_id: categoryId,
            [field]: pattern.trim(),
            match_type: matchType,
            direction: (direction || null) as CategoryRule['direction'],
            priority: (rules.data?.at(-1)?.priority ?? 90) + 10,
            active: true,
          },
        }),
      ),
    onSuccess: () => {
      setPattern('')
      refresh()
    },
  })
  const remove = useMutation({
    mutationFn: async (id: string) => {
      await api.DELETE('/api/v1/category-rules/{rule_id}', { params: { path: { rule_id: id } } })
    },
    onSuccess: refresh,
  })
  const setPriority = (id: string, priority: number) =>
    api.PATCH('/api/v1/category-rules/{rule_id}', { params: { path: { rule_id: id } }, body: { priority } })
  const move = useMutation({
    mutationFn: async ({ a, b }: { a: CategoryRule; b: CategoryRule }) => {
      // Swap two neighbours' priorities (equal ones are separated first).
      const [pa, pb] = a.priority === b.priority ? [a.priority, a.priority + 1] : [a.priority, b.priority]
      await setPriority(a.id, pb)
      await setPriority(b.id, pa)
    },
    onSettled: refresh,
  })
  const apply = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/category-rules/apply', { body: { only_uncategorised: false } })),
    onSuccess: changed,
  })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    create.mutate()
  }
  const list = rules.data ?? []
  const input = 'rounded-lg border-0 px-2.5 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset'

  return (
    <Card>
      <CardHeader title="Rules" description="Checked in order, top first; the first match sets the category." />
      <form aria-label="New rule" onSubmit={submit} className="grid gap-2 border-b border-zinc-100 px-5 py-3 sm:grid-cols-2">
        <select aria-label="Field" className={input} value={field} onChange={(e) => setField(e.target.value as PatternField)}>
          {Object.entries(FIELD_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <select aria-label="Match" className={input} value={matchType} onChange={(e) => setMatchType(e.target.value as 'contains')}>
          <option value="contains">contains</option>
          <option value="regex">matches regex</option>
        </select>
        <input aria-label="Pattern" placeholder="e.g. swiggy" className={input} value={pattern} onChange={(e) => setPattern(e.target.value)} required maxLength={200} />
        <select aria-label="Direction" className={input} value={direction} onChange={(e) => setDirection(e.target.value)}>
          <option value="">In or out</option>
          <option value="debit">Money out</option>
          <option value="credit">Money in</option>
        </select>
        <CategorySelect aria-label="Then category" categories={categories} emptyLabel="Choose a category…" value={categoryId} onChange={(e) => setCategoryId(e.target.value)} required />
        <Button type="submit" loading={create.isPending}>
          Add rule
        </Button>
        {create.isError && <Alert className="sm:col-span-2">{errorMessage(create.error)}</Alert>}
      </form>
      {rules.isPending ? (
        <Skeleton className="m-5 h-10" />
      ) : rules.isError ? (
        <Alert className="m-5">{errorMessage(rules.error)}</Alert>
      ) : list.length === 0 ? (
        <p className="px-5 py-6 text-sm text-zinc-500">No rules yet. Add one above, like “Merchant contains uber → Taxi”.</p>
      ) : (
        <ol aria-label="Rules" className="divide-y divide-zinc-100">
          {list.map((rule, n) => (
            <li key={rule.id} className="flex items-center gap-2 px-5 py-2 text-sm">
              <span className="w-6 text-xs text-zinc-400">{n + 1}</span>
              <span className="min-w-0 flex-1">
                {describe(rule)} → <strong>{names.get(rule.category_id) ?? 'Unknown'}</strong>
                {!rule.active && <span className="ml-2 text-xs text-zinc-400">(off)</span>}
              </span>
              <button type="button" aria-label="Move up" disabled={n === 0 || move.isPending} className="rounded p-1 hover:bg-zinc-100 disabled:opacity-30" onClick={() => move.mutate({ a: list[n - 1], b: rule })}>
                <ArrowUp aria-hidden="true" className="size-4" />
              </button>
              <button type="button" aria-label="Move down" disabled={n === list.length - 1 || move.isPending} className="rounded p-1 hover:bg-zinc-100 disabled:opacity-30" onClick={() => move.mutate({ a: rule, b: list[n + 1] })}>
                <ArrowDown aria-hidden="true" className="size-4" />
              </button>
              <button type="button" aria-label="Delete rule" className="rounded p-1 text-red-600 hover:bg-red-50" onClick={() => remove.mutate(rule.id)}>
                <Trash2 aria-hidden="true" className="size-4" />
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-wrap items-center gap-3 border-t border-zinc-100 px-5 py-3">
        <Button variant="secondary" loading={apply.isPending} disabled={list.length === 0} onClick={() => apply.mutate()}>
          Apply to existing transactions
        </Button>
        {apply.isSuccess && (
          <span role="status" className="text-sm text-zinc-600">
            {apply.data.updated} of {apply.data.examined} transactions recategorised. Categories you chose yourself are kept.
          </span>
        )}
        {apply.isError && <span className="text-sm text-red-700">{errorMessage(apply.error)}</span>}
      </div>
    </Card>
  )
}
