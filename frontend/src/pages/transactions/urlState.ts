/**
 * The transaction list's filters, sort and search as URL query parameters, so a reload, a
 * shared link or the Reports drill-down (`/transactions?category_id=..&from=..&to=..`) shows
 * the same list. Short names in the URL; the API's names in the filters.
 */
import type { TransactionFilters } from './TransactionFilters'

/** URL parameter → filter field. */
const URL_NAMES = {
  q: 'q',
  from: 'date_from',
  to: 'date_to',
  category_id: 'category_id',
  uncategorised: 'uncategorised',
  merchant: 'transactor_id',
  account_id: 'account_id',
  type: 'type',
  min: 'amount_min',
  max: 'amount_max',
  sort: 'sort',
  tag: 'tag',
} as const satisfies Record<string, keyof TransactionFilters>

const SORTS = ['-occurred_at', 'occurred_at', '-amount', 'amount'] as const
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The filters a URL's query string states (unknown or malformed values are left out). */
export function filtersFromParams(params: URLSearchParams): TransactionFilters {
  const out: TransactionFilters = {}
  for (const [urlName, field] of Object.entries(URL_NAMES) as [keyof typeof URL_NAMES, keyof TransactionFilters][]) {
    const value = params.get(urlName)
    if (value === null || value === '') continue
    switch (field) {
      case 'uncategorised':
        if (value === 'true' || value === '1') out.uncategorised = true
        break
      case 'type':
        if (value === 'debit' || value === 'credit') out.type = value
        break
      case 'sort':
        if ((SORTS as readonly string[]).includes(value)) out.sort = value as TransactionFilters['sort']
        break
      case 'date_from':
      case 'date_to':
        if (DAY.test(value)) out[field] = value
        break
      default:
        out[field] = value
    }
  }
  return out
}

/**
 * `params` with the filters written in (the others it carries, such as the open drawer's `txn`,
 * kept). Unset fields and the default sort are left out, so a plain list has a plain URL.
 */
export function paramsWithFilters(params: URLSearchParams, filters: TransactionFilters): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const [urlName, field] of Object.entries(URL_NAMES) as [string, keyof TransactionFilters][]) {
    const value = filters[field]
    if (value === undefined || value === '' || value === false || (field === 'sort' && value === '-occurred_at'))
      next.delete(urlName)
    else next.set(urlName, String(value))
  }
  return next
}
