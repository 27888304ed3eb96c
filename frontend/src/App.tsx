import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { RedirectIfSignedIn, RequireAuth } from '@/auth/guards'
import { syncAuthAcrossTabs, useAuthStore } from '@/auth/store'
import { AppShell } from '@/components/AppShell'
import { DashboardPage } from '@/pages/DashboardPage'
import { LoginPage } from '@/pages/LoginPage'
import { NotFoundPage } from '@/pages/NotFoundPage'
import { AccountsPage } from '@/pages/accounts/AccountsPage'
import { EmailsPage } from '@/pages/emails/EmailsPage'
import { JobDetailPage } from '@/pages/JobDetailPage'
import { JobsPage } from '@/pages/JobsPage'
import { BudgetsPage } from '@/pages/budgets/BudgetsPage'
import { CategoriesPage } from '@/pages/categories/CategoriesPage'
import { TransactionsPage } from '@/pages/transactions/TransactionsPage'
import { RegisterPage } from '@/pages/RegisterPage'
import { ReviewPage } from '@/pages/review/ReviewPage'
import { SendersPage } from '@/pages/review/SendersPage'
import { SettingsPage } from '@/pages/SettingsPage'

// Loaded on first visit: most people open it once a month, with a statement in hand.
const ReconciliationPage = lazy(() =>
  import('@/pages/reconciliation/ReconciliationPage').then((m) => ({ default: m.ReconciliationPage })),
)

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
          <Route path="/budgets" element={<BudgetsPage />} />
          <Route
            path="/reconciliation"
            element={
              <Suspense fallback={null}>
                <ReconciliationPage />
              </Suspense>
            }
          />
          <Route path="/settings" element={<SettingsPage />} />
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
        if (previous.signedIn && !state.signedIn) queryClient.clear()
      }),
    [queryClient],
  )

  return (
    <QueryClientProvider client={queryClient}>
      <AppRoutes />
    </QueryClientProvider>
  )
}
