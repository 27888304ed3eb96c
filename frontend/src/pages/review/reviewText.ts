import type { BadgeTone } from '@/components/Badge'
import type { ReviewAction, ReviewItem, ReviewReason } from '@/api/types'

export const REASONS: Record<ReviewReason, { label: string; tone: BadgeTone }> = {
  low_confidence: { label: 'Unsure reading', tone: 'amber' },
  missed_money: { label: 'Money, no transaction', tone: 'red' },
  merge: { label: 'Merged', tone: 'blue' },
  new_merchant: { label: 'New merchant', tone: 'green' },
  unusual_amount: { label: 'Unusual amount', tone: 'zinc' },
}

export const REASON_ORDER = Object.keys(REASONS) as ReviewReason[]

export const reasonLabel = (reason: string) => REASONS[reason as ReviewReason]?.label ?? reason.replace(/_/g, ' ')

const DONE: Record<ReviewAction['action'], string> = {
  confirm: 'Confirmed',
  edit: 'Correction saved',
  not_transaction: 'Marked as not a transaction',
  is_transaction: 'Recorded as a transaction',
  split: 'Split, with a transaction of its own',
}

/** What to tell the person after an action ("Confirmed: …"). */
export function outcomeTitle(action: ReviewAction['action'], item: ReviewItem): string {
  const what = item.email_subject ? `“${item.email_subject}”` : 'the item'
  return `${DONE[action]}: ${what}.`
}
