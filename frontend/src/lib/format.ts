/**
 * Display helpers: dates, sizes, counts, and names for what the API returns as codes.
 *
 * Instants (an ISO string with a time) are shown in the user's time zone (lib/timezone), so a
 * payment appears on the day the server counts it under. Calendar dates without a time (a
 * budget's month, a goal's target date: "2026-04-01") are shown as they are, never shifted.
 * Numbers and dates follow the user's locale preference (lib/preferences; default the browser's).
 */
import { displayLocale } from './preferences'
import { dayIn, displayTimeZone } from './timezone'

type DateOptions = Omit<Intl.DateTimeFormatOptions, 'timeZone'>

const DATE_TIME: DateOptions = { dateStyle: 'medium', timeStyle: 'short' }
const SHORT_DATE: DateOptions = { day: 'numeric', month: 'short' }
const SHORT_DATE_YEAR: DateOptions = { day: 'numeric', month: 'short', year: 'numeric' }
const TIME_ONLY: DateOptions = { hour: 'numeric', minute: '2-digit' }
const formatters = new Map<string, Intl.DateTimeFormat>()
const numberFormatters = new Map<string, Intl.NumberFormat>()
const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>()

/** An Intl formatter for `options` in `zone` (default: the user's), built once per pair. */
export function dateFormatter(options: DateOptions, zone = displayTimeZone()): Intl.DateTimeFormat {
  const locale = displayLocale()
  const key = `${locale}|${zone}|${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone })
    } catch {
      formatter = new Intl.DateTimeFormat(locale, options) // a zone this browser lacks
    }
    formatters.set(key, formatter)
  }
  return formatter
}

/** An Intl number formatter in the user's locale, built once per options. */
export function numberFormatter(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = displayLocale()
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = numberFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options)
    numberFormatters.set(key, formatter)
  }
  return formatter
}

function relativeFormatter(style: 'long' | 'short'): Intl.RelativeTimeFormat {
  const locale = displayLocale()
  const key = `${locale}|${style}`
  let formatter = relativeFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style })
    relativeFormatters.set(key, formatter)
  }
  return formatter
}

export const formatNumber = (n: number) => numberFormatter().format(n)

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '—' : dateFormatter(DATE_TIME).format(date)
}

/** "14:02" today, "19 Nov" this year, "19 Nov 2025" before (days in the user's zone). */
export function formatShortDate(iso: string, now = new Date()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return '—'
  const day = dayIn(date)
  const today = dayIn(now)
  if (day === today) return dateFormatter(TIME_ONLY).format(date)
  return dateFormatter(day.slice(0, 4) === today.slice(0, 4) ? SHORT_DATE : SHORT_DATE_YEAR).format(date)
}

/** A calendar date ("2026-04-19", no time): "19 Apr" this year, "19 Apr 2027" otherwise. */
export function formatDay(day: string, now = new Date()): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return '—'
  const sameYear = day.slice(0, 4) === dayIn(now).slice(0, 4)
  return dateFormatter(sameYear ? SHORT_DATE : SHORT_DATE_YEAR, 'UTC').format(date)
}

/** "April 2026" for the month a calendar date ("2026-04-01") is in. */
export const formatMonth = (day: string, options: DateOptions = { month: 'long', year: 'numeric' }) =>
  dateFormatter(options, 'UTC').format(new Date(`${day.slice(0, 10)}T00:00:00Z`))

/** "just now", "5 minutes ago", "yesterday", "3 days ago"… */
export function formatRelative(
  iso: string | null | undefined,
  now = Date.now(),
  style: 'long' | 'short' = 'long',
): string {
  const relative = relativeFormatter(style)
  if (!iso) return 'never'
  const then = new Date(iso).getTime()
  if (Number.isNaN(then)) return '—'
  const seconds = Math.round((then - now) / 1000)
  const abs = Math.abs(seconds)
  if (abs < 45) return 'just now'
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute')
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour')
  if (abs < 30 * 86_400) return relative.format(Math.round(seconds / 86_400), 'day')
  return dateFormatter(SHORT_DATE_YEAR).format(new Date(then))
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—'
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`
}

/** How long between two times, e.g. "2 min 5 s". */
export function formatDuration(fromIso: string | null, toIso: string | null, now = Date.now()): string | null {
  if (!fromIso) return null
  const ms = (toIso ? new Date(toIso).getTime() : now) - new Date(fromIso).getTime()
  if (!Number.isFinite(ms) || ms < 0) return null
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m} min ${s % 60} s`
  return `${Math.floor(m / 60)} h ${m % 60} min`
}

const JOB_TYPES: Record<string, string> = {
  email_fetch: 'Mailbox sync',
  email_extract: 'Reading emails',
  extraction: 'Reading emails',
  categorize: 'Categorising',
  send_email: 'Sending email',
  sender_reextract: 'Re-reading a sender',
  plaid_sync: 'Bank sync',
}

export function jobTypeLabel(type: string): string {
  return JOB_TYPES[type] ?? type.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase())
}

export const PROVIDER_LABELS: Record<string, string> = {
  gmail: 'Gmail',
  imap: 'IMAP',
  mbox: 'Uploaded export',
  plaid: 'Bank (Plaid)',
}

export const providerLabel = (provider: string) => PROVIDER_LABELS[provider] ?? provider

/**
 * A money string from the API ("1234.50") for display. The exact decimal string is kept for
 * any arithmetic; the number here only feeds Intl's formatting.
 */
export function formatMoney(amount: string | null | undefined, currency?: string | null): string {
  if (amount === null || amount === undefined || amount === '') return '—'
  const value = Number(amount)
  if (!Number.isFinite(value)) return amount
  try {
    return numberFormatter(currency ? { style: 'currency', currency } : { minimumFractionDigits: 2 }).format(value)
  } catch {
    return `${amount} ${currency ?? ''}`.trim()
  }
}

/** A percent string from the API ("42.5") for display. */
export const formatPercent = (value: string | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : `${numberFormatter({ maximumFractionDigits: 1 }).format(Number(Number(value).toFixed(1)))} %`
