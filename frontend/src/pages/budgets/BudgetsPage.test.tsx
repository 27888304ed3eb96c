import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { categories, makeBudget } from '@/test/ledgerFixtures'
import { demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

const base = {
  'GET /api/v1/users/me': () => json(200, demoUser),
  'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
  'GET /api/v1/categories': () => json(200, categories),
}

describe('Budgets & goals page', () => {
  it('shows spent / remaining per budget, marks an overspent one, and creates a budget', async () => {
    signIn(1)
    const over = makeBudget({ category_id: categories[1].id, category_name: 'Dining', spent: '6200.00', available: '5000.00', amount: '5000.00', remaining: '-1200.00', percent: '124.0' })
    const { callsTo } = mockFetch({
      ...base,
      'GET /api/v1/budgets': [() => json(200, [makeBudget(), over]), () => json(200, [makeBudget(), over])],
      'GET /api/v1/goals': () => json(200, []),
      'POST /api/v1/budgets': () => json(201, makeBudget({ category_name: 'Transport' })),
    })
    renderApp('/budgets')
    const list = await screen.findByRole('list', { name: 'Budgets' })
    const groceries = within(list).getByRole('listitem', { name: 'Groceries' })
    expect(groceries).toHaveTextContent(/12,000\.00 of .*15,000\.00/)
    expect(groceries).toHaveTextContent(/3,000\.00 left/)
    expect(within(list).getByRole('listitem', { name: 'Dining' })).toHaveTextContent(/1,200\.00 over/)
    expect(within(list).getByRole('progressbar', { name: 'Budget Dining' })).toHaveAttribute('aria-valuenow', '100')

    const user = userEvent.setup()
    const form = screen.getByRole('form', { name: 'New budget' })
    await user.selectOptions(within(form).getByLabelText('Budget category'), 'Transport')
    await user.type(within(form).getByLabelText('Budget amount'), '3000.50')
    await user.click(within(form).getByRole('button', { name: 'Add budget' }))
    await waitFor(() => expect(callsTo('POST /api/v1/budgets')).toHaveLength(1))
    expect(JSON.parse(callsTo('POST /api/v1/budgets')[0].body!)).toMatchObject({
      category_id: categories[2].id,
      amount: '3000.50',
    })
  })
})
