import { ArrowLeft } from 'lucide-react'
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { ApiError, errorMessage, publicApi, unwrap } from '@/api/client'
import type { SignInResult } from '@/api/types'
import { useCountdown } from '@/hooks/useCountdown'
import { Alert } from './Alert'
import { Button } from './Button'
import { BIG_CODE_CLASS, DigitCodeField } from './DigitCodeField'

/** Seconds to wait before offering another code, unless the server says otherwise. */
export const RESEND_COOLDOWN_SECONDS = 60
const CODE_LENGTH = 6

export interface CodeStepProps {
  email: string
  /** 'verify' confirms a new account (resend-otp); 'login' signs in by code (login-code). */
  purpose: 'verify' | 'login'
  /** Start with the resend button cooling down (a code was just sent). */
  initialCooldown?: number
  /** A note shown above the form instead of the usual intro, e.g. why the person is here. */
  notice?: ReactNode
  /** Tokens, or (with two-factor sign-in on) the challenge for the second step. */
  onVerified: (result: SignInResult) => void
  onBack: () => void
  backLabel?: string
}

/** "Enter the 6-digit code we emailed you", with a resend button on a cooldown. */
export function CodeStep({
  email,
  purpose,
  initialCooldown = 0,
  notice,
  onVerified,
  onBack,
  backLabel = 'Back',
}: CodeStepProps) {
  const [code, setCode] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [info, setInfo] = useState<string | null>(null)
  const [verifying, setVerifying] = useState(false)
  const [resending, setResending] = useState(false)
  const { remaining, start } = useCountdown(initialCooldown)
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => inputRef.current?.focus(), [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    setInfo(null)
    if (code.length !== CODE_LENGTH) {
      setFieldError(`Enter the ${CODE_LENGTH}-digit code from the email.`)
      inputRef.current?.focus()
      return
    }
    setFieldError(null)
    setVerifying(true)
    try {
      onVerified(await unwrap(publicApi.POST('/api/auth/verify-otp', { body: { email, code } })))
    } catch (err) {
      setVerifying(false)
      setError(errorMessage(err))
      if (err instanceof ApiError && err.code === 'invalid_code') inputRef.current?.select()
    }
  }

  const resend = async () => {
    setError(null)
    setInfo(null)
    setResending(true)
    try {
      // A fresh verification code for an unverified account, or a sign-in code for a verified one.
      await publicApi.POST(purpose === 'verify' ? '/api/auth/resend-otp' : '/api/auth/login-code', { body: { email } })
      setInfo(`We sent a new code to ${email}.`)
      setCode('')
      start(RESEND_COOLDOWN_SECONDS)
      inputRef.current?.focus()
    } catch (err) {
      setError(errorMessage(err))
      if (err instanceof ApiError && err.status === 429) start(err.retryAfter ?? RESEND_COOLDOWN_SECONDS)
    } finally {
      setResending(false)
    }
  }

  return (
    <div className="space-y-6">
      {notice ? (
        <Alert tone="info">{notice}</Alert>
      ) : (
        <p className="text-sm text-zinc-600">
          We emailed a 6-digit code to <span className="font-medium break-all text-zinc-900">{email}</span>. Enter it
          below to continue.
        </p>
      )}

      <form noValidate onSubmit={submit} className="space-y-5" aria-label="Enter your code">
        <DigitCodeField
          ref={inputRef}
          label="6-digit code"
          name="code"
          value={code}
          onDigits={(digits) => {
            setCode(digits)
            setFieldError(null)
          }}
          length={CODE_LENGTH}
          placeholder="••••••"
          error={fieldError}
          className={BIG_CODE_CLASS}
        />
        {error && <Alert>{error}</Alert>}
        {info && <Alert tone="success">{info}</Alert>}
        <Button type="submit" size="lg" className="w-full" loading={verifying}>
          {purpose === 'verify' ? 'Verify email' : 'Sign in'}
        </Button>
      </form>

      <div className="flex items-center justify-between gap-4 text-sm">
        <button
          type="button"
          onClick={onBack}
          className="inline-flex items-center gap-1.5 rounded-md font-medium text-zinc-600 hover:text-zinc-900"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          {backLabel}
        </button>
        <Button variant="ghost" onClick={resend} disabled={remaining > 0} loading={resending} className="-mr-3">
          {remaining > 0 ? `Resend code in ${remaining}s` : 'Resend code'}
        </Button>
      </div>
    </div>
  )
}
