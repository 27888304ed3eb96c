/** Sample mailbox data for the mocked API: accounts, sync jobs and imported emails. */

export interface MockJob {
  id: string
  type: string
  status: string
  params: Record<string, unknown>
  total: number
  processed: number
  parsed: number
  failed: number
  progress: number
  error_log: Array<Record<string, unknown>>
  error_count: number
  result: Record<string, unknown>
  attempts: number
  cancel_requested: boolean
  created_at: string
  started_at: string | null
  completed_at: string | null
}

export interface MockAccount {
  id: string
  provider: string
  address: string
  display_name: string
  status: string
  last_error: string | null
  last_synced_at: string | null
  created_at: string
  settings: Record<string, unknown>
}

export interface MockEmail {
  id: string
  account_id: string
  message_id: string
  sender: string
  sender_name: string
  subject: string
  received_at: string
  size: number
  status: 'stored' | 'failed'
  failure_reason: string | null
  snippet: string
  body_text: string
  created_at: string
  extraction: Record<string, unknown> | null
}

/** GET /emails/{id}'s `extraction`: the status, the fields read, and no merges. */
function extraction(fields: Record<string, unknown>, i: number): Record<string, unknown> {
  return {
    status: fields.is_transaction ? 'transaction' : 'not_transaction',
    method: fields.method ?? 'rules',
    confidence: fields.confidence ?? 0.9,
    fields,
    rejection_reason: fields.rejection_reason ?? null,
    error: null,
    transaction_id: fields.is_transaction ? uuid(i + 1, 'txn') : null,
    extracted_at: minutesAgo(i),
    merged_into: null,
    also_reported_by: [],
    split: [],
  }
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString()
const uuid = (n: number, prefix = 'a') => `${prefix.padEnd(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`

export const GMAIL_ID = uuid(1, 'acc')
export const IMAP_ID = uuid(2, 'acc')
export const UPLOAD_ID = uuid(3, 'acc')

export function sampleAccounts(): MockAccount[] {
  return [
    {
      id: GMAIL_ID, provider: 'gmail', address: 'asha.rao@gmail.com', display_name: 'asha.rao@gmail.com',
      status: 'active', last_error: null, last_synced_at: minutesAgo(12), created_at: minutesAgo(60 * 24 * 20), settings: {},
    },
    {
      id: IMAP_ID, provider: 'imap', address: 'asha@fastmail.com', display_name: 'Work mail',
      status: 'error', last_error: 'LOGIN failed: [AUTHENTICATIONFAILED] Invalid credentials (Failure)',
      last_synced_at: minutesAgo(60 * 26), created_at: minutesAgo(60 * 24 * 9),
      settings: { host: 'imap.fastmail.com', port: 993, security: 'tls', folder: 'INBOX', username: 'asha@fastmail.com' },
    },
    {
      id: UPLOAD_ID, provider: 'mbox', address: 'takeout-2025.mbox', display_name: 'takeout-2025.mbox',
      status: 'active', last_error: null, last_synced_at: null, created_at: minutesAgo(3),
      settings: { filename: 'takeout-2025.mbox', size: 48_234_112 },
    },
  ]
}

const job = (n: number, fields: Partial<MockJob>): MockJob => ({
  id: uuid(n, 'job'), type: 'email_fetch', status: 'completed', params: { account_id: GMAIL_ID, mode: 'incremental' },
  total: 0, processed: 0, parsed: 0, failed: 0, progress: 0, error_log: [], error_count: 0, result: {},
  attempts: 1, cancel_requested: false, created_at: minutesAgo(n * 40), started_at: minutesAgo(n * 40 - 0.1),
  completed_at: minutesAgo(n * 40 - 1.5), ...fields,
})

export function sampleJobs(): MockJob[] {
  const errors = Array.from({ length: 3 }, (_, i) => ({
    at: minutesAgo(3 - i * 0.2), type: 'EmailParseError',
    message: `Message ${i + 17} has no Date header and an undecodable body (charset x-unknown).`,
    item_id: `<msg-${1200 + i}@mail.example>`,
  }))
  return [
    job(1, {
      status: 'processing', params: { account_id: UPLOAD_ID, mode: 'initial' }, total: 1840, processed: 736,
      parsed: 733, failed: 3, progress: 40, error_log: errors, error_count: 3, created_at: minutesAgo(3),
      started_at: minutesAgo(2.9), completed_at: null,
    }),
    job(2, {
      status: 'pending', params: { account_id: GMAIL_ID, mode: 'incremental' }, created_at: minutesAgo(0.5),
      started_at: null, completed_at: null,
    }),
    job(3, {
      status: 'failed', params: { account_id: IMAP_ID, mode: 'incremental' }, attempts: 3,
      error_log: [{ at: minutesAgo(60 * 26), type: 'ProviderAuthError', message: 'LOGIN failed: [AUTHENTICATIONFAILED] Invalid credentials (Failure)', item_id: null }],
      error_count: 1, created_at: minutesAgo(60 * 26), started_at: minutesAgo(60 * 26), completed_at: minutesAgo(60 * 26 - 0.2),
    }),
    job(4, {
      total: 412, processed: 412, parsed: 410, failed: 2, progress: 100,
      result: { outcome: 'done', new: 398, duplicate: 12, failed: 2, unavailable: 0 }, created_at: minutesAgo(12.5),
      started_at: minutesAgo(12.4), completed_at: minutesAgo(12),
    }),
    job(5, { status: 'cancelled', total: 2210, processed: 960, parsed: 958, failed: 2, progress: 43.4, params: { account_id: GMAIL_ID, mode: 'initial' } }),
    job(6, {
      total: 2210, processed: 2210, parsed: 2204, failed: 6, progress: 100, params: { account_id: GMAIL_ID, mode: 'initial' },
      result: { outcome: 'done', new: 2204, duplicate: 0, failed: 6, unavailable: 0 },
    }),
  ]
}

const SENDERS = [
  ['alerts@hdfcbank.net', 'HDFC Bank'],
  ['noreply@swiggy.in', 'Swiggy'],
  ['credit_cards@icicibank.com', 'ICICI Bank'],
  ['auto-confirm@amazon.in', 'Amazon.in'],
  ['no-reply@uber.com', 'Uber Receipts'],
] as const

export function sampleEmails(count = 48): MockEmail[] {
  return Array.from({ length: count }, (_, i) => {
    const [sender, sender_name] = SENDERS[i % SENDERS.length]
    const amount = (((i * 7919) % 480000) / 100 + 40).toFixed(2)
    const merchant = ['SWIGGY', 'AMAZON', 'UBER', 'BIGBASKET', 'ZOMATO'][i % 5]
    const failed = i === 5
    const isOtp = i % 9 === 4
    const subject = isOtp
      ? 'OTP for your transaction'
      : i % 5 === 3
        ? `Your Amazon.in order #408-${1000 + i} has shipped`
        : `Rs.${amount} debited from your card ending 4417`
    const body = isOtp
      ? 'Your one-time password is 482913. Do not share it with anyone.\n\nHDFC Bank'
      : `Dear Customer,\n\nRs.${amount} has been debited from your HDFC Bank Credit Card ending 4417 towards ${merchant} on ${new Date(Date.now() - i * 36e5 * 11).toLocaleDateString('en-GB')}.\n\nAvailable credit limit: Rs.1,84,220.00\n\nIf you did not make this transaction, call 1800-202-6161 right away.\n\nWarm regards,\nHDFC Bank`
    return {
      id: uuid(i + 1, 'mail'), account_id: i % 3 === 0 ? UPLOAD_ID : GMAIL_ID, message_id: `<m${i}@mail.example>`,
      sender, sender_name, subject, received_at: new Date(Date.now() - i * 36e5 * 11).toISOString(),
      size: 3800 + i * 37, status: failed ? 'failed' : 'stored',
      failure_reason: failed ? 'The message has no body that can be decoded (charset x-mac-devanagari).' : null,
      snippet: body.replace(/\s+/g, ' ').slice(0, 140), body_text: failed ? '' : body, created_at: minutesAgo(i),
      extraction: failed || i % 4 === 2
        ? null
        : extraction(
            isOtp
              ? { is_transaction: false, rejection_reason: 'otp', confidence: 0.97, method: 'rules' }
              : {
                  is_transaction: true, amount, currency: 'INR', direction: 'debit', merchant: merchant[0] + merchant.slice(1).toLowerCase(),
                  account_last4: '4417', occurred_at: new Date(Date.now() - i * 36e5 * 11).toISOString(), balance: null,
                  reference: i % 2 ? `UPI/${430000 + i}` : null, confidence: 0.92, method: 'rules', rejection_reason: null,
                },
            i,
          ),
    }
  })
}
