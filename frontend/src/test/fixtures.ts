import type { ConnectedAccount, EmailDetail, EmailSummary, Job } from '@/api/types'

let counter = 0
const nextId = (prefix: string) => {
  counter += 1
  return `${prefix}-${String(counter).padStart(4, '0')}-0000-4000-8000-000000000000`
}

export function makeJob(overrides: Partial<Job> = {}): Job {
  return {
    id: nextId('job'),
    type: 'email_fetch',
    status: 'processing',
    params: { account_id: 'acc-1', mode: 'initial' },
    total: 300,
    processed: 120,
    parsed: 118,
    failed: 2,
    progress: 40,
    error_log: [],
    error_count: 0,
    result: {},
    attempts: 1,
    cancel_requested: false,
    created_at: '2026-11-20T09:00:00Z',
    started_at: '2026-11-20T09:00:02Z',
    completed_at: null,
    ...overrides,
  }
}

export function makeAccount(overrides: Partial<ConnectedAccount> = {}): ConnectedAccount {
  return {
    id: nextId('acc'),
    provider: 'imap',
    address: 'asha@fastmail.com',
    display_name: 'asha@fastmail.com',
    status: 'active',
    last_error: null,
    last_synced_at: '2026-11-20T08:30:00Z',
    created_at: '2026-11-01T10:00:00Z',
    settings: { host: 'imap.fastmail.com', port: 993, security: 'tls', folder: 'INBOX', username: 'asha@fastmail.com' },
    ...overrides,
  }
}

export function makeEmail(overrides: Partial<EmailDetail> = {}): EmailDetail {
  return {
    id: nextId('mail'),
    account_id: 'acc-1',
    message_id: '<abc@bank.example>',
    sender: 'alerts@hdfcbank.net',
    sender_name: 'HDFC Bank',
    subject: 'You have spent Rs. 450.00 on your card',
    received_at: '2026-11-19T14:02:00Z',
    size: 4200,
    status: 'stored',
    failure_reason: null,
    snippet: 'Dear Customer, Rs. 450.00 was spent on your HDFC Bank card ending 1234 at SWIGGY.',
    body_text: 'Dear Customer,\n\nRs. 450.00 was spent on your HDFC Bank card ending 1234 at SWIGGY on 19-11-2026.\n',
    created_at: '2026-11-19T14:05:00Z',
    extraction: null,
    ...overrides,
  }
}

export const summaryOf = ({ body_text: _b, created_at: _c, extraction: _e, ...summary }: EmailDetail): EmailSummary =>
  summary
