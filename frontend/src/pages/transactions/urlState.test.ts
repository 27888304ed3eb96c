import { describe, expect, it } from 'vitest'
import { splitState, toCents, fromCents } from './splitMath'
import { filtersFromParams, paramsWithFilters } from './urlState'

describe('transaction filters in the URL', () => {
  it('reads the Reports drill-down link', () => {
    const params = new URLSearchParams('category_id=c1&from=2026-03-01&to=2026-03-31')
    expect(filtersFromParams(params)).toEqual({ category_id: 'c1', date_from: '2026-03-01', date_to: '2026-03-31' })
  })

  it('round-trips every filter, sort and search, keeping other parameters', () => {
    const filters = {
      q: 'coffee beans',
      date_from: '2026-01-01',
      date_to: '2026-01-31',
      category_id: 'c1',
      transactor_id: 't1',
      account_id: 'a1',
      type: 'credit' as const,
      amount_min: '10',
      amount_max: '99.50',
      sort: '-amount' as const,
      tag: 'trip',
    }
    const url = paramsWithFilters(new URLSearchParams('txn=abc'), filters)
    expect(url.get('txn')).toBe('abc')
    expect(url.get('from')).toBe('2026-01-01')
    expect(url.get('merchant')).toBe('t1')
    expect(filtersFromParams(new URLSearchParams(url.toString()))).toEqual(filters)
  })

  it('leaves out unset fields and the default sort, and drops malformed values', () => {
    const url = paramsWithFilters(new URLSearchParams('q=old&sort=amount'), { q: '', sort: '-occurred_at', uncategorised: true })
    expect(url.toString()).toBe('uncategorised=true')
    expect(filtersFromParams(new URLSearchParams('from=yesterday&type=both&sort=name&uncategorised=no'))).toEqual({})
  })
})

describe('split amounts', () => {
  it('parses decimal strings into whole cents, never floats', () => {
    expect([toCents('12'), toCents('12.5'), toCents('0.07'), toCents('1234567.89')]).toEqual([1200, 1250, 7, 123456789])
    expect([toCents('-1'), toCents('1.234'), toCents('abc'), toCents('')]).toEqual([null, null, null, null])
    expect([fromCents(1250), fromCents(7), fromCents(-5)]).toEqual(['12.50', '0.07', '-0.05'])
  })

  it('says what is left to assign and when the parts add up', () => {
    const line = (amount: string) => ({ category_id: '', amount, note: '' })
    expect(splitState('100.00', [line('60'), line('30')])).toMatchObject({ remaining: 1000, valid: false, error: '10.00 is still to assign.' })
    expect(splitState('100.00', [line('60'), line('50')])).toMatchObject({ remaining: -1000, valid: false })
    expect(splitState('100.00', [line('100')])).toMatchObject({ valid: false, error: 'A split has two parts or more.' })
    expect(splitState('0.30', [line('0.10'), line('0.20')])).toMatchObject({ remaining: 0, valid: true })
    expect(splitState('100.00', [line('0'), line('100')])).toMatchObject({ valid: false })
  })
})
