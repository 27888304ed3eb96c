/**
 * Types for the FinCoach HTTP API, taken from the backend's OpenAPI document.
 *
 * src/api/schema.d.ts is generated: `npm run openapi:dump` (writes openapi.json from
 * app.openapi(), no server needed) then `npm run gen:api`. Name the schemas the app
 * uses here, so a contract change shows up as a type error where it matters.
 */
import type { components } from './schema'

type Schemas = components['schemas']

/** The one JSON shape of every error response: {"error": {code, message, details}}. */
export type ErrorResponse = Schemas['ErrorResponse']

export type UserPublic = Schemas['UserPublic']
export type TokenPair = Schemas['TokenPair']
export type MessageResponse = Schemas['Message']
export type RegisterRequest = Schemas['RegisterRequest']
export type VerifyOtpRequest = Schemas['VerifyOtpRequest']
export type UserUpdate = Schemas['UserUpdateMe']
export type PasswordChange = Schemas['PasswordChange']

/**
 * GET /health (untyped in the OpenAPI document): 200 when everything is up, 503 with
 * the same body when PostgreSQL or Redis is not.
 */
export interface Health {
  status: 'ok' | 'unavailable' | 'degraded' | (string & {})
  database: string
  redis: string
}

/** A page of a list endpoint: `items`, with `total` matches from `offset` (at most `limit`). */
export interface Page<T> {
  items: T[]
  total: number
  offset: number
  limit: number
}

// --- Jobs -------------------------------------------------------------------------------

export type Job = Schemas['JobPublic']
export type JobStatus = 'pending' | 'processing' | 'completed' | 'failed' | 'cancelled'
export const ACTIVE_JOB_STATUSES: readonly string[] = ['pending', 'processing']
export const isActiveJob = (job: Pick<Job, 'status'>) => ACTIVE_JOB_STATUSES.includes(job.status)

/** One entry of a job's `error_log`, as app/jobs/base.py records it. */
export interface JobError {
  at?: string
  type?: string
  message?: string
  item_id?: string | null
}

// --- Connected accounts -------------------------------------------------------------------

export type ConnectedAccount = Schemas['ConnectedAccountPublic']
export type ImapAccountCreate = Schemas['ImapAccountCreate']
export type SyncRequest = Schemas['SyncRequest']
/** POST /connected-accounts/{id}/sync: the job it started (`queued`) or the one already running. */
export type SyncStarted = Schemas['SyncStarted'] & { queued?: boolean; job?: Job }
export type GoogleConsent = Schemas['GoogleConsent']

/** GET /email-sync/status/{user_id} (untyped in the OpenAPI document). */
export interface SyncStatus {
  user_id: string
  last_email_fetch_at: string | null
  syncing: boolean
  active_jobs: Job[]
  accounts: Array<Pick<ConnectedAccount, 'id' | 'provider' | 'address' | 'status' | 'last_synced_at' | 'last_error'>>
}

// --- Emails ---------------------------------------------------------------------------------

export type EmailSummary = Schemas['EmailSummary']
export type EmailDetail = Schemas['EmailDetail']

/** What extraction read from an email (app/extraction/result.py `to_fields`), when present. */
export interface Extraction {
  is_transaction?: boolean
  amount?: string | null
  currency?: string | null
  direction?: 'debit' | 'credit' | null
  merchant?: string | null
  account_last4?: string | null
  occurred_at?: string | null
  balance?: string | null
  reference?: string | null
  confidence?: number | null
  method?: string | null
  rejection_reason?: string | null
  [key: string]: unknown
}

// --- Live events (GET /api/v1/ws) -----------------------------------------------------------

export type JobEventName = 'job.progress' | 'job.completed' | 'job.failed' | 'job.cancelled'

export interface JobEventData {
  job_id: string
  type: string
  total: number
  processed: number
  parsed: number
  failed: number
  progress: number
  /** job.failed: why. */
  error?: string
  /** job.completed: the job's summary. */
  summary?: Record<string, unknown>
}

export type LiveEvent =
  | { event: JobEventName; data: JobEventData }
  | { event: 'transaction.created' | 'budget.alert' | (string & {}); data: Record<string, unknown> }

// --- Ledger -------------------------------------------------------------------------------

export type Transaction = Schemas['TransactionPublic']
export type TransactionCreate = Schemas['TransactionCreate']
export type TransactionUpdate = Schemas['TransactionUpdate']
export type CursorPage<T> = { items: T[]; next_cursor: string | null; limit: number }
export type Category = Schemas['CategoryPublic']
export type CategoryCreate = Schemas['CategoryCreate']
export type CategoryRule = Schemas['CategoryRulePublic']
export type CategoryRuleCreate = Schemas['CategoryRuleCreate']
export type Budget = Schemas['BudgetStatus']
export type BudgetCreate = Schemas['BudgetCreate']
export type Goal = Schemas['GoalPublic']
export type GoalCreate = Schemas['GoalCreate']
export type Summary = Schemas['Summary']
export type SpendByCategory = Schemas['SpendByCategory']
export type MonthlyTrend = Schemas['MonthlyTrend']
export type Recurring = Schemas['Recurring']
export type CsvPreview = Schemas['CsvPreview']
export type CsvImportResult = Schemas['CsvImportResult']
export type CsvMapping = Schemas['CsvMapping']
