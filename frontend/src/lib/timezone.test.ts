import { describe, expect, it } from 'vitest'
import { formatDay, formatMonth, formatShortDate } from './format'
import { dayIn, hourIn, noonIn, offsetIn, todayIn, useTimeZoneStore } from './timezone'

// 20:00 UTC on 31 March is 01:30 on 1 April in Kolkata.
const LATE_MARCH = new Date('2026-03-31T20:00:00Z')

describe('the user\'s time zone', () => {
  it('puts an instant on the day it is where the user is', () => {
    expect(dayIn(LATE_MARCH, 'UTC')).toBe('2026-03-31')
    expect(dayIn(LATE_MARCH, 'Asia/Kolkata')).toBe('2026-04-01')
    expect(todayIn('Asia/Kolkata', LATE_MARCH)).toBe('2026-04-01')
    expect(hourIn(LATE_MARCH, 'Asia/Kolkata')).toBe(1)
    expect(hourIn(new Date('2026-03-31T00:30:00Z'), 'UTC')).toBe(0)
  })

  it('gives a date-only entry the noon of that day in the zone', () => {
    expect(offsetIn(LATE_MARCH, 'UTC')).toBe('Z')
    expect(noonIn('2026-04-01', 'Asia/Kolkata')).toBe('2026-04-01T12:00:00+05:30')
    expect(noonIn('2026-07-01', 'America/New_York')).toBe('2026-07-01T12:00:00-04:00')
    expect(noonIn('2026-04-01', 'UTC')).toBe('2026-04-01T12:00:00Z')
  })

  it('formats instants in the user\'s zone and calendar dates as they are', () => {
    const now = new Date('2026-06-01T12:00:00Z')
    useTimeZoneStore.setState({ zone: 'Asia/Kolkata' })
    const kolkata = formatShortDate(LATE_MARCH.toISOString(), now)
    useTimeZoneStore.setState({ zone: 'UTC' })
    const utc = formatShortDate(LATE_MARCH.toISOString(), now)
    expect(kolkata).toMatch(/\b1\b/)
    expect(kolkata).toMatch(/Apr/)
    expect(utc).toMatch(/\b31\b/)
    expect(utc).toMatch(/Mar/)
    // A budget's month or a goal's date never moves, whatever the zone.
    for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
      useTimeZoneStore.setState({ zone })
      expect(formatDay('2026-04-01', now)).toMatch(/\b1\b.*Apr|Apr.*\b1\b/)
      expect(formatMonth('2026-04-01', { month: 'short' })).toBe('Apr')
    }
  })
})
