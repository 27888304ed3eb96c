import { describe, expect, it } from 'vitest'
import {
  defaultPeriodKey,
  intervalFor,
  isDay,
  periodFromParams,
  presetRange,
  transactionsLink,
  withPeriod,
} from './period'

const params = (s: string) => new URLSearchParams(s)

describe('report periods', () => {
  it('defaults to the last 30 days on the 1st-7th of a month, to this month from the 8th', () => {
    expect(defaultPeriodKey('2026-12-02')).toBe('last-30')
    expect(defaultPeriodKey('2026-12-07')).toBe('last-30')
    expect(defaultPeriodKey('2026-12-08')).toBe('this-month')
    expect(periodFromParams(params(''), '2026-12-02')).toEqual({
      key: 'last-30',
      from: '2026-11-03',
      to: '2026-12-02',
      label: 'Last 30 days',
      isDefault: true,
    })
    expect(periodFromParams(params(''), '2026-12-20')).toMatchObject({ key: 'this-month', from: '2026-12-01', to: '2026-12-20' })
  })

  it('turns each preset into its days, across month and year ends', () => {
    expect(presetRange('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
    expect(presetRange('last-month', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(presetRange('last-90', '2026-03-01')).toEqual({ from: '2025-12-02', to: '2026-03-01' })
    expect(presetRange('this-year', '2026-03-01')).toEqual({ from: '2026-01-01', to: '2026-03-01' })
    expect(presetRange('this-month', '2026-03-09')).toEqual({ from: '2026-03-01', to: '2026-03-09' })
  })

  it('round-trips through the URL, keeping other parameters', () => {
    const chosen = withPeriod(params('tab=flow&period=last-30'), 'custom', { from: '2026-01-01', to: '2026-03-31' })
    expect(chosen.toString()).toBe('tab=flow&period=custom&from=2026-01-01&to=2026-03-31')
    expect(periodFromParams(chosen, '2026-12-02')).toMatchObject({ key: 'custom', from: '2026-01-01', to: '2026-03-31', isDefault: false })
    const preset = withPeriod(chosen, 'last-month')
    expect(preset.toString()).toBe('tab=flow&period=last-month')
    expect(periodFromParams(preset, '2026-12-02')).toMatchObject({ key: 'last-month', from: '2026-11-01', to: '2026-11-30' })
  })

  it('falls back to the default for a broken choice', () => {
    for (const bad of ['period=someday', 'period=custom&from=2026-02-30&to=2026-03-01', 'period=custom&from=2026-03-02&to=2026-03-01', 'period=custom']) {
      expect(periodFromParams(params(bad), '2026-12-20')).toMatchObject({ key: 'this-month', isDefault: true })
    }
    expect(isDay('2024-02-29')).toBe(true)
    expect(isDay('2026-13-01')).toBe(false)
  })

  it('picks chart buckets and builds the drill-down link', () => {
    expect(intervalFor('2026-11-03', '2026-12-02')).toBe('day')
    expect(intervalFor('2026-09-04', '2026-12-02')).toBe('week')
    expect(intervalFor('2026-01-01', '2026-12-02')).toBe('month')
    expect(transactionsLink('c1', { from: '2026-11-01', to: '2026-11-30' })).toBe(
      '/transactions?category_id=c1&from=2026-11-01&to=2026-11-30',
    )
    expect(transactionsLink(null, { from: '2026-11-01', to: '2026-11-30' })).toBe(
      '/transactions?uncategorised=true&from=2026-11-01&to=2026-11-30',
    )
  })
})
