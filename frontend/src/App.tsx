import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { type ComponentType, lazy, useEffect } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { RedirectIfSignedIn, RequireAuth } from '@/auth/guards'
import { syncAuthAcrossTabs, useAuthStore } from '@/auth/store'
import { AppShell } from '@/components/AppShell'
import { LoginPage } from '@/pages/LoginPage'
import { NotFoundPage } from '@/pages/NotFoundPage'
import { RegisterPage } from '@/pages/RegisterPage'
// Eager: small, and where a required two-factor set-up sends a person straight after sign-in.
import { SettingsPage } from '@/pages/SettingsPage'
import { clearOfflineCopies } from '@/pwa'

/** A page loaded on its first visit (its own chunk: charts and editors load where used). */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })))
}

const DashboardPage = lazyPage(() => import('@/pages/DashboardPage'), 'DashboardPage')
const TransactionsPage = lazyPage(
  () => import('@/pages/transactions/TransactionsPage'),
  'TransactionsPage',
)
const EmailsPage = lazyPage(() => import('@/pages/emails/EmailsPage'), 'EmailsPage')
const ReviewPage = lazyPage(() => import('@/pages/review/ReviewPage'), 'ReviewPage')
const SendersPage = lazyPage(() => import('@/pages/review/SendersPage'), 'SendersPage')
const JobsPage = lazyPage(() => import('@/pages/JobsPage'), 'JobsPage')
const JobDetailPage = lazyPage(() => import('@/pages/JobDetailPage'), 'JobDetailPage')
const AccountsPage = lazyPage(() => import('@/pages/accounts/AccountsPage'), 'AccountsPage')
const CategoriesPage = lazyPage(
  () => import('@/pages/categories/CategoriesPage'),
  'CategoriesPage',
)
const ReportsPage = lazyPage(() => import('@/pages/reports/ReportsPage'), 'ReportsPage')
const LedgerAccountsPage = lazyPage(
  () => import('@/pages/ledger-accounts/LedgerAccountsPage'),
  'LedgerAccountsPage',
)
const BudgetsPage = lazyPage(() => import('@/pages/budgets/BudgetsPage'), 'BudgetsPage')
const ReconciliationPage = lazyPage(
  () => import('@/pages/reconciliation/ReconciliationPage'),
  'ReconciliationPage',
)
const CategoriserExperimentsPage = lazyPage(
  () => import('@/pages/admin/CategoriserExperimentsPage'),
  'CategoriserExperimentsPage',
)
const QueueMetricsPage = lazyPage(() => import('@/pages/admin/QueueMetricsPage'), 'QueueMetricsPage')

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RedirectIfSignedIn />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register" element={<RegisterPage />} />
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppShell />}>
          <Route index element={<Navigate to="/dashboard" replace />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/transactions" element={<TransactionsPage />} />
          <Route path="/emails" element={<EmailsPage />} />
          <Route path="/review" element={<ReviewPage />} />
          <Route path="/senders" element={<SendersPage />} />
          <Route path="/jobs" element={<JobsPage />} />
          <Route path="/jobs/:jobId" element={<JobDetailPage />} />
          <Route path="/accounts" element={<AccountsPage />} />
          <Route path="/categories" element={<CategoriesPage />} />
          <Route path="/reports" element={<ReportsPage />} />
          <Route path="/ledger-accounts" element={<LedgerAccountsPage />} />
          <Route path="/budgets" element={<BudgetsPage />} />
          <Route path="/reconciliation" element={<ReconciliationPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/admin/categorisers" element={<CategoriserExperimentsPage />} />
          <Route path="/admin/queues" element={<QueueMetricsPage />} />
        </Route>
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}

/** Providers and session upkeep around the routes (the router is supplied by the caller). */
export function App({ queryClient }: { queryClient: QueryClient }) {
  useEffect(() => syncAuthAcrossTabs(), [])

  // Whatever ends the session (sign-out, a refused refresh, another tab), drop cached data.
  useEffect(
    () =>
      useAuthStore.subscribe((state, previous) => {
        if (previous.signedIn && !state.signedIn) {
          queryClient.clear()
          clearOfflineCopies()
        }
      }),
    [queryClient],
  )

  return (
    <QueryClientProvider client={queryClient}>
      <AppRoutes />
    </QueryClientProvider>
  )
}
