import { describe, expect, it } from 'vitest'
import { instantOf, parseWrittenDate, wallTimeIn } from './writtenDate'

describe('written dates', () => {
  it('reads the ways bank mail writes a date, day first', () => {
    expect(parseWrittenDate('19-11-26')).toBe('2026-11-19T12:00')
    expect(parseWrittenDate('19/11/2026 14:05')).toBe('2026-11-19T14:05')
    expect(parseWrittenDate('03.02.2026 at 9:07 pm')).toBe('2026-02-03T21:07')
    expect(parseWrittenDate('19 Nov 2026')).toBe('2026-11-19T12:00')
    expect(parseWrittenDate('19-NOV-26 08:15:00')).toBe('2026-11-19T08:15')
    expect(parseWrittenDate('November 9, 2026 12:30 AM')).toBe('2026-11-09T00:30')
    expect(parseWrittenDate('2026-11-19T14:05:09')).toBe('2026-11-19T14:05')
  })

  it('refuses what is not a date', () => {
    expect(parseWrittenDate('31-02-2026')).toBeNull()
    expect(parseWrittenDate('SWIGGY')).toBeNull()
    expect(parseWrittenDate('19 Foo 2026')).toBeNull()
    expect(parseWrittenDate('19-11-26 25:00')).toBeNull()
  })

  it('turns a wall time into an instant with the zone’s offset, and back', () => {
    expect(instantOf('2026-11-19T14:05', 'Asia/Kolkata')).toBe('2026-11-19T14:05:00+05:30')
    expect(instantOf('2026-11-19T14:05', 'UTC')).toBe('2026-11-19T14:05:00Z')
    expect(wallTimeIn('2026-11-19T08:35:00Z', 'Asia/Kolkata')).toBe('2026-11-19T14:05')
    expect(wallTimeIn('nonsense', 'UTC')).toBe('')
  })
})
