import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { components } from '@/api/schema'
import { createTestQueryClient, json, mockFetch, signIn } from '@/test/utils'
import { InsightsCard } from './InsightsCard'

type Insights = components['schemas']['Insights']

const months = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01']
const totals = (amounts: string[]) => amounts.map((amount, i) => ({ month: months[i], amount }))

// The figures of tests/api/test_insights.py (worked out by hand there).
const insights: Insights = {
  as_of: '2026-07-20',
  currency: 'INR',
  history_months: months,
  unconverted: [],
  rates_used: [],
  budget_suggestions: [
    {
      category_id: 'cat-dining',
      name: 'Dining',
      suggested: '900.00',
      median: '900.00',
      mean: '666.67',
      months_with_spending: 4,
      monthly_totals: totals(['1000.00', '0.00', '1200.00', '800.00', '0.00', '1000.00']),
      current_budget: null,
    },
    {
      category_id: 'cat-groceries',
      name: 'Groceries',
      suggested: '5050.00',
      median: '5050.00',
      mean: '6666.67',
      months_with_spending: 6,
      monthly_totals: totals(['5000.00', '5200.00', '4800.00', '15000.00', '5100.00', '4900.00']),
      current_budget: { id: 'budget-groceries', amount: '6000.00', currency: 'INR' },
    },
    {
      category_id: 'cat-subscriptions',
      name: 'Subscriptions',
      suggested: '649.00',
      median: '649.00',
      mean: '699.00',
      months_with_spending: 6,
      monthly_totals: totals(['649.00', '649.00', '649.00', '649.00', '799.00', '799.00']),
      current_budget: { id: 'budget-subs', amount: '649.00', currency: 'INR' },
    },
  ],
  month_vs_usual: [
    { category_id: 'cat-dining', name: 'Dining', this_month: '2800.00', usual_to_date: '900.00', usual_month: '900.00', difference: '1900.00', percent: '211.1', status: 'above' },
    { category_id: 'cat-groceries', name: 'Groceries', this_month: '3000.00', usual_to_date: '4900.00', usual_month: '5050.00', difference: '-1900.00', percent: '-38.8', status: 'below' },
    { category_id: 'cat-subscriptions', name: 'Subscriptions', this_month: '799.00', usual_to_date: '649.00', usual_month: '649.00', difference: '150.00', percent: '23.1', status: 'as_usual' },
  ],
  unusual_transactions: [
    {
      transaction_id: 'txn-uber',
      transactor_id: 'tr-uber',
      merchant: 'Uber',
      date: '2026-07-12',
      amount: '1450.00',
      currency: 'INR',
      median: '275.00',
      mad: '20.00',
      z_score: '39.63',
      history_count: 6,
    },
  ],
  price_changes: [
    {
      transactor_id: 'tr-netflix',
      merchant: 'Netflix',
      currency: 'INR',
      cadence: 'monthly',
      old_amount: '649.00',
      new_amount: '799.00',
      change: '150.00',
      percent: '23.1',
      changed_on: '2026-05-05',
      payments_at_old_price: 4,
      payments_at_new_price: 3,
    },
  ],
}

function renderCard() {
  return render(
    <QueryClientProvider client={createTestQueryClient()}>
      <InsightsCard />
    </QueryClientProvider>,
  )
}

const money = (amount: number) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'INR' }).format(amount)

describe('Insights card', () => {
  it('shows each insight with its numbers', async () => {
    signIn(1)
    mockFetch({ 'GET /api/v1/insights': () => json(200, insights) })
    renderCard()

    const dining = await screen.findByRole('listitem', { name: 'Dining this month' })
    expect(dining).toHaveTextContent(`${money(2800)} so far · usually ${money(900)} by now`)
    expect(dining).toHaveTextContent('Above usual +211.1 %')
    expect(screen.getByRole('listitem', { name: 'Groceries this month' })).toHaveTextContent('Below usual -38.8 %')
    // "As usual" categories are left out of the card.
    expect(screen.queryByRole('listitem', { name: 'Subscriptions this month' })).toBeNull()

    const uber = screen.getByRole('listitem', { name: 'Unusual payment to Uber' })
    expect(uber).toHaveTextContent(money(1450))
    expect(uber).toHaveTextContent(`Usually about ${money(275)} (from 6 payments; z = 39.63)`)

    const netflix = screen.getByRole('listitem', { name: 'Price change at Netflix' })
    expect(netflix).toHaveTextContent(`went from ${money(649)} to ${money(799)} (+23.1 %)`)
    expect(netflix).toHaveTextContent('3 payments at the new price')

    const groceries = screen.getByRole('listitem', { name: 'Budget for Groceries' })
    expect(groceries).toHaveTextContent(`Groceries: ${money(5050)} a month`)
    expect(groceries).toHaveTextContent(`the average would be ${money(6666.67)}`)
    expect(groceries).toHaveTextContent(`your budget: ${money(6000)}`)
    // A budget already at the suggestion offers nothing to apply.
    const subscriptions = screen.getByRole('listitem', { name: 'Budget for Subscriptions' })
    expect(within(subscriptions).queryByRole('button')).toBeNull()
    expect(subscriptions).toHaveTextContent('Your budget')
  })

  it('applies a suggestion: a new budget, or the existing one changed', async () => {
    signIn(1)
    const applied = { ...insights.budget_suggestions[0], current_budget: { id: 'budget-dining', amount: '900.00', currency: 'INR' } }
    const { callsTo } = mockFetch({
      'GET /api/v1/insights': [
        () => json(200, insights),
        () => json(200, { ...insights, budget_suggestions: [applied, ...insights.budget_suggestions.slice(1)] }),
      ],
      'POST /api/v1/budgets': () => json(201, { id: 'budget-dining' }),
      'PATCH /api/v1/budgets/budget-groceries': () => json(200, { id: 'budget-groceries' }),
    })
    renderCard()
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: `Set the Dining budget to ${money(900)}` }))
    const dining = screen.getByRole('listitem', { name: 'Budget for Dining' })
    await within(dining).findByText('Your budget')
    expect(JSON.parse(callsTo('POST /api/v1/budgets')[0].body!)).toEqual({ category_id: 'cat-dining', amount: '900.00' })

    await user.click(screen.getByRole('button', { name: `Set the Groceries budget to ${money(5050)}` }))
    expect(JSON.parse(callsTo('PATCH /api/v1/budgets/budget-groceries')[0].body!)).toEqual({ amount: '5050.00' })
  })

  it('says so when nothing stands out yet', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/insights': () =>
        json(200, { ...insights, budget_suggestions: [], month_vs_usual: [], unusual_transactions: [], price_changes: [] }),
    })
    renderCard()
    expect(await screen.findByText(/Nothing stands out yet/)).toBeInTheDocument()
  })
})
