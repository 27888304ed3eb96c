import type { ConnectedAccount, EmailDetail, EmailExtraction, EmailMerge, EmailSummary, ExtractedFields, Job } from '@/api/types'

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
    reading: null,
    ...overrides,
  }
}

export const summaryOf = ({ body_text: _b, created_at: _c, extraction: _e, reading: _r, ...summary }: EmailDetail): EmailSummary =>
  summary

/** What extraction made of an email: `fields` as read, no merges unless given. */
export function makeExtraction(fields: ExtractedFields, overrides: Partial<EmailExtraction> = {}): EmailExtraction {
  return {
    status: fields.is_transaction ? 'transaction' : 'not_transaction',
    method: (fields.method as string | undefined) ?? 'rules',
    confidence: (fields.confidence as number | undefined) ?? 0.9,
    fields,
    rejection_reason: fields.rejection_reason ?? null,
    error: null,
    transaction_id: fields.is_transaction ? nextId('txn') : null,
    extracted_at: '2026-11-19T14:05:01Z',
    merged_into: null,
    also_reported_by: [],
    split: [],
    bank_reports: [],
    ...overrides,
  }
}

export function makeMerge(overrides: Partial<EmailMerge> = {}): EmailMerge {
  return {
    id: nextId('merge'),
    reason: 'reference',
    evidence: 'both give payment reference 612345678901 for INR 749.00 debit',
    merged_at: '2026-11-19T14:05:01Z',
    split_at: null,
    split_transaction_id: null,
    transaction_id: nextId('txn'),
    amount: '749.00',
    currency: 'INR',
    type: 'debit',
    occurred_at: '2026-11-19T14:02:00Z',
    merchant: 'Swiggy',
    transaction_email_id: nextId('mail'),
    transaction_email_subject: 'You have done a UPI txn',
    email_id: nextId('mail'),
    email_subject: 'Your Swiggy order summary',
    email_sender: 'noreply@swiggy.in',
    email_received_at: '2026-11-19T14:04:00Z',
    ...overrides,
  }
}
