import type { Budget, Category, MonthlyTrend, Recurring, SpendByCategory, Summary, Transaction } from '@/api/types'

let n = 0
const id = (prefix: string) => `${prefix}0000000-0000-4000-8000-${String(++n).padStart(12, '0')}`

export const categories: Category[] = [
  { id: 'c1000000-0000-4000-8000-000000000001', name: 'Groceries', parent_id: null, kind: 'expense', is_default: true, created_at: '2026-01-01T00:00:00Z' },
  { id: 'c1000000-0000-4000-8000-000000000002', name: 'Dining', parent_id: null, kind: 'expense', is_default: true, created_at: '2026-01-01T00:00:00Z' },
  { id: 'c1000000-0000-4000-8000-000000000003', name: 'Transport', parent_id: null, kind: 'expense', is_default: true, created_at: '2026-01-01T00:00:00Z' },
  { id: 'c1000000-0000-4000-8000-000000000004', name: 'Fuel', parent_id: 'c1000000-0000-4000-8000-000000000003', kind: 'expense', is_default: true, created_at: '2026-01-01T00:00:00Z' },
]

export function makeTransaction(overrides: Partial<Transaction> = {}): Transaction {
  return {
    id: id('a'),
    amount: '450.00',
    currency: 'INR',
    type: 'debit',
    occurred_at: '2026-11-12T10:30:00Z',
    description: 'UPI payment',
    transactor_id: 'd1000000-0000-4000-8000-000000000001',
    transactor_name: 'Swiggy',
    category_id: categories[1].id,
    category_name: 'Dining',
    category_source: 'rule',
    account_id: null,
    account_name: 'HDFC ••1234',
    source: 'email',
    email_id: null,
    reference: null,
    balance_after: null,
    notes: '',
    tags: [],
    is_split: false,
    confirmed_at: null,
    statement_original: null,
    created_at: '2026-11-12T10:31:00Z',
    updated_at: '2026-11-12T10:31:00Z',
    ...overrides,
  }
}

const report = { currency: 'INR', unconverted: [], rates_used: [] }

export const summary: Summary = {
  ...report,
  date_from: '2026-11-01',
  date_to: '2026-11-26',
  income: '85000.00',
  expense: '31234.50',
  net: '53765.50',
  savings_rate: '63.25',
  transaction_count: 42,
}

export const spend: SpendByCategory = {
  ...report,
  date_from: '2026-11-01',
  date_to: '2026-11-26',
  total: '31234.50',
  items: [
    { category_id: categories[0].id, name: 'Groceries', parent_id: null, amount: '12000.00', share: '38.4', count: 10 },
    { category_id: categories[1].id, name: 'Dining', parent_id: null, amount: '9234.50', share: '29.6', count: 20 },
    { category_id: null, name: 'Uncategorised', parent_id: null, amount: '10000.00', share: '32.0', count: 12 },
  ],
}

export const trend: MonthlyTrend = {
  ...report,
  months: [
    { month: '2026-10-01', income: '85000.00', expense: '40000.00', net: '45000.00', savings_rate: '52.9' },
    { month: '2026-11-01', income: '85000.00', expense: '31234.50', net: '53765.50', savings_rate: '63.25' },
  ],
}

export const recurring: Recurring = {
  ...report,
  as_of: '2026-11-26',
  items: [
    {
      transactor_id: 'd1000000-0000-4000-8000-000000000009',
      transactor_name: 'Netflix',
      category_id: null,
      cadence: 'monthly',
      interval_days: 30,
      kind: 'subscription',
      occurrences: 6,
      currency: 'INR',
      typical_amount: '649.00',
      first_date: '2026-06-03',
      last_date: '2026-11-03',
      next_expected_date: '2026-12-03',
      next_expected_amount: '649.00',
      next_expected_amount_base: '649.00',
      active: true,
      status: 'detected',
    },
  ],
}

export function makeBudget(overrides: Partial<Budget> = {}): Budget {
  return {
    id: id('b'),
    category_id: categories[0].id,
    category_name: 'Groceries',
    amount: '15000.00',
    currency: 'INR',
    period: 'monthly',
    rollover: false,
    starts_on: '2026-11-01',
    period_start: '2026-11-01',
    period_end: '2026-11-30',
    carried_over: '0.00',
    available: '15000.00',
    spent: '12000.00',
    remaining: '3000.00',
    percent: '80.0',
    unconverted: [],
    created_at: '2026-11-01T00:00:00Z',
    ...overrides,
  }
}
