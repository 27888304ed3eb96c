/**
 * Types for the FinCoach HTTP API, taken from the backend's OpenAPI document.
 *
 * src/api/schema.d.ts is generated: `npm run openapi:dump` (writes openapi.json from
 * app.openapi(), no server needed) then `npm run gen:api`; tests/unit/test_openapi.py fails
 * while either file is stale. Name the schemas the app uses here, so a contract change shows
 * up as a type error where it matters. Only what the document cannot say is written by hand.
 */
import type { components, operations } from './schema'

type Schemas = components['schemas']
/** The query parameters of an operation, by its id (`<tag>-<route function>`). */
type Query<Id extends keyof operations> = NonNullable<operations[Id]['parameters']['query']>

/** The one JSON shape of every error response: {"error": {code, message, details}}. */
export type ErrorResponse = Schemas['ErrorResponse']

export type UserPublic = Schemas['UserPublic']
export type TokenPair = Schemas['TokenPair']
export type VerifyOtpRequest = Schemas['VerifyOtpRequest']
export type UserUpdate = Schemas['UserUpdateMe']
export type PasswordChange = Schemas['PasswordChange']

/** A personal API token as listed (never its secret), and as created (with it, that once). */
export type ApiToken = Schemas['ApiTokenPublic']
export type ApiTokenCreated = Schemas['ApiTokenCreated']
export type ApiTokenCreate = Schemas['ApiTokenCreate']
export type ApiTokenScope = ApiToken['scope']

// --- Two-factor sign-in ---------------------------------------------------------------------

/** A right password (or emailed code) on an account with two-factor sign-in: finish with /api/auth/login/totp. */
export type SecondFactorChallenge = Schemas['SecondFactorChallenge']
/** What /api/auth/login and /api/auth/verify-otp answer. */
export type SignInResult = TokenPair | SecondFactorChallenge
export const isChallenge = (result: SignInResult): result is SecondFactorChallenge => 'challenge' in result

export type TotpStatus = Schemas['TotpStatus']
export type TotpEnrolment = Schemas['TotpEnrolment']
export type TotpRecoveryCodes = Schemas['TotpRecoveryCodes']
/** The current password, or a code from the authenticator app (or a recovery code). */
export type TotpProof = Schemas['TotpProof']
export type SiteSettings = Schemas['SiteSettingsPublic']

/** GET /health: 200 when everything is up, 503 with the same body when PostgreSQL or Redis is not. */
export type Health = Schemas['Health']

// --- Jobs -------------------------------------------------------------------------------

export type Job = Schemas['JobPublic']
export type JobPage = Schemas['Page_JobPublic_']
export type JobListParams = Query<'jobs-list_jobs'>
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
export type SyncStatus = Schemas['SyncStatus']
export type PlaidStatus = Schemas['PlaidStatus']
export type PlaidLinked = Schemas['PlaidLinked']
export type PlaidItemTransaction = Schemas['PlaidItemTransaction']
export type BankReport = Schemas['BankReport']

// --- Emails ---------------------------------------------------------------------------------

export type EmailSummary = Schemas['EmailSummary']
export type EmailDetail = Schemas['EmailDetail']
export type EmailListParams = Query<'emails-list_emails'>

/** Provenance (issue #13): the exact text extraction read, and each field's span in it. */
export type Reading = Schemas['Reading']
export type ReadingField = Schemas['ReadField']
/** The email's reading (null before extraction, or when the text is gone). */
export const readingOf = (email: EmailDetail): Reading | null => email.reading ?? null

/** What extraction made of an email: its status, the fields read, and the merges it is in. */
export type EmailExtraction = Schemas['EmailExtraction']
/** An email merged into another email's transaction (shown on both emails), or split again. */
export type EmailMerge = Schemas['EmailMerge']

/** The fields extraction read (`EmailExtraction.fields`: app/extraction/result.py `to_fields`). */
export interface ExtractedFields {
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
  card_network?: string | null
  [key: string]: unknown
}

// --- Review inbox and senders (issue #13) --------------------------------------------------

export type ReviewItem = Schemas['ReviewItemPublic']
export type ReviewReason = ReviewItem['reason']
export type ReviewTransaction = Schemas['ReviewTransaction']
export type ReviewPage = Schemas['Page_ReviewItemPublic_']
export type ReviewListParams = Query<'review-list_review_items'>
export type ReviewSummary = Schemas['ReviewSummary']
export type ReviewOutcome = Schemas['ReviewOutcome']
export type SenderSummary = Schemas['SenderSummary']
export type SenderPage = Schemas['Page_SenderSummary_']
export type SenderDetail = Schemas['SenderDetail']

/**
 * The fields a correction sets, as the form holds them (strings; the schema's CorrectedFields
 * also takes numbers and nulls).
 */
export interface ReviewFields {
  amount?: string
  currency?: string
  direction?: 'debit' | 'credit'
  merchant?: string
  account_last4?: string
  occurred_at?: string
}
/** Where in `reading.text` a field was chosen by selecting it: [start, end). */
export type ReviewSpans = Partial<Record<keyof ReviewFields, [number, number]>>

/** POST /api/v1/review/{id}: one of the contract's actions (the schema has one loose shape). */
export type ReviewAction =
  | { action: 'confirm' }
  | { action: 'edit'; fields: ReviewFields; spans?: ReviewSpans }
  | { action: 'not_transaction' }
  | { action: 'is_transaction'; fields: ReviewFields; spans?: ReviewSpans }
  | { action: 'split' }

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
export type TransactionQuery = Query<'transactions-list_transactions'>
/** A bank account, card or wallet of the ledger (not a connected mailbox). */
export type MoneyAccount = Schemas['AccountPublic']
export type Category = Schemas['CategoryPublic']
export type CategoryRule = Schemas['CategoryRulePublic']
export type Budget = Schemas['BudgetStatus']
export type Goal = Schemas['GoalPublic']
export type Summary = Schemas['Summary']
export type SpendByCategory = Schemas['SpendByCategory']
export type MonthlyTrend = Schemas['MonthlyTrend']
export type Recurring = Schemas['Recurring']
export type CsvPreview = Schemas['CsvPreview']
export type CsvImportResult = Schemas['CsvImportResult']
export type CsvMapping = Schemas['CsvMapping']
