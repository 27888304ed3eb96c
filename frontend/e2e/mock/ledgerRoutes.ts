import type { Request, Route } from '@playwright/test'

/** The money part of the mocked API: transactions, categories, rules, budgets, goals, analytics. */
const C = (n: number) => `c1000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const names = ['Groceries', 'Dining', 'Transport', 'Shopping', 'Bills & Utilities', 'Rent', 'Subscriptions', 'Income', 'Salary']
export const mockCategories = names.map((name, i) => ({
  id: C(i + 1),
  name,
  parent_id: name === 'Salary' ? C(8) : null,
  kind: name === 'Income' || name === 'Salary' ? 'income' : 'expense',
  is_default: true,
  created_at: '2026-01-01T00:00:00Z',
}))
const catName = (id: string | null) => mockCategories.find((c) => c.id === id)?.name ?? null

type Txn = Record<string, unknown> & { id: string; category_id: string | null; amount: string; type: string }

function sampleTransactions(): Txn[] {
  const rows: [string, string, string, number, string, number][] = [
    ['Acme Corp', 'Salary November', '185000.00', 8 + 1, 'credit', 1],
    ['Swiggy', 'UPI/Swiggy order', '486.00', 2, 'debit', 2],
    ['BigBasket', 'Card purchase', '2340.75', 1, 'debit', 3],
    ['Uber', 'Trip to airport', '812.40', 3, 'debit', 5],
    ['Netflix', 'Subscription', '649.00', 7, 'debit', 6],
    ['Amazon', 'Order 402-1187', '3199.00', 4, 'debit', 8],
    ['Landlord', 'Rent November', '42000.00', 6, 'debit', 9],
    ['Tata Power', 'Electricity bill', '1890.00', 5, 'debit', 10],
    ['Blue Tokai', 'Coffee', '320.00', 0, 'debit', 12],
    ['Zomato', 'UPI/Zomato', '712.00', 2, 'debit', 14],
  ]
  return rows.map(([merchant, description, amount, cat, type, day], i) => ({
    id: `a0000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    amount,
    currency: 'INR',
    type,
    occurred_at: `2026-11-${String(26 - day).padStart(2, '0')}T09:15:00Z`,
    description,
    transactor_id: `d0000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    transactor_name: merchant,
    category_id: cat ? C(cat) : null,
    category_name: cat ? catName(C(cat)) : null,
    category_source: cat ? 'rule' : 'none',
    account_id: null,
    account_name: 'HDFC ••4321',
    source: 'email',
    email_id: null,
    reference: null,
    balance_after: null,
    notes: '',
    tags: [] as string[],
    is_split: false,
    created_at: '2026-11-20T09:15:00Z',
    updated_at: '2026-11-20T09:15:00Z',
  }))
}

export interface LedgerState {
  transactions: Txn[]
}

export const newLedgerState = (populated: boolean): LedgerState => ({
  transactions: populated ? sampleTransactions() : [],
})

const report = { currency: 'INR', unconverted: [] }
const period = { date_from: '2026-11-01', date_to: '2026-11-26' }

/** Sums in paise (integers), so the mock never does float arithmetic on money. */
const paise = (s: string) => Math.round(Number(s) * 100)
const rupees = (p: number) => `${(p / 100).toFixed(2)}`

function spend(state: LedgerState) {
  const totals = new Map<string | null, number>()
  for (const t of state.transactions) if (t.type === 'debit') totals.set(t.category_id, (totals.get(t.category_id) ?? 0) + paise(t.amount))
  const total = [...totals.values()].reduce((a, b) => a + b, 0)
  const items = [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([id, p]) => ({ category_id: id, name: catName(id) ?? 'Uncategorised', parent_id: null, amount: rupees(p), share: ((p / total) * 100).toFixed(1), count: 1 }))
  return { ...report, ...period, total: rupees(total), items }
}

function summary(state: LedgerState) {
  const sum = (type: string) => state.transactions.filter((t) => t.type === type).reduce((a, t) => a + paise(t.amount), 0)
  const income = sum('credit')
  const expense = sum('debit')
  return {
    ...report, ...period,
    income: rupees(income), expense: rupees(expense), net: rupees(income - expense),
    savings_rate: income ? (((income - expense) / income) * 100).toFixed(2) : null,
    transaction_count: state.transactions.length,
  }
}

export async function ledgerRoutes(route: Route, request: Request, path: string, method: string, state: LedgerState): Promise<boolean> {
  const url = new URL(request.url())
  const populated = state.transactions.length > 0
  const [resource, id] = path.split('/').slice(3)
  const ok = (json: unknown, status = 200) => route.fulfill({ status, json }).then(() => true)

  if (resource === 'transactions' && !id && method === 'GET') {
    let items = [...state.transactions]
    const q = url.searchParams.get('q')?.toLowerCase()
    if (q) items = items.filter((t) => `${t.description} ${t.transactor_name}`.toLowerCase().includes(q))
    const type = url.searchParams.get('type')
    if (type) items = items.filter((t) => t.type === type)
    const cat = url.searchParams.get('category_id')
    if (cat) items = items.filter((t) => t.category_id === cat)
    const limit = Number(url.searchParams.get('limit') ?? 50)
    return ok({ items: items.slice(0, limit), next_cursor: null, limit })
  }
  if (resource === 'transactions' && id && method === 'PATCH') {
    const body = request.postDataJSON() as { category_id?: string | null }
    const t = state.transactions.find((x) => x.id === id)
    if (!t) return ok({ error: { code: 'not_found', message: 'Transaction not found.', details: null } }, 404)
    Object.assign(t, { category_id: body.category_id ?? null, category_name: catName(body.category_id ?? null), category_source: 'user' })
    return ok(t)
  }
  if (resource === 'categories' && method === 'GET') return ok(mockCategories)
  if (resource === 'accounts' && !id && method === 'GET')
    return ok(populated ? [{ id: 'e0000000-0000-4000-8000-000000000009', name: 'HDFC Savings', institution: 'HDFC', kind: 'bank', last4: '4321', currency: 'INR', latest_balance: '182340.55', balance_at: '2026-11-25T09:15:00Z' }] : [])
  if (resource === 'category-rules' && method === 'GET')
    return ok(populated ? [{ id: 'e0000000-0000-4000-8000-000000000001', category_id: C(3), priority: 100, match_type: 'contains', transactor_pattern: 'uber', description_pattern: null, sender_pattern: null, account_id: null, amount_min: null, amount_max: null, direction: 'debit', active: true, created_at: '2026-11-01T00:00:00Z' }] : [])
  if (resource === 'budgets' && method === 'GET') {
    if (!populated) return ok([])
    const budget = (n: number, cat: number, amount: string, spent: string, remaining: string, percent: string) => ({
      id: `b0000000-0000-4000-8000-00000000000${n}`, category_id: C(cat), category_name: catName(C(cat)), amount, currency: 'INR',
      period: 'monthly', rollover: false, starts_on: '2026-11-01', period_start: '2026-11-01', period_end: '2026-11-30',
      carried_over: '0.00', available: amount, spent, remaining, percent, unconverted: [], created_at: '2026-11-01T00:00:00Z',
    })
    return ok([budget(1, 1, '8000.00', '2340.75', '5659.25', '29.3'), budget(2, 2, '1000.00', '1198.00', '-198.00', '119.8'), budget(3, 4, '5000.00', '3199.00', '1801.00', '64.0')])
  }
  if (resource === 'goals' && method === 'GET')
    return ok(populated ? [{ id: 'g0000000-0000-4000-8000-000000000001', name: 'Emergency fund', target_amount: '300000.00', currency: 'INR', target_date: '2027-06-30', saved: '120000.00', remaining: '180000.00', percent: '40.0', projected_completion: '2027-05-12', on_track: true, required_monthly: '25714.29', contribution_count: 4, created_at: '2026-07-01T00:00:00Z' }] : [])
  if (resource === 'analytics') {
    if (id === 'summary') return ok(summary(state))
    if (id === 'spend-by-category' && url.searchParams.get('side') === 'income') {
      const income = summary(state).income
      const items = income === '0.00' ? [] : [{ category_id: C(9), name: 'Salary', parent_id: null, amount: income, share: '100.0', count: 1 }]
      return ok({ ...report, ...period, total: income, items })
    }
    if (id === 'spend-by-category') return ok(spend(state))
    if (id === 'cash-flow') {
      const days = ['2026-11-01', '2026-11-02', '2026-11-03']
      const flows = populated ? [['185000.00', '42000.00'], ['0.00', '1518.00'], ['0.00', '2340.75']] : [['0.00', '0.00'], ['0.00', '0.00'], ['0.00', '0.00']]
      let running = 0
      return ok({ ...report, ...period, interval: 'day', buckets: days.map((day, i) => {
        const net = paise(flows[i][0]) - paise(flows[i][1])
        running += net
        return { period_start: day, inflow: flows[i][0], outflow: flows[i][1], net: rupees(net), cumulative: rupees(running) }
      }) })
    }
    if (id === 'top-merchants')
      return ok({ ...report, ...period, items: populated ? [
        { transactor_id: 'd0000000-0000-4000-8000-000000000007', name: 'Landlord', amount: '42000.00', count: 1 },
        { transactor_id: 'd0000000-0000-4000-8000-000000000001', name: 'BigBasket', amount: '2340.75', count: 2 },
      ] : [] })
    if (id === 'forecast')
      return ok({ ...report, month: '2026-12-01', method: 'Per category: the median of the last 3 complete months.', total: populated ? '52649.00' : '0.00', low: populated ? '50649.00' : '0.00', high: populated ? '56649.00' : '0.00', categories: populated ? [
        { category_id: C(6), name: 'Rent', amount: '42000.00', baseline: '0.00', recurring_due: '42000.00', history: ['0.00', '0.00', '0.00'], low: '42000.00', high: '42000.00' },
        { category_id: C(1), name: 'Groceries', amount: '10649.00', baseline: '10000.00', recurring_due: '649.00', history: ['8000.00', '10000.00', '14000.00'], low: '8649.00', high: '14649.00' },
      ] : [] })
    if (id === 'monthly-trend') {
      const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']
      const expense = ['51230.00', '48900.50', '61200.00', '47310.25', '55020.00', summary(state).expense]
      return ok({ ...report, months: months.map((m, i) => ({ month: `${m}-01`, income: populated ? '185000.00' : '0.00', expense: populated ? expense[i] : '0.00', net: '0.00', savings_rate: null })) })
    }
    if (id === 'recurring')
      return ok({ ...report, as_of: '2026-11-26', items: populated ? [
        { transactor_id: 'd0000000-0000-4000-8000-000000000005', transactor_name: 'Netflix', category_id: C(7), cadence: 'monthly', interval_days: 30, kind: 'subscription', occurrences: 8, currency: 'INR', typical_amount: '649.00', first_date: '2026-04-20', last_date: '2026-11-20', next_expected_date: '2026-12-20', next_expected_amount: '649.00', next_expected_amount_base: '649.00', active: true, status: 'detected' },
        { transactor_id: 'd0000000-0000-4000-8000-000000000007', transactor_name: 'Landlord', category_id: C(6), cadence: 'monthly', interval_days: 30, kind: 'recurring', occurrences: 10, currency: 'INR', typical_amount: '42000.00', first_date: '2026-02-01', last_date: '2026-11-01', next_expected_date: '2026-12-01', next_expected_amount: '42000.00', next_expected_amount_base: '42000.00', active: true, status: 'confirmed' },
      ] : [] })
  }
  if (resource === 'insights' && method === 'GET')
    return ok({ ...report, as_of: '2026-11-26', history_months: [], budget_suggestions: [], month_vs_usual: [], unusual_transactions: [], price_changes: [] })
  return false
}
