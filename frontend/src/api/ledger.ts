/** The ledger: transactions, categories, rules, budgets, goals and analytics (app/api/v1). */
import { api, apiBlob, queryString } from './client'
import type {
  Budget,
  BudgetCreate,
  Category,
  CategoryCreate,
  CategoryRule,
  CategoryRuleCreate,
  CsvImportResult,
  CsvPreview,
  CursorPage,
  Goal,
  GoalCreate,
  MonthlyTrend,
  Recurring,
  SpendByCategory,
  Summary,
  Transaction,
  TransactionCreate,
  TransactionUpdate,
} from './types'

/** The list's filters, as the API names its query parameters ('' = not set). */
export interface TransactionFilters {
  q?: string
  date_from?: string
  date_to?: string
  category_id?: string
  uncategorised?: boolean
  transactor_id?: string
  account_id?: string
  type?: '' | 'debit' | 'credit'
  amount_min?: string
  amount_max?: string
  sort?: '-occurred_at' | 'occurred_at' | '-amount' | 'amount'
}

export const transactionQuery = (filters: TransactionFilters, cursor?: string | null, limit = 50) =>
  queryString({ ...filters, cursor: cursor ?? undefined, limit })

export const listTransactions = (
  filters: TransactionFilters,
  cursor: string | null,
  signal?: AbortSignal,
  limit = 50,
) => api<CursorPage<Transaction>>(`/api/v1/transactions${transactionQuery(filters, cursor, limit)}`, { signal })

export const createTransaction = (body: TransactionCreate) =>
  api<Transaction>('/api/v1/transactions', { json: body })

export const updateTransaction = (id: string, body: TransactionUpdate) =>
  api<Transaction>(`/api/v1/transactions/${id}`, { method: 'PATCH', json: body })

export const bulkRecategorise = (ids: string[], category_id: string | null) =>
  api<{ updated: number }>('/api/v1/transactions/bulk-recategorise', { json: { ids, category_id } })

export const exportTransactionsCsv = (filters: TransactionFilters) =>
  apiBlob(`/api/v1/transactions/export.csv${queryString({ ...filters })}`)

function csvForm(file: File, mapping?: Record<string, unknown> | null): FormData {
  const form = new FormData()
  form.append('file', file)
  if (mapping) form.append('mapping', JSON.stringify(mapping))
  return form
}

export const previewCsvImport = (file: File, mapping?: Record<string, unknown> | null) =>
  api<CsvPreview>('/api/v1/transactions/import/preview', { multipart: csvForm(file, mapping) })

export const importCsv = (file: File, mapping?: Record<string, unknown> | null) =>
  api<CsvImportResult>('/api/v1/transactions/import', { multipart: csvForm(file, mapping) })

export interface MoneyAccount {
  id: string
  name: string
  institution: string
  last4: string
}
export const listMoneyAccounts = (signal?: AbortSignal) => api<MoneyAccount[]>('/api/v1/accounts', { signal })

// Categories and rules

export const listCategories = (signal?: AbortSignal) => api<Category[]>('/api/v1/categories', { signal })
export const createCategory = (body: CategoryCreate) => api<Category>('/api/v1/categories', { json: body })
export const renameCategory = (id: string, name: string) =>
  api<Category>(`/api/v1/categories/${id}`, { method: 'PATCH', json: { name } })
export const mergeCategory = (id: string, into_id: string) =>
  api<{ transactions_moved: number }>(`/api/v1/categories/${id}/merge`, { json: { into_id } })
export const deleteCategory = (id: string, reassign_to?: string) =>
  api<{ transactions_moved: number }>(`/api/v1/categories/${id}${queryString({ reassign_to })}`, { method: 'DELETE' })

export const listRules = (signal?: AbortSignal) => api<CategoryRule[]>('/api/v1/category-rules', { signal })
export const createRule = (body: CategoryRuleCreate) => api<CategoryRule>('/api/v1/category-rules', { json: body })
export const deleteRule = (id: string) => api<void>(`/api/v1/category-rules/${id}`, { method: 'DELETE' })
export const applyRules = () =>
  api<{ examined: number; updated: number }>('/api/v1/category-rules/apply', { json: { only_uncategorised: false } })
export const updateRulePriority = (id: string, priority: number) =>
  api<CategoryRule>(`/api/v1/category-rules/${id}`, { method: 'PATCH', json: { priority } })

// Budgets and goals

export const listBudgets = (signal?: AbortSignal) => api<Budget[]>('/api/v1/budgets', { signal })
export const createBudget = (body: BudgetCreate) => api<Budget>('/api/v1/budgets', { json: body })
export const updateBudget = (id: string, amount: string) =>
  api<Budget>(`/api/v1/budgets/${id}`, { method: 'PATCH', json: { amount } })
export const deleteBudget = (id: string) => api<void>(`/api/v1/budgets/${id}`, { method: 'DELETE' })
export const listGoals = (signal?: AbortSignal) => api<Goal[]>('/api/v1/goals', { signal })
export const createGoal = (body: GoalCreate) => api<Goal>('/api/v1/goals', { json: body })
export const addContribution = (id: string, amount: string) =>
  api<unknown>(`/api/v1/goals/${id}/contributions`, { json: { amount } })

// Analytics (this month by default)

export const getSummary = (signal?: AbortSignal) => api<Summary>('/api/v1/analytics/summary', { signal })
export const getSpendByCategory = (signal?: AbortSignal) =>
  api<SpendByCategory>('/api/v1/analytics/spend-by-category', { signal })
export const getMonthlyTrend = (signal?: AbortSignal) =>
  api<MonthlyTrend>('/api/v1/analytics/monthly-trend?months=6', { signal })
export const getRecurring = (signal?: AbortSignal) => api<Recurring>('/api/v1/analytics/recurring', { signal })
