import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { categories } from '@/test/ledgerFixtures'
import { demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

describe('Categories & rules page', () => {
  it('shows the tree, deletes with reassignment and creates a rule', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'ok', database: 'ok', redis: 'ok' }),
      'GET /api/v1/categories': () => json(200, categories),
      'GET /api/v1/category-rules': () => json(200, []),
      [`DELETE /api/v1/categories/${categories[1].id}`]: () => json(200, { transactions_moved: 3 }),
      'POST /api/v1/category-rules': () => json(201, {}),
    })
    renderApp('/categories')
    const tree = await screen.findByRole('list', { name: 'Categories' })
    expect(within(tree).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual([
      'Dining',
      'Groceries',
      'Transport',
      'Fuel',
    ])
    const user = userEvent.setup()
    await user.click(within(tree).getByRole('button', { name: 'delete Dining' }))
    const form = screen.getByRole('form', { name: 'Delete Dining' })
    await user.selectOptions(within(form).getByLabelText('Reassign to'), 'Groceries')
    await user.click(within(form).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(callsTo(`DELETE /api/v1/categories/${categories[1].id}`)).toHaveLength(1))
    expect(callsTo(`DELETE /api/v1/categories/${categories[1].id}`)[0].search.get('reassign_to')).toBe(categories[0].id)

    const rule = screen.getByRole('form', { name: 'New rule' })
    await user.type(within(rule).getByLabelText('Pattern'), 'uber')
    await user.selectOptions(within(rule).getByLabelText('Then category'), 'Transport')
    await user.click(within(rule).getByRole('button', { name: 'Add rule' }))
    await waitFor(() => expect(callsTo('POST /api/v1/category-rules')).toHaveLength(1))
    expect(JSON.parse(callsTo('POST /api/v1/category-rules')[0].body!)).toMatchObject({
      category_id: categories[2].id,
      transactor_pattern: 'uber',
      match_type: 'contains',
      direction: null,
    })
  })
})
