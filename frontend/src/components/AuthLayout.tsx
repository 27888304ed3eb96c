import { MailCheck, Receipt, ShieldCheck } from 'lucide-react'
import type { ReactNode } from 'react'
import { Logo, LogoMark } from './Logo'

const points = [
  { icon: MailCheck, text: 'Reads the bank alerts and receipts already in your mailbox.' },
  { icon: Receipt, text: 'Turns them into one clean ledger of transactions.' },
  { icon: ShieldCheck, text: 'Self-hosted: your money data stays on your server.' },
]

/** The frame of the signed-out screens: a brand panel beside a narrow form column. */
export function AuthLayout({ title, subtitle, children, footer }: {
  title: ReactNode
  subtitle?: ReactNode
  children: ReactNode
  footer?: ReactNode
}) {
  return (
    <div className="flex min-h-dvh">
      <aside className="relative hidden w-[44%] max-w-xl flex-col justify-between overflow-hidden bg-zinc-950 p-12 text-white lg:flex">
        <div
          aria-hidden="true"
          className="pointer-events-none absolute -top-40 -right-40 size-[30rem] rounded-full bg-brand-600/30 blur-3xl"
        />
        <div
          aria-hidden="true"
          className="pointer-events-none absolute -bottom-48 -left-24 size-[26rem] rounded-full bg-brand-400/10 blur-3xl"
        />
        <div className="relative flex items-center gap-2.5">
          <LogoMark />
          <span className="text-lg font-semibold tracking-tight">FinCoach</span>
        </div>
        <div className="relative">
          <p className="text-3xl leading-tight font-semibold tracking-tight">
            Your inbox already knows
            <br />
            where your money goes.
          </p>
          <ul className="mt-8 space-y-4">
            {points.map(({ icon: Icon, text }) => (
              <li key={text} className="flex gap-3 text-sm text-zinc-300">
                <span className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-white/10 text-brand-300">
                  <Icon aria-hidden="true" className="size-4" />
                </span>
                <span className="pt-1.5">{text}</span>
              </li>
            ))}
          </ul>
        </div>
        <p className="relative text-xs text-zinc-500">Personal finance, from the mail you already get.</p>
      </aside>

      <main id="main" className="flex flex-1 flex-col items-center justify-center px-4 py-10 sm:px-6">
        <div className="w-full max-w-sm">
          <Logo className="mb-10 lg:hidden" />
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">{title}</h1>
          {subtitle && <p className="mt-2 text-sm text-zinc-500">{subtitle}</p>}
          <div className="mt-8">{children}</div>
          {footer && <div className="mt-8 text-sm text-zinc-500">{footer}</div>}
        </div>
      </main>
    </div>
  )
}
