/**
 * The time zone dates are shown in: the signed-in user's preference (GET /users/me `timezone`),
 * not the browser's, so the day a payment is listed under is the day the server grouped it
 * under. Until the profile has loaded, the last zone seen (kept in localStorage) or the
 * browser's own stands in.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

export const TIMEZONE_STORAGE_KEY = 'fincoach.timezone'

/** The browser's IANA zone ("UTC" when it cannot say). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

/** Every zone the browser knows, sorted, with UTC (which some browsers leave out of the list). */
export function allTimeZones(): string[] {
  let zones: string[] = []
  try {
    zones = Intl.supportedValuesOf('timeZone').slice()
  } catch {
    zones = [browserTimeZone()]
  }
  if (!zones.includes('UTC')) zones.push('UTC')
  return zones.sort()
}

interface TimeZoneState {
  /** The zone dates render in now. */
  zone: string
  /**
   * Bumped when the profile turns out to name another zone than the one pages were rendered
   * with: the app shell remounts the page with it, so no date stays in the old zone.
   */
  epoch: number
  setZone: (zone: string, opts?: { rerender?: boolean }) => void
}

export const useTimeZoneStore = create<TimeZoneState>()(
  persist(
    (set, get) => ({
      zone: browserTimeZone(),
      epoch: 0,
      setZone: (zone, opts) => {
        if (zone === get().zone) return
        set({ zone, epoch: opts?.rerender ? get().epoch + 1 : get().epoch })
      },
    }),
    {
      name: TIMEZONE_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ zone }) => ({ zone }),
    },
  ),
)

/** The zone to render dates in, for code outside React's render (formatters). */
export const displayTimeZone = () => useTimeZoneStore.getState().zone

const partsFormatters = new Map<string, Intl.DateTimeFormat>()

function parts(date: Date, zone: string): Record<string, string> {
  let formatter = partsFormatters.get(zone)
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    }
    try {
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone: zone })
    } catch {
      formatter = new Intl.DateTimeFormat('en-US', options) // a zone this browser does not know
    }
    partsFormatters.set(zone, formatter)
  }
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]))
}

/** "2026-04-01": the calendar day `date` falls on in `zone`. */
export function dayIn(date: Date, zone = displayTimeZone()): string {
  const p = parts(date, zone)
  return `${p.year}-${p.month}-${p.day}`
}

/** Today's date in `zone`, as an <input type="date"> wants it. */
export const todayIn = (zone = displayTimeZone(), now = new Date()) => dayIn(now, zone)

/** The hour of the day (0-23) in `zone`. */
export const hourIn = (date: Date, zone = displayTimeZone()) => Number(parts(date, zone).hour)

/** "+05:30" (or "Z"): the zone's offset from UTC at that instant. */
export function offsetIn(date: Date, zone: string): string {
  const name = parts(date, zone).timeZoneName ?? 'GMT' // "GMT+05:30"; "GMT" or "GMT+00:00" for UTC
  const offset = name.replace(/^GMT/, '')
  return offset === '' || offset === '+00:00' || offset === '-00:00' ? 'Z' : offset
}

/** "GMT+05:30": the offset for showing beside a zone's name. */
export const offsetLabel = (zone: string, at = new Date()) => {
  const offset = offsetIn(at, zone)
  return offset === 'Z' ? 'GMT' : `GMT${offset}`
}

/** The instant of noon on local `day` in `zone`, as ISO 8601 with the offset: a time to give a
 * payment entered with a date only, safely inside that day wherever the zone is. */
export function noonIn(day: string, zone = displayTimeZone()): string {
  const roughly = new Date(`${day}T12:00:00Z`)
  return `${day}T12:00:00${offsetIn(roughly, zone)}`
}
