/**
 * Dates as bank mail writes them ("19-11-26", "19/11/2026 14:05", "19 Nov 2026", "Nov 19, 2026",
 * "2026-11-19T14:05"), to the wall time an <input type="datetime-local"> holds, and that wall
 * time to an instant with the user's zone offset (what the API's aware datetimes want).
 * Day-first wherever it is ambiguous: FinCoach's senders write dates that way.
 */
import { displayTimeZone, offsetIn } from './timezone'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const pad = (n: number) => String(n).padStart(2, '0')

function wall(year: number, month: number, day: number, time: string | undefined): string | null {
  if (year < 100) year += 2000
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (month < 1 || month > 12 || probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) return null
  let hm = '12:00' // a date alone: noon, safely inside the day in any zone
  if (time) {
    const [, h, m, ampm] = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]m)?$/i.exec(time.trim()) ?? []
    if (h === undefined) return null
    let hour = Number(h)
    if (ampm) hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0)
    if (hour > 23 || Number(m) > 59) return null
    hm = `${pad(hour)}:${m}`
  }
  return `${year}-${pad(month)}-${pad(day)}T${hm}`
}

// An optional time after the date, then nothing but punctuation.
const TIME = String.raw`(?:[ ,T]+(?:at\s+)?(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?))?[.,;)]*$`

/** "YYYY-MM-DDTHH:MM" from a written date (and time), or null. */
export function parseWrittenDate(written: string): string | null {
  const text = written.trim().replace(/\s+/g, ' ')
  let m = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}`, 'i').exec(text)
  if (m) return wall(Number(m[1]), Number(m[2]), Number(m[3]), m[4])
  m = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}`, 'i').exec(text)
  if (m) return wall(Number(m[3]), Number(m[2]), Number(m[1]), m[4])
  m = new RegExp(String.raw`^(\d{1,2})[- ]([a-z]{3})[a-z]*\.?[-, ]+(\d{4}|\d{2})${TIME}`, 'i').exec(text)
  if (m && MONTHS.includes(m[2].toLowerCase())) return wall(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]), m[4])
  m = new RegExp(String.raw`^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})${TIME}`, 'i').exec(text)
  if (m && MONTHS.includes(m[1].toLowerCase())) return wall(Number(m[3]), MONTHS.indexOf(m[1].toLowerCase()) + 1, Number(m[2]), m[4])
  return null
}

/** "YYYY-MM-DDTHH:MM" in `zone` for an instant (what a datetime-local input shows). */
export function wallTimeIn(iso: string, zone = displayTimeZone()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(date).map((part) => [part.type, part.value]),
  )
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
}

/** The instant of a wall time in `zone`, ISO 8601 with that zone's offset then. */
export function instantOf(wallTime: string, zone = displayTimeZone()): string {
  const [date, time = '12:00'] = wallTime.split('T')
  // The offset at roughly that moment (exact but for the hour around a clock change).
  const roughly = new Date(`${date}T${time.slice(0, 5)}:00Z`)
  return `${date}T${time.slice(0, 5)}:00${offsetIn(roughly, zone)}`
}
