import { useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { ApiError, errorMessage, publicApi } from '@/api/client'
import { isChallenge } from '@/api/types'
import { useCompleteSignIn } from '@/auth/session'
import { Alert } from '@/components/Alert'
import { AuthLayout } from '@/components/AuthLayout'
import { Button } from '@/components/Button'
import { CodeStep, RESEND_COOLDOWN_SECONDS } from '@/components/CodeStep'
import { TextField } from '@/components/Field'
import { PasswordField } from '@/components/PasswordField'
import { TotpStep } from '@/components/TotpStep'
import { usePageTitle } from '@/hooks/usePageTitle'
import { browserTimeZone } from '@/lib/timezone'
import { MIN_PASSWORD_LENGTH, validateEmail, validateNewPassword } from '@/lib/validate'

type RegisterBody = { email: string; password: string; full_name: string | null; timezone?: string | null }

const namesTimezone = (details: unknown[] | null) =>
  (details ?? []).some((d) => typeof d === 'object' && d !== null && (d as { field?: unknown }).field === 'timezone')

/**
 * Sign up with the browser's time zone, so days and months are the person's from the start. A
 * zone the server does not know must not block the sign-up: it is then left at UTC, to be
 * chosen in Settings.
 */
async function registerAccount(body: RegisterBody) {
  try {
    await publicApi.POST('/api/auth/register', { body })
  } catch (err) {
    if (!(body.timezone && err instanceof ApiError && err.status === 422 && namesTimezone(err.details))) throw err
    await publicApi.POST('/api/auth/register', { body: { ...body, timezone: null } })
  }
}

export function RegisterPage() {
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null)
  // A code for an address whose account has two-factor sign-in (not a new one, in practice).
  const [challenge, setChallenge] = useState<string | null>(null)
  const completeSignIn = useCompleteSignIn()
  usePageTitle(registeredEmail ? 'Verify your email' : 'Create your account')

  if (registeredEmail && challenge) {
    return (
      <AuthLayout title="Two-factor sign-in" subtitle="One more step: prove it is you with your second factor.">
        <TotpStep challenge={challenge} onSignedIn={completeSignIn} onRestart={() => setChallenge(null)} />
      </AuthLayout>
    )
  }

  if (registeredEmail) {
    return (
      <AuthLayout title="Verify your email" subtitle="Almost there. Confirm it's really your inbox.">
        <CodeStep
          email={registeredEmail}
          purpose="verify"
          initialCooldown={RESEND_COOLDOWN_SECONDS}
          onVerified={(result) => (isChallenge(result) ? setChallenge(result.challenge) : completeSignIn(result))}
          onBack={() => setRegisteredEmail(null)}
          backLabel="Use a different email"
        />
      </AuthLayout>
    )
  }

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Start turning bank alerts into a ledger you can trust."
      footer={
        <>
          Already have an account?{' '}
          <Link to="/login" className="rounded font-medium text-brand-700 hover:text-brand-800">
            Sign in
          </Link>
        </>
      }
    >
      <RegisterForm onRegistered={setRegisteredEmail} />
    </AuthLayout>
  )
}

function RegisterForm({ onRegistered }: { onRegistered: (email: string) => void }) {
  const [fullName, setFullName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<{ email?: string | null; password?: string | null }>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [emailTaken, setEmailTaken] = useState(false)
  const [busy, setBusy] = useState(false)
  const emailRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    setEmailTaken(false)
    const emailError = validateEmail(email)
    const passwordError = validateNewPassword(password)
    setErrors({ email: emailError, password: passwordError })
    if (emailError) return emailRef.current?.focus()
    if (passwordError) return passwordRef.current?.focus()

    setBusy(true)
    const address = email.trim()
    try {
      await registerAccount({
        email: address,
        password,
        full_name: fullName.trim() || null,
        timezone: browserTimeZone(),
      })
      onRegistered(address)
    } catch (err) {
      setBusy(false)
      if (err instanceof ApiError && err.code === 'email_taken') {
        setEmailTaken(true)
        setErrors({ email: err.message })
        emailRef.current?.focus()
        return
      }
      if (err instanceof ApiError && err.code === 'weak_password') {
        setErrors({ password: err.message })
        passwordRef.current?.focus()
        return
      }
      setFormError(errorMessage(err))
    }
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-5" aria-label="Create your account">
      <TextField
        label={
          <>
            Full name <span className="font-normal text-zinc-400">(optional)</span>
          </>
        }
        name="full_name"
        autoComplete="name"
        value={fullName}
        onChange={(e) => setFullName(e.target.value)}
      />
      <TextField
        ref={emailRef}
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
        hint="We'll email you a code to confirm it."
      />
      {emailTaken && (
        <p className="-mt-3 text-sm text-zinc-600">
          <Link to="/login" className="rounded font-medium text-brand-700 hover:text-brand-800">
            Sign in instead
          </Link>
        </p>
      )}
      <PasswordField
        ref={passwordRef}
        label="Password"
        name="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
      {formError && <Alert>{formError}</Alert>}
      <Button type="submit" size="lg" className="w-full" loading={busy}>
        Create account
      </Button>
    </form>
  )
}
