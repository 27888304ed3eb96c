/**
 * The review inbox's keys: j/k move, Enter confirms, e edits, x selects for bulk confirm,
 * n marks "not a transaction", Escape closes the editor. Typing in a field never triggers
 * them (Escape aside), and Enter on a button or link keeps its own meaning.
 */
export type ReviewKeyAction = 'next' | 'previous' | 'confirm' | 'edit' | 'toggle' | 'not_transaction' | 'escape'

const KEYS: Record<string, ReviewKeyAction> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Enter: 'confirm',
  e: 'edit',
  x: 'toggle',
  n: 'not_transaction',
  Escape: 'escape',
}

export interface KeyLike {
  key: string
  target: EventTarget | null
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  shiftKey?: boolean
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  return false
}

/** Elements where Enter (or Space) already does something of their own. */
function activates(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && Boolean(target.closest('button, a[href], input, summary, [role="button"]'))
}

/** What a key press means in the review inbox, or null when it is not for it. */
export function reviewKeyAction(event: KeyLike): ReviewKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  const action = KEYS[event.key]
  if (!action) return null
  if (action === 'escape') return action
  if (isTyping(event.target)) return null
  // Inside a dialog (a confirmation), its own keys apply.
  if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"], [role="alertdialog"]')) return null
  if (action === 'confirm' && (event.shiftKey || activates(event.target))) return null
  return action
}

/** The index after a move, staying inside [0, count). */
export function moveIndex(index: number, action: 'next' | 'previous', count: number): number {
  if (count === 0) return 0
  const next = action === 'next' ? index + 1 : index - 1
  return Math.min(count - 1, Math.max(0, next))
}
