/** Every page of the app (signed in unless `public`), for the layout, screenshot and axe checks. */
export const everyPage = [
  { path: '/dashboard', slug: 'dashboard', heading: null },
  { path: '/transactions', slug: 'transactions', heading: 'Transactions' },
  { path: '/reports', slug: 'reports', heading: null },
  { path: '/ledger-accounts', slug: 'ledger-accounts', heading: 'Cards & bank accounts' },
  { path: '/budgets', slug: 'budgets', heading: null },
  { path: '/categories', slug: 'categories', heading: null },
  { path: '/reconciliation', slug: 'reconciliation', heading: null },
  { path: '/review', slug: 'review', heading: null },
  { path: '/senders', slug: 'senders', heading: null },
  { path: '/accounts', slug: 'connected-accounts', heading: null },
  { path: '/emails', slug: 'emails', heading: null },
  { path: '/jobs', slug: 'jobs', heading: null },
  { path: '/settings', slug: 'settings', heading: null },
] as const

export const publicPages = [
  { path: '/login', slug: 'login' },
  { path: '/register', slug: 'register' },
] as const
