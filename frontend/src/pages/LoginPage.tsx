import { useCallback, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { Link } from 'react-router'
import { ApiError, asForm, errorMessage, publicApi, unwrap } from '@/api/client'
import { isChallenge, type SignInResult } from '@/api/types'
import { useCompleteSignIn } from '@/auth/session'
import { useAuthStore } from '@/auth/store'
import { Alert } from '@/components/Alert'
import { AuthLayout } from '@/components/AuthLayout'
import { Button } from '@/components/Button'
import { CodeStep, RESEND_COOLDOWN_SECONDS } from '@/components/CodeStep'
import { TextField } from '@/components/Field'
import { PasswordField } from '@/components/PasswordField'
import { TotpStep } from '@/components/TotpStep'
import { usePageTitle } from '@/hooks/usePageTitle'
import { validateEmail } from '@/lib/validate'

type Step =
  | { kind: 'password'; notice?: string; email?: string }
  | { kind: 'code'; email: string; purpose: 'login' | 'verify'; cooldown: number; notice?: ReactNode }
  | { kind: 'totp'; challenge: string; email: string }

export function LoginPage() {
  const [step, setStep] = useState<Step>({ kind: 'password' })
  const completeSignIn = useCompleteSignIn()
  usePageTitle(step.kind === 'code' ? 'Enter your code' : step.kind === 'totp' ? 'Two-factor sign-in' : 'Sign in')

  // The first factor is right: in, or on to the second step when the account has one.
  const firstFactorAccepted = useCallback(
    (result: SignInResult, email: string) =>
      isChallenge(result) ? setStep({ kind: 'totp', challenge: result.challenge, email }) : completeSignIn(result),
    [completeSignIn],
  )

  if (step.kind === 'totp') {
    return (
      <AuthLayout title="Two-factor sign-in" subtitle="One more step: prove it is you with your second factor.">
        <TotpStep
          challenge={step.challenge}
          onSignedIn={completeSignIn}
          onRestart={(notice) => setStep({ kind: 'password', notice, email: step.email })}
        />
      </AuthLayout>
    )
  }

  if (step.kind === 'code') {
    return (
      <AuthLayout
        title={step.purpose === 'verify' ? 'Verify your email' : 'Check your email'}
        subtitle={step.purpose === 'verify' ? 'One more step before you can sign in.' : 'Sign in with a one-time code.'}
      >
        <CodeStep
          email={step.email}
          purpose={step.purpose}
          initialCooldown={step.cooldown}
          notice={step.notice}
          onVerified={(result) => firstFactorAccepted(result, step.email)}
          onBack={() => setStep({ kind: 'password' })}
          backLabel="Back to sign in"
        />
      </AuthLayout>
    )
  }

  return (
    <AuthLayout
      title="Sign in to FinCoach"
      subtitle="Welcome back. Pick up where your ledger left off."
      footer={
        <>
          New to FinCoach?{' '}
          <Link to="/register" className="rounded font-medium text-brand-700 hover:text-brand-800">
            Create an account
          </Link>
        </>
      }
    >
      <PasswordForm
        onNeedCode={setStep}
        onSignedIn={firstFactorAccepted}
        notice={step.notice}
        initialEmail={step.email}
      />
    </AuthLayout>
  )
}

function PasswordForm({
  onNeedCode,
  onSignedIn,
  notice,
  initialEmail = '',
}: {
  onNeedCode: (step: Step) => void
  onSignedIn: (result: SignInResult, email: string) => void
  /** Why the person is back here (e.g. a two-factor step that ran out). */
  notice?: string
  initialEmail?: string
}) {
  const signedOutReason = useAuthStore((s) => s.signedOutReason)
  const [email, setEmail] = useState(initialEmail)
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<{ email?: string | null; password?: string | null }>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'password' | 'code' | null>(null)
  const emailRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const emailError = validateEmail(email)
    const passwordError = password ? null : 'Enter your password.'
    setErrors({ email: emailError, password: passwordError })
    if (emailError) return emailRef.current?.focus()
    if (passwordError) return passwordRef.current?.focus()

    setBusy('password')
    const address = email.trim()
    try {
      // OAuth2's password form: the email address is the `username`.
      const login = publicApi.POST('/api/auth/login', { body: { username: address, password }, ...asForm })
      onSignedIn(await unwrap(login), address)
    } catch (err) {
      setBusy(null)
      if (err instanceof ApiError && err.code === 'email_not_verified') {
        onNeedCode({
          kind: 'code',
          email: address,
          purpose: 'verify',
          cooldown: 0,
          notice: (
            <>
              <p className="font-medium">{err.message}</p>
              <p className="mt-1">
                The code went to <span className="break-all">{address}</span> when you registered. If it has
                expired, send a new one.
              </p>
            </>
          ),
        })
        return
      }
      setFormError(errorMessage(err))
    }
  }

  const emailMeACode = async () => {
    setFormError(null)
    const emailError = validateEmail(email)
    setErrors({ email: emailError ? `${emailError} We'll send your sign-in code there.` : null })
    if (emailError) return emailRef.current?.focus()
    setBusy('code')
    const address = email.trim()
    try {
      await publicApi.POST('/api/auth/login-code', { body: { email: address } })
      onNeedCode({ kind: 'code', email: address, purpose: 'login', cooldown: RESEND_COOLDOWN_SECONDS })
    } catch (err) {
      setBusy(null)
      setFormError(errorMessage(err))
    }
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-5" aria-label="Sign in">
      {signedOutReason === 'expired' && !formError && !notice && (
        <Alert tone="info">Your session has ended. Please sign in again.</Alert>
      )}
      {notice && !formError && <Alert tone="info">{notice}</Alert>}
      <TextField
        ref={emailRef}
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
      />
      <PasswordField
        ref={passwordRef}
        label="Password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      {formError && <Alert>{formError}</Alert>}
      <Button type="submit" size="lg" className="w-full" loading={busy === 'password'} disabled={busy !== null}>
        Sign in
      </Button>
      <div className="relative flex items-center py-1" aria-hidden="true">
        <div className="flex-1 border-t border-zinc-200" />
        <span className="px-3 text-xs text-zinc-400">or</span>
        <div className="flex-1 border-t border-zinc-200" />
      </div>
      <Button
        variant="secondary"
        size="lg"
        className="w-full"
        onClick={emailMeACode}
        loading={busy === 'code'}
        disabled={busy !== null}
      >
        Email me a sign-in code
      </Button>
    </form>
  )
}
