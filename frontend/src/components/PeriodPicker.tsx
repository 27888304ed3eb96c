import { useId, useState, type FormEvent } from 'react'
import { PERIOD_KEYS, PERIOD_LABELS, type Period, type PeriodKey } from '@/lib/period'
import { formatDay } from '@/lib/format'
import { Button } from './Button'

const control =
  'rounded-lg border-0 bg-white px-3 py-2 text-base text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-brand-600 focus:outline-none sm:text-sm'

/**
 * This month, last month, last 30/90 days, this year or two chosen days. A preset applies at
 * once; custom days apply with the button (so half-typed dates never reach the URL).
 */
export function PeriodPicker({
  period,
  onChange,
}: {
  period: Period
  onChange: (key: PeriodKey, custom?: { from: string; to: string }) => void
}) {
  const [customOpen, setCustomOpen] = useState(period.key === 'custom')
  const [from, setFrom] = useState(period.from)
  const [to, setTo] = useState(period.to)
  const invalid = !from || !to || from > to
  const id = useId()

  const apply = (event: FormEvent) => {
    event.preventDefault()
    if (!invalid) onChange('custom', { from, to })
  }

  return (
    <form onSubmit={apply}>
      <fieldset aria-label="Report period" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-period`} className="text-sm font-medium text-zinc-700">
          Period
        </label>
        <select
          id={`${id}-period`}
          className={control}
          value={customOpen ? 'custom' : period.key}
          onChange={(e) => {
            const key = e.target.value as PeriodKey
            if (key === 'custom') {
              setFrom(period.from)
              setTo(period.to)
              setCustomOpen(true)
            } else {
              setCustomOpen(false)
              onChange(key)
            }
          }}
        >
          {PERIOD_KEYS.map((key) => (
            <option key={key} value={key}>
              {PERIOD_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      {customOpen && (
        <>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-from`} className="text-sm font-medium text-zinc-700">
              From
            </label>
            <input id={`${id}-from`} type="date" className={control} value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} required />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-to`} className="text-sm font-medium text-zinc-700">
              To
            </label>
            <input id={`${id}-to`} type="date" className={control} value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} required />
          </div>
          <Button type="submit" variant="secondary" disabled={invalid}>
            Apply
          </Button>
        </>
      )}
      <p className="w-full text-xs text-zinc-500 sm:w-auto sm:self-center" aria-live="polite">
        {formatDay(period.from)} – {formatDay(period.to)}
      </p>
      </fieldset>
    </form>
  )
}
