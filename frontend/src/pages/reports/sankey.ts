/**
 * The income Sankey's flows: income categories → "Money in" → spending categories, plus what
 * was saved (or, when spending exceeded income, what came from savings). Amounts stay exact
 * decimal strings (added in integer cents); the chart gets Number() copies for drawing only.
 */
import type { SankeyInput } from './charts'

export interface Flow {
  from: string
  to: string
  amount: string
}

interface Item {
  name: string
  amount: string
}

export const MONEY_IN = 'Money in'
export const SAVED = 'Saved'
export const FROM_SAVINGS = 'From savings'
const OTHER = 'Other spending'
const MAX_CATEGORIES = 7

const toCents = (amount: string): bigint => {
  const negative = amount.trim().startsWith('-')
  const [whole, fraction = ''] = amount.trim().replace(/^[-+]/, '').split('.')
  const cents = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2))
  return negative ? -cents : cents
}

const fromCents = (cents: bigint): string => {
  const sign = cents < 0n ? '-' : ''
  const abs = cents < 0n ? -cents : cents
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`
}

export function incomeFlows(income: Item[], spending: Item[]): Flow[] {
  const sources = income.filter((i) => toCents(i.amount) > 0n)
  const sinks = spending.filter((i) => toCents(i.amount) > 0n)
  const totalIn = sources.reduce((sum, i) => sum + toCents(i.amount), 0n)
  const totalOut = sinks.reduce((sum, i) => sum + toCents(i.amount), 0n)
  const flows: Flow[] = sources.map((i) => ({ from: i.name, to: MONEY_IN, amount: i.amount }))
  if (totalOut > totalIn) flows.push({ from: FROM_SAVINGS, to: MONEY_IN, amount: fromCents(totalOut - totalIn) })
  const shown = sinks.slice(0, MAX_CATEGORIES)
  flows.push(...shown.map((i) => ({ from: MONEY_IN, to: i.name, amount: i.amount })))
  const rest = sinks.slice(MAX_CATEGORIES).reduce((sum, i) => sum + toCents(i.amount), 0n)
  if (rest > 0n) flows.push({ from: MONEY_IN, to: OTHER, amount: fromCents(rest) })
  if (totalIn > totalOut) flows.push({ from: MONEY_IN, to: SAVED, amount: fromCents(totalIn - totalOut) })
  return flows
}

/** The chart's nodes and links (a name on both sides, e.g. a category, becomes two nodes). */
export function sankeyData(flows: Flow[]): SankeyInput {
  const nodes: { name: string }[] = []
  const index = new Map<string, number>()
  const node = (side: 'left' | 'middle' | 'right', name: string) => {
    const key = `${side}|${name}`
    if (!index.has(key)) {
      index.set(key, nodes.length)
      nodes.push({ name })
    }
    return index.get(key)!
  }
  const links = flows.map((f) =>
    f.to === MONEY_IN
      ? { source: node('left', f.from), target: node('middle', MONEY_IN), value: Number(f.amount) }
      : { source: node('middle', MONEY_IN), target: node('right', f.to), value: Number(f.amount) },
  )
  return { nodes, links }
}
