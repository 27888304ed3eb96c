import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { api, errorMessage, unwrap } from '@/api/client'
import { ledgerKeys, useLedgerChanged } from '@/api/ledgerQueries'
import type { Category } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { CategorySelect, categoryOptions } from '@/components/CategorySelect'

type Action = { kind: 'rename' | 'merge' | 'delete'; category: Category }

function useCategoryMutation<T>(fn: (arg: T) => Promise<unknown>) {
  const queryClient = useQueryClient()
  const changed = useLedgerChanged()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.categories })
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.rules })
      changed()
    },
  })
}

function ActionForm({ action, categories, onDone }: { action: Action; categories: Category[]; onDone: () => void }) {
  const { kind, category } = action
  const [name, setName] = useState(category.name)
  const [target, setTarget] = useState('')
  const mutation = useCategoryMutation(async () => {
    const path = { category_id: category.id }
    if (kind === 'rename') return unwrap(api.PATCH('/api/v1/categories/{category_id}', { params: { path }, body: { name: name.trim() } }))
    if (kind === 'merge') return unwrap(api.POST('/api/v1/categories/{category_id}/merge', { params: { path }, body: { into_id: target } }))
    return unwrap(api.DELETE('/api/v1/categories/{category_id}', { params: { path, query: { reassign_to: target || undefined } } }))
  })
  const others = categories.filter((c) => c.id !== category.id)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    mutation.mutate(undefined, { onSuccess: onDone })
  }
  const verb = { rename: 'Rename', merge: 'Merge', delete: 'Delete' }[kind]
  return (
    <form onSubmit={submit} aria-label={`${verb} ${category.name}`} className="flex flex-wrap items-center gap-2 bg-zinc-50 px-5 py-3 text-sm">
      {kind === 'rename' ? (
        <input
          aria-label="New name"
          className="rounded-lg border-0 px-2.5 py-1.5 ring-1 ring-zinc-300 ring-inset"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={100}
        />
      ) : (
        <>
          <span>{kind === 'merge' ? 'Move everything into' : 'Move its transactions to'}</span>
          <CategorySelect
            aria-label={kind === 'merge' ? 'Merge into' : 'Reassign to'}
            className="w-52"
            categories={others}
            emptyLabel={kind === 'merge' ? 'Choose…' : 'Leave uncategorised'}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            required={kind === 'merge'}
          />
        </>
      )}
      <Button type="submit" variant={kind === 'delete' ? 'danger' : 'primary'} loading={mutation.isPending}>
        {verb}
      </Button>
      <Button variant="ghost" onClick={onDone}>
        Cancel
      </Button>
      {mutation.isError && <span className="w-full text-red-700">{errorMessage(mutation.error)}</span>}
    </form>
  )
}

export function CategoryTree({ categories }: { categories: Category[] }) {
  const [action, setAction] = useState<Action | null>(null)
  const [name, setName] = useState('')
  const [parent, setParent] = useState('')
  const create = useCategoryMutation(() =>
    unwrap(api.POST('/api/v1/categories', { body: { name: name.trim(), parent_id: parent || null } })),
  )
  const byId = new Map(categories.map((c) => [c.id, c]))
  return (
    <Card>
      <CardHeader title="Categories" description="Subcategories roll up into their parent in reports." />
      <form
        aria-label="New category"
        className="flex flex-wrap gap-2 border-b border-zinc-100 px-5 py-3"
        onSubmit={(e) => {
          e.preventDefault()
          create.mutate(undefined, { onSuccess: () => setName('') })
        }}
      >
        <input
          aria-label="Category name"
          placeholder="New category"
          className="min-w-40 flex-1 rounded-lg border-0 px-2.5 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={100}
        />
        <CategorySelect
          aria-label="Parent"
          className="w-44"
          categories={categories.filter((c) => !c.parent_id)}
          emptyLabel="Top level"
          value={parent}
          onChange={(e) => setParent(e.target.value)}
        />
        <Button type="submit" loading={create.isPending}>
          Add
        </Button>
        {create.isError && <Alert className="w-full">{errorMessage(create.error)}</Alert>}
      </form>
      <ul aria-label="Categories" className="divide-y divide-zinc-100">
        {categoryOptions(categories).map(({ id }) => {
          const c = byId.get(id)!
          return (
            <li key={id} aria-label={c.name}>
              <div className={`flex flex-wrap items-center justify-between gap-x-2 gap-y-1 px-5 py-2 text-sm ${c.parent_id ? 'pl-10' : ''}`}>
                <span className={`min-w-0 ${c.parent_id ? "text-zinc-700" : "font-medium text-zinc-900"}`}>
                  {c.name}
                  <span className="ml-2 text-xs text-zinc-400">{c.kind}</span>
                </span>
                <span className="flex gap-1">
                  {(['rename', 'merge', 'delete'] as const).map((kind) => (
                    <button
                      key={kind}
                      type="button"
                      className="rounded px-2 py-1 text-xs text-zinc-600 capitalize hover:bg-zinc-100"
                      aria-label={`${kind} ${c.name}`}
                      onClick={() => setAction({ kind, category: c })}
                    >
                      {kind}
                    </button>
                  ))}
                </span>
              </div>
              {action?.category.id === id && (
                <ActionForm action={action} categories={categories} onDone={() => setAction(null)} />
              )}
            </li>
          )
        })}
      </ul>
    </Card>
  )
}
