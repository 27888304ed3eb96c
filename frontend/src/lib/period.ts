/**
 * Report periods: the choices of the period picker, how each becomes a pair of days, and how
 * the choice is kept in the URL's search parameters (so a reload or a shared link shows the
 * same figures).
 *
 * URL: `?period=last-30` (a preset), or `?period=custom&from=2026-01-01&to=2026-03-31`. No
 * `period` parameter means the default period. Days are the user's days (YYYY-MM-DD, in their
 * time zone), as the analytics API counts them; both ends are included.
 */

export const PERIOD_KEYS = ['this-month', 'last-month', 'last-30', 'last-90', 'this-year', 'custom'] as const
export type PeriodKey = (typeof PERIOD_KEYS)[number]

export const PERIOD_LABELS: Record<PeriodKey, string> = {
  'this-month': 'This month',
  'last-month': 'Last month',
  'last-30': 'Last 30 days',
  'last-90': 'Last 90 days',
  'this-year': 'This year',
  custom: 'Custom',
}

/**
 * Up to this day of the month, the default period is the last 30 days instead of this month:
 * on the 1st-7th "this month" holds a few days of data (often no salary yet, so income ₹0 and
 * no savings rate) beside months of history. From the 8th on, this month is the default.
 */
export const EARLY_MONTH_LAST_DAY = 7

export interface Period {
  key: PeriodKey
  /** First day, included (YYYY-MM-DD). */
  from: string
  /** Last day, included (YYYY-MM-DD). */
  to: string
  /** The picker's words for it: "Last 30 days", "1 Jan 2026 – 31 Mar 2026" is left to the view. */
  label: string
  /** True when the URL did not choose it. */
  isDefault: boolean
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A real calendar day written YYYY-MM-DD ("2026-02-30" is not). */
export function isDay(value: string | null | undefined): value is string {
  if (!value || !DAY.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** `day` moved by `days` (negative: back), in calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`

export function defaultPeriodKey(today: string): PeriodKey {
  return Number(today.slice(8, 10)) <= EARLY_MONTH_LAST_DAY ? 'last-30' : 'this-month'
}

/** The days of a preset, as of `today`. */
export function presetRange(key: Exclude<PeriodKey, 'custom'>, today: string): { from: string; to: string } {
  switch (key) {
    case 'this-month':
      return { from: monthStart(today), to: today }
    case 'last-month': {
      const lastOfPrevious = addDays(monthStart(today), -1)
      return { from: monthStart(lastOfPrevious), to: lastOfPrevious }
    }
    case 'last-30':
      return { from: addDays(today, -29), to: today }
    case 'last-90':
      return { from: addDays(today, -89), to: today }
    case 'this-year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today }
  }
}

/** The period the search parameters choose (the default for a missing or broken choice). */
export function periodFromParams(params: URLSearchParams, today: string): Period {
  const key = params.get('period')
  if (key === 'custom') {
    const from = params.get('from')
    const to = params.get('to')
    if (isDay(from) && isDay(to) && from <= to) return { key, from, to, label: PERIOD_LABELS.custom, isDefault: false }
  } else if (key && (PERIOD_KEYS as readonly string[]).includes(key)) {
    const preset = key as Exclude<PeriodKey, 'custom'>
    return { key: preset, ...presetRange(preset, today), label: PERIOD_LABELS[preset], isDefault: false }
  }
  const fallback = defaultPeriodKey(today) as Exclude<PeriodKey, 'custom'>
  return { key: fallback, ...presetRange(fallback, today), label: PERIOD_LABELS[fallback], isDefault: true }
}

/** `params` with the period chosen (other parameters kept); custom needs both days. */
export function withPeriod(params: URLSearchParams, key: PeriodKey, custom?: { from: string; to: string }): URLSearchParams {
  const next = new URLSearchParams(params)
  next.set('period', key)
  next.delete('from')
  next.delete('to')
  if (key === 'custom' && custom) {
    next.set('from', custom.from)
    next.set('to', custom.to)
  }
  return next
}

/** Cash-flow buckets that keep a chart readable: days up to a month, weeks up to ~4 months. */
export function intervalFor(from: string, to: string): 'day' | 'week' | 'month' {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1
  return days <= 31 ? 'day' : days <= 124 ? 'week' : 'month'
}

/**
 * The Transactions page filtered to one category over the period (drill-down from spend by
 * category). Its URL-kept filters read `category_id`, `from` and `to` (days, included);
 * uncategorised spending is `uncategorised=true` instead of a category.
 */
export function transactionsLink(categoryId: string | null, period: { from: string; to: string }): string {
  const params = new URLSearchParams(categoryId ? { category_id: categoryId } : { uncategorised: 'true' })
  params.set('from', period.from)
  params.set('to', period.to)
  return `/transactions?${params.toString()}`
}
