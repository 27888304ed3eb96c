import { ArrowLeft } from 'lucide-react'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { ApiError, errorMessage, publicApi, unwrap } from '@/api/client'
import type { TokenPair } from '@/api/types'
import { Alert } from './Alert'
import { Button } from './Button'
import { BIG_CODE_CLASS, DigitCodeField } from './DigitCodeField'
import { TextField } from './Field'

const TOTP_LENGTH = 6
/** Errors after which the challenge is gone: the password has to be given again. */
const CHALLENGE_OVER = new Set(['invalid_challenge', 'too_many_attempts', 'otp_locked'])

export interface TotpStepProps {
  /** From /api/auth/login or /api/auth/verify-otp. */
  challenge: string
  onSignedIn: (pair: TokenPair) => void
  /** Back to the first step, with why (when the challenge ran out). */
  onRestart: (reason?: string) => void
}

/** The second step of a two-factor sign-in: a code from the authenticator app, or a recovery code. */
export function TotpStep({ challenge, onSignedIn, onRestart }: TotpStepProps) {
  const [recovery, setRecovery] = useState(false)
  const [code, setCode] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => inputRef.current?.focus(), [recovery])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    const value = code.trim()
    const problem = recovery
      ? value.replace(/[\s-]/g, '').length < 8
        ? 'Enter one of your recovery codes.'
        : null
      : value.length !== TOTP_LENGTH
        ? `Enter the ${TOTP_LENGTH}-digit code from your authenticator app.`
        : null
    setFieldError(problem)
    if (problem) return inputRef.current?.focus()

    setBusy(true)
    try {
      onSignedIn(await unwrap(publicApi.POST('/api/auth/login/totp', { body: { challenge, code: value } })))
    } catch (err) {
      setBusy(false)
      if (err instanceof ApiError && CHALLENGE_OVER.has(err.code)) {
        onRestart(err.message)
        return
      }
      setError(errorMessage(err))
      inputRef.current?.select()
    }
  }

  const switchMode = () => {
    setRecovery((r) => !r)
    setCode('')
    setFieldError(null)
    setError(null)
  }

  return (
    <div className="space-y-6">
      <p className="text-sm text-zinc-600">
        {recovery
          ? 'Enter one of the recovery codes you saved when you set up two-factor sign-in. Each works once.'
          : 'Open your authenticator app and enter the 6-digit code it shows for FinCoach.'}
      </p>
      <form noValidate onSubmit={submit} className="space-y-5" aria-label="Two-factor sign-in">
        {recovery ? (
          <TextField
            key="recovery"
            ref={inputRef}
            label="Recovery code"
            name="recovery_code"
            value={code}
            onChange={(e) => {
              setCode(e.target.value.slice(0, 32))
              setFieldError(null)
            }}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            placeholder="xxxx-xxxx-xxxx-xxxx"
            error={fieldError}
            className="font-mono"
          />
        ) : (
          <DigitCodeField
            key="totp"
            ref={inputRef}
            label="Authentication code"
            name="totp_code"
            value={code}
            onDigits={(digits) => {
              setCode(digits)
              setFieldError(null)
            }}
            length={TOTP_LENGTH}
            placeholder="••••••"
            error={fieldError}
            className={BIG_CODE_CLASS}
          />
        )}
        {error && <Alert>{error}</Alert>}
        <Button type="submit" size="lg" className="w-full" loading={busy}>
          Verify and sign in
        </Button>
      </form>
      <div className="flex items-center justify-between gap-4 text-sm">
        <button
          type="button"
          onClick={() => onRestart()}
          className="inline-flex items-center gap-1.5 rounded-md font-medium text-zinc-600 hover:text-zinc-900"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          Back to sign in
        </button>
        <Button variant="ghost" onClick={switchMode} className="-mr-3">
          {recovery ? 'Use your authenticator app' : 'Use a recovery code'}
        </Button>
      </div>
    </div>
  )
}
