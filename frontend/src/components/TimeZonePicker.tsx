import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { cn } from '@/lib/cn'
import { allTimeZones, browserTimeZone, offsetLabel } from '@/lib/timezone'

const control =
  'block w-full rounded-lg border-0 bg-white px-3 py-2 text-base text-zinc-900 sm:text-sm shadow-xs ring-1 ring-inset ring-zinc-300 placeholder:text-zinc-400 focus:outline-none focus:ring-2 focus:ring-brand-600'

/** "America/New_York" → "america new york", so "new york" and "new_york" both find it. */
const searchable = (zone: string) => zone.toLowerCase().replace(/[_/]/g, ' ')

/**
 * A searchable select of the browser's IANA time zones (Intl.supportedValuesOf('timeZone')):
 * type part of a name to narrow the list (Enter picks the first match). The chosen zone is
 * always listed, and the browser's own zone is offered when it differs.
 */
export function TimeZonePicker({
  value,
  onChange,
  label = 'Time zone',
}: {
  value: string
  onChange: (zone: string) => void
  label?: string
}) {
  const id = useId()
  const [query, setQuery] = useState('')
  const browser = useMemo(browserTimeZone, [])
  const zones = useMemo(() => {
    const all = allTimeZones()
    return all.includes(value) ? all : [...all, value].sort()
  }, [value])
  // The offset beside each name, worked out once for the list (today's offsets).
  const labels = useMemo(() => {
    const now = new Date()
    return new Map(zones.map((zone) => [zone, `${zone.replace(/_/g, ' ')} · ${offsetLabel(zone, now)}`]))
  }, [zones])

  const matches = useMemo(() => {
    const words = searchable(query).split(/\s+/).filter(Boolean)
    if (words.length === 0) return zones
    return zones.filter((zone) => {
      const text = searchable(zone)
      return words.every((word) => text.includes(word))
    })
  }, [zones, query])
  // The chosen zone stays an option whatever the search, so the select never shows another.
  const shown = matches.includes(value) ? matches : [value, ...matches]

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault() // not the form's submit
    if (matches.length > 0) onChange(matches[0])
  }

  return (
    <div>
      <label htmlFor={`${id}-select`} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      <div className="mt-1.5 space-y-2">
        <input
          type="search"
          aria-label="Search time zones"
          aria-controls={`${id}-select`}
          placeholder="Search, e.g. Kolkata or New York"
          className={control}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKey}
        />
        <select
          id={`${id}-select`}
          aria-describedby={`${id}-hint`}
          className={cn(control, 'pr-8')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {shown.map((zone) => (
            <option key={zone} value={zone}>
              {labels.get(zone) ?? zone}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-hint`} className="mt-1.5 text-sm text-zinc-500">
        {query && matches.length === 0 ? `No time zone matches “${query}”. ` : ''}
        Days, months and budgets follow this zone.
        {browser !== value && (
          <>
            {' '}
            <button
              type="button"
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
              onClick={() => onChange(browser)}
            >
              Use this browser’s zone ({browser.replace(/_/g, ' ')})
            </button>
          </>
        )}
      </p>
    </div>
  )
}
