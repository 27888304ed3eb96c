/**
 * Amounts of a split, in whole cents (integers: decimal strings are never added as floats).
 */

/** "12", "12.5", "12.50" → 1250; anything else (negative, 3 decimals, text) → null. */
export function toCents(text: string): number | null {
  const match = /^\s*(\d{1,12})(?:\.(\d{1,2}))?\s*$/.exec(text)
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

/** 1250 → "12.50"; -5 → "-0.05". */
export function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

export interface SplitLine {
  category_id: string
  amount: string
  note: string
}

/**
 * What is left to assign of `total` after the lines (negative: too much), and whether the
 * split may be saved: two lines or more, each a positive amount, adding up to the total.
 */
export function splitState(total: string, lines: SplitLine[]): { remaining: number | null; valid: boolean; error: string | null } {
  const whole = toCents(total)
  if (whole === null) return { remaining: null, valid: false, error: 'The transaction’s amount is not valid.' }
  let sum = 0
  for (const [i, line] of lines.entries()) {
    const cents = toCents(line.amount)
    if (cents === null || cents === 0) return { remaining: null, valid: false, error: `Part ${i + 1} needs an amount above zero.` }
    sum += cents
  }
  const remaining = whole - sum
  if (lines.length < 2) return { remaining, valid: false, error: 'A split has two parts or more.' }
  if (remaining !== 0)
    return {
      remaining,
      valid: false,
      error: remaining > 0 ? `${fromCents(remaining)} is still to assign.` : `The parts exceed the total by ${fromCents(-remaining)}.`,
    }
  return { remaining, valid: true, error: null }
}
