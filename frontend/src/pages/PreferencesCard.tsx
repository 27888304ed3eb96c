import { useState, type FormEvent } from 'react'
import { errorMessage } from '@/api/client'
import { useUpdateMe } from '@/api/queries'
import type { UserPublic } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { SelectField } from '@/components/Field'
import { COMMON_LOCALES } from '@/lib/preferences'

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const BROWSER = ''

/** A sample of what a locale looks like: a number and a date. */
function sample(locale: string): string {
  try {
    const tag = locale || undefined
    const number = new Intl.NumberFormat(tag, { minimumFractionDigits: 2 }).format(1234567.5)
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-04-19T00:00:00Z'))
    return `${number} · ${date}`
  } catch {
    return ''
  }
}

/** Locale (number and date formats), week start and which notifications arrive by email. */
export function PreferencesCard({ user }: { user: UserPublic }) {
  const [locale, setLocale] = useState(user.locale ?? BROWSER)
  const [weekStart, setWeekStart] = useState(user.week_start)
  const [budgetMail, setBudgetMail] = useState(user.email_budget_alerts)
  const [saved, setSaved] = useState(false)
  const update = useUpdateMe()
  const dirty =
    locale !== (user.locale ?? BROWSER) || weekStart !== user.week_start || budgetMail !== user.email_budget_alerts
  const known = COMMON_LOCALES.some((l) => l.tag === locale)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    update.mutate(
      { locale: locale || null, week_start: weekStart, email_budget_alerts: budgetMail },
      { onSuccess: () => setSaved(true) },
    )
  }
  const touch = () => setSaved(false)

  return (
    <Card>
      <CardHeader
        id="preferences-heading"
        title="Preferences"
        description="How numbers and dates are written, the first day of your week, and what FinCoach emails you."
      />
      <form noValidate onSubmit={submit} aria-labelledby="preferences-heading" className="space-y-6 p-5 sm:p-6">
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label="Number and date format"
            name="locale"
            value={locale}
            onChange={(e) => {
              setLocale(e.target.value)
              touch()
            }}
            hint={sample(locale)}
          >
            <option value={BROWSER}>This browser’s ({navigator.language})</option>
            {!known && locale && <option value={locale}>{locale}</option>}
            {COMMON_LOCALES.map((l) => (
              <option key={l.tag} value={l.tag}>
                {l.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Week starts on"
            name="week_start"
            value={String(weekStart)}
            onChange={(e) => {
              setWeekStart(Number(e.target.value))
              touch()
            }}
            hint="Weekly cash flow is grouped from this day."
          >
            {WEEKDAYS.map((day, n) => (
              <option key={day} value={n + 1}>
                {day}
              </option>
            ))}
          </SelectField>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-zinc-800">Email notifications</legend>
          <label className="mt-2 flex items-start gap-2 text-sm text-zinc-700">
            <input
              type="checkbox"
              className="mt-0.5 size-4 rounded border-zinc-300 text-brand-600 focus:ring-brand-600"
              checked={budgetMail}
              onChange={(e) => {
                setBudgetMail(e.target.checked)
                touch()
              }}
            />
            <span>
              Budget alerts by email
              <span className="block text-xs text-zinc-500">
                When a budget reaches 80 % or 100 %. They always show in the app. Sign-in codes and security notices are always emailed.
              </span>
            </span>
          </label>
        </fieldset>
        {update.isError && <Alert>{errorMessage(update.error)}</Alert>}
        {saved && !dirty && <Alert tone="success">Preferences saved.</Alert>}
        <div className="flex justify-end">
          <Button type="submit" loading={update.isPending} disabled={!dirty}>
            Save preferences
          </Button>
        </div>
      </form>
    </Card>
  )
}
