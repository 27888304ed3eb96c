import { BadgeCheck, LogOut } from 'lucide-react'
import { useMemo, useRef, useState, type FormEvent } from 'react'
import { ApiError, errorMessage } from '@/api/client'
import { useChangePassword, useMe, useUpdateMe } from '@/api/queries'
import type { UserPublic } from '@/api/types'
import { useSignOut } from '@/auth/session'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { SelectField, TextField } from '@/components/Field'
import { PageHeader } from '@/components/PageHeader'
import { PasswordField } from '@/components/PasswordField'
import { Skeleton } from '@/components/Skeleton'
import { TimeZonePicker } from '@/components/TimeZonePicker'
import { usePageTitle } from '@/hooks/usePageTitle'
import { allCurrencies, COMMON_CURRENCIES, currencyName } from '@/lib/currencies'
import { dateFormatter } from '@/lib/format'
import { MIN_PASSWORD_LENGTH, validateNewPassword } from '@/lib/validate'
import { ApiTokensCard } from './ApiTokensCard'
import { BackupCard } from './BackupCard'
import { PreferencesCard } from './PreferencesCard'
import { SignInPolicyCard, TwoFactorCard } from './TwoFactorSettings'

export function SettingsPage() {
  usePageTitle('Settings')
  const me = useMe()
  const signOut = useSignOut()

  return (
    <>
      <PageHeader
        title="Settings"
        description="Your profile, your base currency, your time zone, formats and notifications, your password, two-factor sign-in and your API tokens."
      />
      <div className="space-y-6">
        <Card>
          <CardHeader
            id="profile-heading"
            title="Profile"
            description="Amounts in other currencies are shown converted to your base currency; days and months are those of your time zone."
          />
          {me.isPending ? (
            <ProfileSkeleton />
          ) : me.isError ? (
            <div className="space-y-4 p-5 sm:p-6">
              <Alert title="Your profile could not be loaded.">{errorMessage(me.error)}</Alert>
              <Button variant="secondary" onClick={() => void me.refetch()}>
                Try again
              </Button>
            </div>
          ) : (
            <ProfileForm key={me.data.id} user={me.data} />
          )}
        </Card>

        {me.data && <PreferencesCard key={me.data.id} user={me.data} />}

        <Card>
          <CardHeader id="password-heading" title="Password" description="Change the password you sign in with." />
          <PasswordForm />
        </Card>

        {me.data && <TwoFactorCard user={me.data} />}
        {me.data?.role === 'admin' && <SignInPolicyCard user={me.data} />}
        <ApiTokensCard isAdmin={me.data?.role === 'admin'} />
        <BackupCard />

        <Card>
          <CardHeader title="Session" description="Sign out of FinCoach on this device." />
          <div className="p-5 sm:p-6">
            <Button variant="secondary" onClick={() => void signOut()}>
              <LogOut aria-hidden="true" className="size-4" />
              Sign out
            </Button>
          </div>
        </Card>
      </div>
    </>
  )
}

function ProfileSkeleton() {
  return (
    <div role="status" className="space-y-6 p-5 sm:p-6" aria-busy="true" aria-label="Loading your profile">
      <div className="space-y-2">
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-5 w-56" />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <div className="space-y-2">
          <Skeleton className="h-4 w-20" />
          <Skeleton className="h-9 w-full" />
        </div>
        <div className="space-y-2">
          <Skeleton className="h-4 w-28" />
          <Skeleton className="h-9 w-full" />
        </div>
      </div>
      <Skeleton className="h-9 w-28" />
    </div>
  )
}

function ProfileForm({ user }: { user: UserPublic }) {
  const [fullName, setFullName] = useState(user.full_name ?? '')
  const [currency, setCurrency] = useState(user.base_currency)
  const [timezone, setTimezone] = useState(user.timezone)
  const [saved, setSaved] = useState(false)
  const update = useUpdateMe()

  const { common, others } = useMemo(() => {
    const all = new Set(allCurrencies())
    all.add(user.base_currency)
    const commonList = COMMON_CURRENCIES.filter((c) => all.has(c))
    return { common: commonList, others: [...all].filter((c) => !commonList.includes(c)).sort() }
  }, [user.base_currency])

  const dirty =
    fullName.trim() !== (user.full_name ?? '') || currency !== user.base_currency || timezone !== user.timezone

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    update.mutate(
      {
        full_name: fullName.trim() || null,
        base_currency: currency,
        ...(timezone !== user.timezone ? { timezone } : {}),
      },
      { onSuccess: () => setSaved(true) },
    )
  }

  const memberSince = dateFormatter({ dateStyle: 'long' }).format(new Date(user.created_at))

  return (
    <form noValidate onSubmit={submit} aria-labelledby="profile-heading" className="space-y-6 p-5 sm:p-6">
      <dl className="grid gap-4 text-sm sm:grid-cols-3">
        <div className="min-w-0">
          <dt className="text-zinc-500">Email</dt>
          <dd className="mt-1 flex items-center gap-1.5 font-medium text-zinc-900">
            <span className="truncate" title={user.email}>{user.email}</span>
            {user.is_verified && (
              <BadgeCheck role="img" aria-label="Verified" className="size-4 shrink-0 text-brand-600" />
            )}
          </dd>
        </div>
        <div>
          <dt className="text-zinc-500">Member since</dt>
          <dd className="mt-1 font-medium text-zinc-900">{memberSince}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Role</dt>
          <dd className="mt-1 font-medium text-zinc-900 capitalize">{user.role}</dd>
        </div>
      </dl>

      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Full name"
          name="full_name"
          autoComplete="name"
          value={fullName}
          onChange={(e) => {
            setFullName(e.target.value)
            setSaved(false)
          }}
          maxLength={200}
        />
        <SelectField
          label="Base currency"
          name="base_currency"
          value={currency}
          onChange={(e) => {
            setCurrency(e.target.value)
            setSaved(false)
          }}
          hint="Totals and budgets are reported in this currency."
        >
          <optgroup label="Common">
            {common.map((code) => (
              <option key={code} value={code}>
                {code} · {currencyName(code)}
              </option>
            ))}
          </optgroup>
          <optgroup label="All currencies">
            {others.map((code) => (
              <option key={code} value={code}>
                {code} · {currencyName(code)}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <div className="sm:col-span-2">
          <TimeZonePicker
            value={timezone}
            onChange={(zone) => {
              setTimezone(zone)
              setSaved(false)
            }}
          />
        </div>
      </div>

      {update.isError && <Alert>{errorMessage(update.error)}</Alert>}
      {saved && !dirty && <Alert tone="success">Profile saved.</Alert>}

      <div className="flex justify-end">
        <Button type="submit" loading={update.isPending} disabled={!dirty}>
          Save changes
        </Button>
      </div>
    </form>
  )
}

function PasswordForm() {
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<{ current?: string | null; next?: string | null; confirm?: string | null }>({})
  const [done, setDone] = useState(false)
  const change = useChangePassword()
  const currentRef = useRef<HTMLInputElement>(null)
  const nextRef = useRef<HTMLInputElement>(null)
  const confirmRef = useRef<HTMLInputElement>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setDone(false)
    const found = {
      current: current ? null : 'Enter your current password.',
      next: validateNewPassword(next) ?? (next === current ? 'Choose a password different from the current one.' : null),
      confirm: confirm === next ? null : 'The two new passwords do not match.',
    }
    setErrors(found)
    if (found.current) return currentRef.current?.focus()
    if (found.next) return nextRef.current?.focus()
    if (found.confirm) return confirmRef.current?.focus()

    change.mutate(
      { current_password: current, new_password: next },
      {
        onSuccess: () => {
          setCurrent('')
          setNext('')
          setConfirm('')
          setDone(true)
        },
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'wrong_password') {
            setErrors({ current: err.message })
            currentRef.current?.focus()
          }
        },
      },
    )
  }

  const apiError =
    change.isError && !(change.error instanceof ApiError && change.error.code === 'wrong_password')
      ? errorMessage(change.error)
      : null

  return (
    <form noValidate onSubmit={submit} aria-labelledby="password-heading" className="space-y-5 p-5 sm:p-6">
      <div className="grid gap-5 sm:grid-cols-2">
        <div className="sm:col-span-2 sm:max-w-[calc(50%-0.625rem)]">
          <PasswordField
            ref={currentRef}
            label="Current password"
            name="current_password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            error={errors.current}
          />
        </div>
        <PasswordField
          ref={nextRef}
          label="New password"
          name="new_password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={errors.next}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        />
        <PasswordField
          ref={confirmRef}
          label="Confirm new password"
          name="confirm_password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.confirm}
        />
      </div>
      {apiError && <Alert>{apiError}</Alert>}
      {done && <Alert tone="success">Password changed.</Alert>}
      <div className="flex justify-end">
        <Button type="submit" loading={change.isPending}>
          Change password
        </Button>
      </div>
    </form>
  )
}
