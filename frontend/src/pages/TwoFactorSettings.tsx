import { Copy, Download, ShieldCheck } from 'lucide-react'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { errorMessage } from '@/api/client'
import {
  useConfirmTotp,
  useDisableTotp,
  useRegenerateRecoveryCodes,
  useSiteSettings,
  useStartTotp,
  useTotpStatus,
  useUpdateSiteSettings,
} from '@/api/queries'
import type { TotpEnrolment, TotpProof, TotpStatus, UserPublic } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { DigitCodeField } from '@/components/DigitCodeField'
import { TextField } from '@/components/Field'
import { PasswordField } from '@/components/PasswordField'
import { Skeleton } from '@/components/Skeleton'
import { saveBlob } from '@/lib/download'
import { dateFormatter } from '@/lib/format'

type View =
  | { kind: 'overview' }
  | { kind: 'enrolling'; enrolment: TotpEnrolment }
  | { kind: 'codes'; codes: string[]; justEnabled: boolean }
  | { kind: 'proof'; action: 'disable' | 'regenerate' }

/** The secret in groups of four, as authenticator apps show and accept it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret

/** Settings → Two-factor sign-in: set it up (QR code, key, confirm), recovery codes, turn it off. */
export function TwoFactorCard({ user }: { user: UserPublic }) {
  const status = useTotpStatus()
  const [view, setView] = useState<View>({ kind: 'overview' })

  return (
    <Card>
      <CardHeader
        id="two-factor-heading"
        title="Two-factor sign-in"
        description="Sign in with a code from an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, Aegis…) as well as your password."
      />
      <div className="space-y-5 p-5 sm:p-6">
        {user.totp_required_but_missing && view.kind !== 'codes' && (
          <Alert tone="error" title="Two-factor sign-in is required">
            Your administrator requires it for your account. Set it up below to go on using FinCoach.
          </Alert>
        )}
        {view.kind === 'enrolling' ? (
          <Enrol
            enrolment={view.enrolment}
            onDone={(codes) => setView({ kind: 'codes', codes, justEnabled: true })}
            onCancel={() => setView({ kind: 'overview' })}
          />
        ) : view.kind === 'codes' ? (
          <RecoveryCodes
            codes={view.codes}
            justEnabled={view.justEnabled}
            onDone={() => setView({ kind: 'overview' })}
          />
        ) : status.isPending ? (
          <div role="status" className="space-y-3" aria-busy="true" aria-label="Loading two-factor sign-in">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-9 w-56" />
          </div>
        ) : status.isError ? (
          <Alert title="Two-factor sign-in could not be loaded.">{errorMessage(status.error)}</Alert>
        ) : view.kind === 'proof' ? (
          <Proof
            action={view.action}
            required={status.data.required}
            onCancel={() => setView({ kind: 'overview' })}
            onDone={(codes) => setView(codes ? { kind: 'codes', codes, justEnabled: false } : { kind: 'overview' })}
          />
        ) : (
          <Overview
            status={status.data}
            onStart={(enrolment) => setView({ kind: 'enrolling', enrolment })}
            onAction={(action) => setView({ kind: 'proof', action })}
          />
        )}
      </div>
    </Card>
  )
}

function Overview({
  status,
  onStart,
  onAction,
}: {
  status: TotpStatus
  onStart: (enrolment: TotpEnrolment) => void
  onAction: (action: 'disable' | 'regenerate') => void
}) {
  const start = useStartTotp()
  if (!status.enabled) {
    return (
      <div className="space-y-4">
        <div className="flex items-center gap-2 text-sm text-zinc-700">
          <Badge tone="zinc">Off</Badge>
          Your password alone signs in to your account.
        </div>
        {start.isError && <Alert>{errorMessage(start.error)}</Alert>}
        <Button onClick={() => start.mutate(undefined, { onSuccess: onStart })} loading={start.isPending}>
          <ShieldCheck aria-hidden="true" className="size-4" />
          Set up two-factor sign-in
        </Button>
      </div>
    )
  }
  const since = status.enabled_at ? dateFormatter({ dateStyle: 'long' }).format(new Date(status.enabled_at)) : null
  const left = status.recovery_codes_left
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-700">
        <Badge tone="green">On</Badge>
        {since ? `Since ${since}.` : null} {left} recovery code{left === 1 ? '' : 's'} left.
      </div>
      {left <= 3 && (
        <Alert tone="info">You are running out of recovery codes: make new ones and keep them somewhere safe.</Alert>
      )}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => onAction('regenerate')}>
          New recovery codes
        </Button>
        <Button variant="secondary" onClick={() => onAction('disable')}>
          Turn off
        </Button>
      </div>
    </div>
  )
}

function Enrol({
  enrolment,
  onDone,
  onCancel,
}: {
  enrolment: TotpEnrolment
  onDone: (codes: string[]) => void
  onCancel: () => void
}) {
  const [code, setCode] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const confirm = useConfirmTotp()
  const inputRef = useRef<HTMLInputElement>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (code.length !== 6) {
      setFieldError('Enter the 6-digit code your app shows.')
      return inputRef.current?.focus()
    }
    setFieldError(null)
    confirm.mutate(code, { onSuccess: (result) => onDone(result.recovery_codes) })
  }

  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-zinc-700">
        <li>Open your authenticator app and add an account.</li>
        <li>Scan this QR code, or type the key below.</li>
        <li>Enter the 6-digit code the app then shows.</li>
      </ol>
      <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
        <img
          src={enrolment.qr_code}
          alt="QR code for your authenticator app"
          className="size-44 shrink-0 rounded-lg bg-white ring-1 ring-zinc-200"
        />
        <div className="min-w-0 space-y-2 text-sm">
          <p className="text-zinc-500">Can't scan it? Enter this key:</p>
          <code
            data-testid="totp-secret"
            className="block rounded-md bg-zinc-100 px-3 py-2 font-mono text-sm break-all text-zinc-900"
          >
            {grouped(enrolment.secret)}
          </code>
          <p className="text-zinc-500">Time-based, 6 digits, every 30 seconds.</p>
        </div>
      </div>
      <form noValidate onSubmit={submit} aria-label="Confirm two-factor sign-in" className="space-y-4 sm:max-w-xs">
        <DigitCodeField
          ref={inputRef}
          label="Code from your app"
          name="totp_code"
          value={code}
          onDigits={(digits) => {
            setCode(digits)
            setFieldError(null)
          }}
          error={fieldError}
          className="font-mono tracking-[0.3em]"
        />
        {confirm.isError && <Alert>{errorMessage(confirm.error)}</Alert>}
        <div className="flex gap-3">
          <Button type="submit" loading={confirm.isPending}>
            Turn on
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  )
}

function RecoveryCodes({ codes, justEnabled, onDone }: { codes: string[]; justEnabled: boolean; onDone: () => void }) {
  const [copied, setCopied] = useState(false)
  const text = `FinCoach recovery codes (each works once)\n\n${codes.join('\n')}\n`
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }
  return (
    <div className="space-y-4">
      {justEnabled && <Alert tone="success">Two-factor sign-in is on.</Alert>}
      <div className="text-sm text-zinc-700">
        <p className="font-medium text-zinc-900">Save your recovery codes</p>
        <p className="mt-1">
          If you lose your phone, each of these signs you in once instead of a code from the app. This is the only
          time they are shown: copy or download them now and keep them somewhere safe.
        </p>
      </div>
      <ol
        aria-label="Recovery codes"
        className="grid grid-cols-1 gap-x-6 gap-y-1.5 rounded-lg bg-zinc-50 p-4 font-mono text-sm text-zinc-900 ring-1 ring-zinc-200 sm:grid-cols-2"
      >
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => void copy()}>
          <Copy aria-hidden="true" className="size-4" />
          {copied ? 'Copied' : 'Copy'}
        </Button>
        <Button
          variant="secondary"
          onClick={() => saveBlob(new Blob([text], { type: 'text/plain' }), 'fincoach-recovery-codes.txt')}
        >
          <Download aria-hidden="true" className="size-4" />
          Download
        </Button>
        <Button onClick={onDone}>I have saved them</Button>
      </div>
    </div>
  )
}

function Proof({
  action,
  required,
  onCancel,
  onDone,
}: {
  action: 'disable' | 'regenerate'
  required: boolean
  onCancel: () => void
  onDone: (codes?: string[]) => void
}) {
  const [useCode, setUseCode] = useState(false)
  const [value, setValue] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const disable = useDisableTotp()
  const regenerate = useRegenerateRecoveryCodes()
  const mutation = action === 'disable' ? disable : regenerate
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => inputRef.current?.focus(), [useCode])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!value.trim()) {
      setFieldError(useCode ? 'Enter a code from your app, or a recovery code.' : 'Enter your password.')
      return inputRef.current?.focus()
    }
    setFieldError(null)
    const proof: TotpProof = useCode ? { code: value.trim() } : { password: value }
    if (action === 'disable') disable.mutate(proof, { onSuccess: () => onDone() })
    else regenerate.mutate(proof, { onSuccess: (result) => onDone(result.recovery_codes) })
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={action === 'disable' ? 'Turn off two-factor sign-in' : 'Make new recovery codes'}
      className="space-y-4"
    >
      <p className="text-sm text-zinc-700">
        {action === 'disable'
          ? 'Confirm it is you to turn two-factor sign-in off. Your recovery codes stop working too.'
          : 'Confirm it is you to make new recovery codes. The ones you have now stop working.'}
      </p>
      {action === 'disable' && required && (
        <Alert tone="info">
          Your administrator requires two-factor sign-in: after turning it off you will have to set it up again before
          you can go on using FinCoach (for example, with a new phone).
        </Alert>
      )}
      <div className="sm:max-w-xs">
        {useCode ? (
          <TextField
            key="code"
            ref={inputRef}
            label="Authentication or recovery code"
            name="code"
            value={value}
            onChange={(e) => setValue(e.target.value.slice(0, 32))}
            autoComplete="one-time-code"
            error={fieldError}
            className="font-mono"
          />
        ) : (
          <PasswordField
            key="password"
            ref={inputRef}
            label="Current password"
            name="current_password"
            autoComplete="current-password"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={fieldError}
          />
        )}
      </div>
      <button
        type="button"
        className="text-sm font-medium text-brand-700 hover:text-brand-800"
        onClick={() => {
          setUseCode((c) => !c)
          setValue('')
          setFieldError(null)
        }}
      >
        {useCode ? 'Use your password instead' : 'Use a code from your app instead'}
      </button>
      {mutation.isError && <Alert>{errorMessage(mutation.error)}</Alert>}
      <div className="flex gap-3">
        <Button type="submit" variant={action === 'disable' ? 'danger' : 'primary'} loading={mutation.isPending}>
          {action === 'disable' ? 'Turn off two-factor sign-in' : 'Make new recovery codes'}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  )
}

/** Settings → Sign-in policy (admins): require two-factor sign-in of everyone. */
export function SignInPolicyCard({ user }: { user: UserPublic }) {
  const settings = useSiteSettings(true)
  const update = useUpdateSiteSettings()
  const required = settings.data?.require_totp ?? false
  return (
    <Card>
      <CardHeader
        id="policy-heading"
        title="Sign-in policy"
        description="For everyone on this FinCoach (you are its administrator)."
      />
      <div className="space-y-4 p-5 sm:p-6">
        {settings.isError && <Alert>{errorMessage(settings.error)}</Alert>}
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 size-4 rounded border-zinc-300 text-brand-600 focus:ring-brand-600"
            checked={required}
            disabled={settings.isPending || update.isPending || (!required && !user.totp_enabled)}
            onChange={(e) => update.mutate({ require_totp: e.target.checked })}
          />
          <span>
            <span className="font-medium text-zinc-900">Require two-factor sign-in for everyone</span>
            <span className="mt-0.5 block text-zinc-500">
              {user.totp_enabled
                ? 'People without it are asked to set it up when they next sign in, and can do nothing else until they have.'
                : 'Turn on two-factor sign-in for your own account first.'}
            </span>
          </span>
        </label>
        {update.isError && <Alert>{errorMessage(update.error)}</Alert>}
      </div>
    </Card>
  )
}
