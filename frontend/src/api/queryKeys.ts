import type { EmailListParams, JobListParams, ReviewListParams } from './types'

/** Every React Query key in one place, so live events and mutations find what to update. */
export const queryKeys = {
  me: ['users', 'me'] as const,
  apiTokens: ['api-tokens'] as const,
  totp: ['users', 'me', 'totp'] as const,
  siteSettings: ['site-settings'] as const,
  health: ['health'] as const,
  jobs: {
    all: ['jobs'] as const,
    lists: () => ['jobs', 'list'] as const,
    list: (params: JobListParams) => ['jobs', 'list', params] as const,
    detail: (id: string) => ['jobs', 'detail', id] as const,
  },
  accounts: ['connected-accounts'] as const,
  syncStatus: ['email-sync', 'status'] as const,
  plaid: {
    all: ['plaid'] as const,
    status: ['plaid', 'status'] as const,
    transactions: (accountId: string) => ['plaid', 'items', accountId, 'transactions'] as const,
  },
  emails: {
    all: ['emails'] as const,
    lists: () => ['emails', 'list'] as const,
    list: (params: EmailListParams) => ['emails', 'list', params] as const,
    detail: (id: string) => ['emails', 'detail', id] as const,
  },
  review: {
    all: ['review'] as const,
    summary: ['review', 'summary'] as const,
    lists: () => ['review', 'list'] as const,
    list: (params: ReviewListParams) => ['review', 'list', params] as const,
  },
  senders: {
    all: ['senders'] as const,
    list: (offset: number) => ['senders', 'list', offset] as const,
    detail: (id: string) => ['senders', 'detail', id] as const,
  },
}
