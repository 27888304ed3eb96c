import { parseWrittenDate } from './writtenDate'

/**
 * Field provenance in the message text: each field extraction read has a span [start, end)
 * into the exact text it read (`reading.text` of GET /api/v1/emails/{id}). The message is drawn
 * as segments, each covered by zero or more fields (spans may overlap: the currency inside the
 * amount "INR 450.00", or two fields read from one phrase).
 */

export const FIELD_ORDER = [
  'amount',
  'currency',
  'direction',
  'merchant',
  'account_last4',
  'occurred_at',
  'balance',
  'reference',
  'fee',
] as const

export type FieldName = (typeof FIELD_ORDER)[number]

/** The fields a person can set by selecting text or typing (the review edit's fields). */
export const EDITABLE_FIELDS = ['amount', 'currency', 'direction', 'merchant', 'account_last4', 'occurred_at'] as const
export type EditableField = (typeof EDITABLE_FIELDS)[number]

export const FIELD_LABELS: Record<string, string> = {
  amount: 'Amount',
  currency: 'Currency',
  direction: 'Direction',
  merchant: 'Merchant',
  account_last4: 'Account',
  occurred_at: 'Date',
  balance: 'Balance',
  reference: 'Reference',
  fee: 'Fee',
}

/**
 * Each field's colour: a fill for its span, a matching underline (so two fields stay apart
 * where colours are hard to tell) and a swatch for the legend. Whole class names, so Tailwind
 * finds them.
 */
export const FIELD_COLOURS: Record<string, { mark: string; strong: string; swatch: string }> = {
  amount: { mark: 'bg-amber-100 border-amber-500', strong: 'bg-amber-300', swatch: 'bg-amber-400' },
  currency: { mark: 'bg-orange-100 border-orange-500', strong: 'bg-orange-300', swatch: 'bg-orange-400' },
  direction: { mark: 'bg-rose-100 border-rose-500', strong: 'bg-rose-300', swatch: 'bg-rose-400' },
  merchant: { mark: 'bg-sky-100 border-sky-500', strong: 'bg-sky-300', swatch: 'bg-sky-400' },
  account_last4: { mark: 'bg-violet-100 border-violet-500', strong: 'bg-violet-300', swatch: 'bg-violet-400' },
  occurred_at: { mark: 'bg-teal-100 border-teal-500', strong: 'bg-teal-300', swatch: 'bg-teal-400' },
  balance: { mark: 'bg-lime-100 border-lime-600', strong: 'bg-lime-300', swatch: 'bg-lime-500' },
  reference: { mark: 'bg-fuchsia-100 border-fuchsia-500', strong: 'bg-fuchsia-300', swatch: 'bg-fuchsia-400' },
  fee: { mark: 'bg-stone-200 border-stone-500', strong: 'bg-stone-400', swatch: 'bg-stone-500' },
}

const FALLBACK_COLOUR = { mark: 'bg-zinc-100 border-zinc-500', strong: 'bg-zinc-300', swatch: 'bg-zinc-400' }
export const fieldColour = (field: string) => FIELD_COLOURS[field] ?? FALLBACK_COLOUR
export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field.replace(/_/g, ' ')

export interface FieldSpan {
  field: string
  start: number
  end: number
}

export interface Segment {
  start: number
  end: number
  text: string
  /** The fields whose span covers this segment, the narrowest span first (it names the segment). */
  fields: string[]
}

/** Spans clipped to the text; empty, reversed or out-of-range spans are dropped. */
export function validSpans(spans: readonly FieldSpan[], length: number): FieldSpan[] {
  const valid: FieldSpan[] = []
  for (const span of spans) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) continue
    const start = Math.max(0, span.start)
    const end = Math.min(length, span.end)
    if (end > start) valid.push({ field: span.field, start, end })
  }
  return valid
}

/**
 * Cut `text` at every span boundary. Every character lands in exactly one segment, in order;
 * a segment lists every field covering it. Where spans nest or overlap, the narrowest comes
 * first (it is the more specific reading: the currency inside the amount).
 */
export function segmentText(text: string, spans: readonly FieldSpan[]): Segment[] {
  const valid = validSpans(spans, text.length)
  const cuts = new Set<number>([0, text.length])
  for (const span of valid) {
    cuts.add(span.start)
    cuts.add(span.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]
    const end = points[i + 1]
    const covering = valid
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || FIELD_RANK(a.field) - FIELD_RANK(b.field))
    const fields = [...new Set(covering.map((span) => span.field))]
    segments.push({ start, end, text: text.slice(start, end), fields })
  }
  return segments
}

function FIELD_RANK(field: string): number {
  const rank = (FIELD_ORDER as readonly string[]).indexOf(field)
  return rank === -1 ? FIELD_ORDER.length : rank
}

/** Sort fields in the legend's order (amount first), unknown fields last. */
export const byFieldOrder = (a: string, b: string) => FIELD_RANK(a) - FIELD_RANK(b)

/**
 * A selection inside the drawn message, as offsets into the text: each segment element carries
 * `data-start`, so a DOM position (node, offset) maps back to the character it stands for.
 * Returns null when either end lies outside `container` or nothing is selected.
 */
export function selectionOffsets(container: Element, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const start = domOffset(container, range.startContainer, range.startOffset)
  const end = domOffset(container, range.endContainer, range.endOffset)
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

function domOffset(container: Element, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement?.closest<HTMLElement>('[data-start]')
    if (!segment || !container.contains(segment)) return null
    return Number(segment.dataset.start) + offset
  }
  // An element boundary: the start of its offset-th child, or the end of the last.
  const element = node as Element
  const children = element.childNodes
  if (offset < children.length) return firstOffset(children[offset])
  return lastOffset(element) ?? (element === container ? Number(container.getAttribute('data-length') ?? 0) : null)
}

function firstOffset(node: Node): number | null {
  if (node instanceof HTMLElement && node.dataset.start !== undefined) return Number(node.dataset.start)
  const inner = node instanceof Element ? node.querySelector<HTMLElement>('[data-start]') : null
  return inner ? Number(inner.dataset.start) : null
}

function lastOffset(node: Element): number | null {
  const all = node.querySelectorAll<HTMLElement>('[data-start]')
  const last = all[all.length - 1]
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null
}

/** Narrow a selection to the text without its surrounding blanks (a double-click takes a space). */
export function trimSelection(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start += 1
  while (end > start && /\s/.test(text[end - 1])) end -= 1
  return { start, end }
}

/**
 * The value a selection gives a field. An amount keeps only its number ("Rs. 1,234.50" →
 * "1234.50", its span narrowed to the figures); an account its last four digits; a currency
 * its ISO code; a direction debit or credit from its verb; a date its wall time
 * ("YYYY-MM-DDTHH:MM", see writtenDate.ts); the rest is the text as selected.
 * Null when the selection cannot be that field.
 */
export function valueFromSelection(
  field: EditableField,
  text: string,
  start: number,
  end: number,
): { value: string; start: number; end: number } | null {
  const trimmed = trimSelection(text, start, end)
  const chosen = text.slice(trimmed.start, trimmed.end)
  if (!chosen) return null
  if (field === 'amount') {
    const match = /\d[\d,]*(?:\.\d+)?/.exec(chosen)
    if (!match) return null
    const figures = match[0].replace(/,/g, '')
    const at = trimmed.start + match.index
    return { value: figures, start: at, end: at + match[0].length }
  }
  if (field === 'account_last4') {
    // The last four digits, their span narrowed to them ("XX4321" → "4321").
    const match = /\d{4}(?=\D*$)/.exec(chosen)
    if (!match) return null
    const at = trimmed.start + match.index
    return { value: match[0], start: at, end: at + 4 }
  }
  if (field === 'currency') {
    const code = currencyCode(chosen)
    return code ? { value: code, ...trimmed } : null
  }
  if (field === 'occurred_at') {
    const when = parseWrittenDate(chosen)
    return when ? { value: when, ...trimmed } : null
  }
  if (field === 'direction') {
    const direction = directionOf(chosen)
    return direction ? { value: direction, ...trimmed } : null
  }
  return { value: chosen, ...trimmed }
}

const CURRENCY_SIGNS: Record<string, string> = { '₹': 'INR', RS: 'INR', 'RS.': 'INR', INR: 'INR', $: 'USD', '€': 'EUR', '£': 'GBP' }

/** An ISO 4217 code from what a message writes: "Rs." and "₹" are rupees, "$" dollars. */
export function currencyCode(written: string): string | null {
  const word = written.trim().toUpperCase()
  if (CURRENCY_SIGNS[word]) return CURRENCY_SIGNS[word]
  return /^[A-Z]{3}$/.test(word) ? word : null
}

/** Money out or in, from the verb a message uses ("debited", "spent", "credited", "received"). */
export function directionOf(written: string): 'debit' | 'credit' | null {
  const word = written.toLowerCase()
  if (/credit|receiv|deposit|refund|added/.test(word)) return 'credit'
  if (/debit|spent|paid|withdraw|sent|purchase|charged/.test(word)) return 'debit'
  return null
}
