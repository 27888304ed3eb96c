import { describe, expect, it } from 'vitest'
import { incomeFlows, sankeyData } from './sankey'

describe('income Sankey flows', () => {
  it('income → money in → categories, and the rest saved, in exact cents', () => {
    const flows = incomeFlows(
      [
        { name: 'Salary', amount: '85000.10' },
        { name: 'Interest', amount: '0.20' },
      ],
      [
        { name: 'Rent', amount: '42000.00' },
        { name: 'Groceries', amount: '12000.05' },
      ],
    )
    expect(flows).toEqual([
      { from: 'Salary', to: 'Money in', amount: '85000.10' },
      { from: 'Interest', to: 'Money in', amount: '0.20' },
      { from: 'Money in', to: 'Rent', amount: '42000.00' },
      { from: 'Money in', to: 'Groceries', amount: '12000.05' },
      { from: 'Money in', to: 'Saved', amount: '31000.25' },
    ])
    const chart = sankeyData(flows)
    expect(chart.nodes.map((n) => n.name)).toEqual(['Salary', 'Money in', 'Interest', 'Rent', 'Groceries', 'Saved'])
    expect(chart.links[4]).toEqual({ source: 1, target: 5, value: 31000.25 })
  })

  it('spending above income is drawn from savings; small categories fold into one', () => {
    const spending = Array.from({ length: 9 }, (_, n) => ({ name: `C${n}`, amount: '100.00' }))
    const flows = incomeFlows([{ name: 'Salary', amount: '500.00' }], spending)
    expect(flows).toContainEqual({ from: 'From savings', to: 'Money in', amount: '400.00' })
    expect(flows).toContainEqual({ from: 'Money in', to: 'Other spending', amount: '200.00' })
    expect(flows.some((f) => f.to === 'Saved')).toBe(false)
    expect(incomeFlows([], [])).toEqual([])
  })
})
