import { ButtonLink } from '@/components/ButtonLink'
import { Logo } from '@/components/Logo'
import { usePageTitle } from '@/hooks/usePageTitle'

export function NotFoundPage() {
  usePageTitle('Page not found')
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-6 text-center">
      <Logo />
      <p className="mt-10 text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900">This page does not exist</h1>
      <p className="mt-2 text-sm text-zinc-500">The link may be old, or the address mistyped.</p>
      <ButtonLink to="/" className="mt-8">
        Go to FinCoach
      </ButtonLink>
    </main>
  )
}
