import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { api, errorMessage, unwrap } from '@/api/client'
import { ledgerKeys, useBudgets, useCategories, useGoals } from '@/api/ledgerQueries'
import type { Budget, Goal } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { CategorySelect } from '@/components/CategorySelect'
import { PageHeader } from '@/components/PageHeader'
import { ProgressBar } from '@/components/ProgressBar'
import { Skeleton } from '@/components/Skeleton'
import { usePageTitle } from '@/hooks/usePageTitle'
import { formatDay, formatMoney, formatPercent } from '@/lib/format'
import { BudgetBar } from '../dashboard/LedgerCards'

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/
const input = 'rounded-lg border-0 px-2.5 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset'
const validAmount = (v: string) => AMOUNT.test(v.trim()) && Number(v) > 0

function BudgetItem({ budget }: { budget: Budget }) {
  const queryClient = useQueryClient()
  const [editing, setEditing] = useState(false)
  const [amount, setAmount] = useState(budget.amount)
  const done = () => void queryClient.invalidateQueries({ queryKey: ledgerKeys.budgets })
  const path = { budget_id: budget.id }
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/v1/budgets/{budget_id}', { params: { path }, body: { amount: amount.trim() } })),
    onSuccess: () => (setEditing(false), done()),
  })
  const remove = useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/v1/budgets/{budget_id}', { params: { path } })
    },
    onSuccess: done,
  })
  return (
    <li aria-label={budget.category_name ?? 'Overall'} className="px-5 py-4 sm:px-6">
      <BudgetBar budget={budget} />
      <div className="mt-2 flex flex-wrap items-center gap-2 text-xs">
        <span className="text-zinc-500">{formatPercent(budget.percent)} used</span>
        {editing ? (
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault()
              if (validAmount(amount)) save.mutate()
            }}
          >
            <input aria-label="Monthly amount" className={input} value={amount} onChange={(e) => setAmount(e.target.value)} />
            <Button type="submit" loading={save.isPending}>Save</Button>
          </form>
        ) : (
          <button type="button" className="font-medium text-brand-700" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        <button type="button" className="text-red-700" onClick={() => remove.mutate()}>
          Delete
        </button>
        {(save.isError || remove.isError) && <span className="text-red-700">{errorMessage(save.error ?? remove.error)}</span>}
      </div>
    </li>
  )
}

function GoalItem({ goal }: { goal: Goal }) {
  const queryClient = useQueryClient()
  const [amount, setAmount] = useState('')
  const add = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/goals/{goal_id}/contributions', { params: { path: { goal_id: goal.id } }, body: { amount: amount.trim() } })),
    onSuccess: () => (setAmount(''), void queryClient.invalidateQueries({ queryKey: ledgerKeys.goals })),
  })
  return (
    <li aria-label={goal.name} className="px-5 py-4 sm:px-6">
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium text-zinc-800">{goal.name}</span>
        <span className="text-zinc-500 tabular-nums">
          {formatMoney(goal.saved, goal.currency)} of {formatMoney(goal.target_amount, goal.currency)}
        </span>
      </div>
      <ProgressBar className="mt-1.5" size="sm" value={Number(goal.percent)} label={`Goal ${goal.name}`} />
      <p className="mt-1 text-xs text-zinc-500">
        {goal.projected_completion
          ? `At this pace: ${formatDay(goal.projected_completion)}`
          : 'No pace yet: add a contribution'}
        {goal.target_date ? ` · target ${formatDay(goal.target_date)}` : ''}
        {goal.on_track === false ? ' · behind' : goal.on_track ? ' · on track' : ''}
        {goal.required_monthly ? ` · ${formatMoney(goal.required_monthly, goal.currency)}/month needed` : ''}
      </p>
      <form
        className="mt-2 flex gap-2"
        onSubmit={(e) => {
          e.preventDefault()
          if (/^-?\d{1,12}(\.\d{1,2})?$/.test(amount.trim())) add.mutate()
        }}
      >
        <input aria-label={`Contribution to ${goal.name}`} placeholder="Amount" className={input} value={amount} onChange={(e) => setAmount(e.target.value)} />
        <Button type="submit" variant="secondary" loading={add.isPending}>Add</Button>
        {add.isError && <span className="text-xs text-red-700">{errorMessage(add.error)}</span>}
      </form>
    </li>
  )
}

export function BudgetsPage() {
  usePageTitle('Budgets & goals')
  const queryClient = useQueryClient()
  const budgets = useBudgets()
  const goals = useGoals()
  const categories = useCategories()
  const [budgetCat, setBudgetCat] = useState('')
  const [budgetAmount, setBudgetAmount] = useState('')
  const [goalName, setGoalName] = useState('')
  const [goalAmount, setGoalAmount] = useState('')
  const [goalDate, setGoalDate] = useState('')
  const newBudget = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/budgets', {
          body: { category_id: budgetCat || null, amount: budgetAmount.trim(), period: 'monthly', rollover: false },
        }),
      ),
    onSuccess: () => (setBudgetAmount(''), void queryClient.invalidateQueries({ queryKey: ledgerKeys.budgets })),
  })
  const newGoal = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/goals', { body: { name: goalName.trim(), target_amount: goalAmount.trim(), target_date: goalDate || null } }),
      ),
    onSuccess: () => (setGoalName(''), setGoalAmount(''), void queryClient.invalidateQueries({ queryKey: ledgerKeys.goals })),
  })
  const submitBudget = (e: FormEvent) => (e.preventDefault(), validAmount(budgetAmount) && newBudget.mutate())
  const submitGoal = (e: FormEvent) => (e.preventDefault(), validAmount(goalAmount) && newGoal.mutate())

  return (
    <>
      <PageHeader title="Budgets & goals" description="Monthly limits per category, and savings goals to work towards." />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Budgets" description="This month's spending against each limit" />
          <form aria-label="New budget" onSubmit={submitBudget} className="flex flex-wrap gap-2 border-b border-zinc-100 px-5 py-3">
            <CategorySelect aria-label="Budget category" className="w-48" categories={categories.data ?? []} emptyLabel="Overall" value={budgetCat} onChange={(e) => setBudgetCat(e.target.value)} />
            <input aria-label="Budget amount" placeholder="Monthly limit" inputMode="decimal" className={input} value={budgetAmount} onChange={(e) => setBudgetAmount(e.target.value)} required />
            <Button type="submit" loading={newBudget.isPending}>Add budget</Button>
            {newBudget.isError && <Alert className="w-full">{errorMessage(newBudget.error)}</Alert>}
          </form>
          {budgets.isPending ? (
            <Skeleton className="m-5 h-16" />
          ) : budgets.isError ? (
            <Alert className="m-5">{errorMessage(budgets.error)}</Alert>
          ) : budgets.data.length === 0 ? (
            <p className="px-5 py-6 text-sm text-zinc-500">No budgets yet. Set a monthly limit for a category above.</p>
          ) : (
            <ul aria-label="Budgets" className="divide-y divide-zinc-100">
              {budgets.data.map((b) => <BudgetItem key={b.id} budget={b} />)}
            </ul>
          )}
        </Card>
        <Card>
          <CardHeader title="Goals" description="Savings targets and when you will reach them" />
          <form aria-label="New goal" onSubmit={submitGoal} className="flex flex-wrap gap-2 border-b border-zinc-100 px-5 py-3">
            <input aria-label="Goal name" placeholder="e.g. Emergency fund" className={`${input} min-w-40 flex-1`} value={goalName} onChange={(e) => setGoalName(e.target.value)} required maxLength={100} />
            <input aria-label="Target amount" placeholder="Target" inputMode="decimal" className={`${input} w-28`} value={goalAmount} onChange={(e) => setGoalAmount(e.target.value)} required />
            <input aria-label="Target date" type="date" className={input} value={goalDate} onChange={(e) => setGoalDate(e.target.value)} />
            <Button type="submit" loading={newGoal.isPending}>Add goal</Button>
            {newGoal.isError && <Alert className="w-full">{errorMessage(newGoal.error)}</Alert>}
          </form>
          {goals.isPending ? (
            <Skeleton className="m-5 h-16" />
          ) : goals.isError ? (
            <Alert className="m-5">{errorMessage(goals.error)}</Alert>
          ) : goals.data.length === 0 ? (
            <p className="px-5 py-6 text-sm text-zinc-500">No goals yet. Name one above and add what you put aside.</p>
          ) : (
            <ul aria-label="Goals" className="divide-y divide-zinc-100">
              {goals.data.map((g) => <GoalItem key={g.id} goal={g} />)}
            </ul>
          )}
        </Card>
      </div>
    </>
  )
}
