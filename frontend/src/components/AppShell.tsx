import { LogOut, Menu, WifiOff, X } from 'lucide-react'
import { Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Navigate, NavLink, Outlet, useLocation } from 'react-router'
import { useHealth, useMe } from '@/api/queries'
import { useReviewSummary } from '@/api/reviewQueries'
import { useSignOut } from '@/auth/session'
import { useOnline } from '@/hooks/useOnline'
import { useLiveUpdates } from '@/hooks/useLiveUpdates'
import { cn } from '@/lib/cn'
import { useTimeZoneStore } from '@/lib/timezone'
import { Logo } from './Logo'
import { navSections, settingsItem, type NavItem } from './nav'
import { Skeleton } from './Skeleton'

function initials(name: string | null | undefined, email: string | undefined): string {
  const source = name?.trim() || email?.split('@')[0] || '?'
  const parts = source.split(/[\s._-]+/).filter(Boolean)
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : source.slice(0, 2)
  return letters.toUpperCase()
}

function NavEntry({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const Icon = item.icon
  return (
    <li>
      <NavLink
        to={item.to}
        onClick={onNavigate}
        className={({ isActive }) =>
          cn(
            'group flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors',
            isActive ? 'bg-brand-50 text-brand-800' : 'text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900',
          )
        }
      >
        {({ isActive }) => (
          <>
            <Icon
              aria-hidden="true"
              className={cn('size-[18px] shrink-0', isActive ? 'text-brand-600' : 'text-zinc-400 group-hover:text-zinc-600')}
            />
            {item.label}
            {item.badge === 'review' && (
              <>
                {' '}
                <ReviewCount />
              </>
            )}
          </>
        )}
      </NavLink>
    </li>
  )
}

/** The review inbox's open items, beside its link (nothing when there are none). */
function ReviewCount() {
  // Until a required two-factor set-up is done the API refuses everything but Settings.
  const mustEnrol = useMe().data?.totp_required_but_missing !== false
  const open = useReviewSummary(!mustEnrol).data?.open ?? 0
  if (open === 0) return null
  return (
    <span className="ml-auto rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-800 tabular-nums" data-testid="review-count">
      {open > 999 ? '999+' : open} <span className="sr-only">open</span>
    </span>
  )
}

function ServerStatus() {
  const health = useHealth()
  const state = health.isPending
    ? { dot: 'bg-zinc-300', text: 'Checking server…' }
    : health.isError
      ? { dot: 'bg-red-500', text: 'Server unreachable' }
      : health.data.status === 'ok'
        ? { dot: 'bg-brand-500', text: 'Server online' }
        : { dot: 'bg-amber-500', text: 'Server degraded' }
  const title = health.data
    ? `Database: ${health.data.database}, Redis: ${health.data.redis}`
    : undefined
  return (
    <p className="flex items-center gap-2 px-3 text-xs text-zinc-500" title={title}>
      <span aria-hidden="true" className={cn('size-2 rounded-full', state.dot)} />
      {state.text}
    </p>
  )
}

function UserBlock() {
  const me = useMe()
  const signOut = useSignOut()
  const [signingOut, setSigningOut] = useState(false)
  return (
    <div className="flex items-center gap-3 rounded-lg px-2 py-2">
      {me.isPending ? (
        <>
          <Skeleton className="size-9 rounded-full" />
          <div className="flex-1 space-y-1.5">
            <Skeleton className="h-3.5 w-24" />
            <Skeleton className="h-3 w-32" />
          </div>
        </>
      ) : (
        <>
          <span
            aria-hidden="true"
            className="flex size-9 shrink-0 items-center justify-center rounded-full bg-zinc-900 text-xs font-semibold text-white"
          >
            {initials(me.data?.full_name, me.data?.email)}
          </span>
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-zinc-900" data-testid="user-name">
              {me.data?.full_name || me.data?.email.split('@')[0] || 'Your account'}
            </p>
            <p className="truncate text-xs text-zinc-500" title={me.data?.email}>{me.data?.email ?? 'Profile unavailable'}</p>
          </div>
        </>
      )}
      <button
        type="button"
        onClick={async () => {
          setSigningOut(true)
          await signOut()
        }}
        disabled={signingOut}
        className="rounded-md p-2 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-50"
        aria-label="Sign out"
        title="Sign out"
      >
        <LogOut aria-hidden="true" className="size-[18px]" />
      </button>
    </div>
  )
}

function SidebarContent({ onNavigate }: { onNavigate?: () => void }) {
  const isAdmin = useMe().data?.role === 'admin'
  const sections = navSections
    .map((section) => ({ ...section, items: section.items.filter((item) => isAdmin || !item.adminOnly) }))
    .filter((section) => section.items.length > 0)
  return (
    <div className="flex h-full flex-col">
      <nav aria-label="Main" className="flex-1 overflow-y-auto px-3 py-4">
        {sections.map((section) => (
          <div key={section.heading ?? 'top'} className={section.heading ? 'mt-6' : undefined}>
            {section.heading && (
              <h2 className="mb-1 px-3 text-xs font-semibold tracking-wide text-zinc-400 uppercase">
                {section.heading}
              </h2>
            )}
            <ul className="space-y-0.5">
              {section.items.map((item) => (
                <NavEntry key={item.to} item={item} onNavigate={onNavigate} />
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="space-y-3 border-t border-zinc-200 px-3 py-4">
        <nav aria-label="Account">
          <ul>
            <NavEntry item={settingsItem} onNavigate={onNavigate} />
          </ul>
        </nav>
        <ServerStatus />
        <UserBlock />
      </div>
    </div>
  )
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])'

function MobileMenu({ open, onClose }: { open: boolean; onClose: () => void }) {
  const panelRef = useRef<HTMLDivElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    closeRef.current?.focus()
    // The page behind the open menu should not scroll.
    const overflow = document.body.style.overflow
    document.body.style.overflow = 'hidden'
    return () => {
      document.body.style.overflow = overflow
    }
  }, [open])

  // Keep keyboard focus inside the open menu; Escape closes it.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'Tab' || !panelRef.current) return
    const focusable = Array.from(panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE))
    if (focusable.length === 0) return
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  if (!open) return null
  return (
    <div className="relative z-40 lg:hidden" onKeyDown={onKeyDown}>
      <div className="fixed inset-0 bg-zinc-900/40 backdrop-blur-[2px]" aria-hidden="true" onClick={onClose} />
      <div
        ref={panelRef}
        id="mobile-menu"
        role="dialog"
        aria-modal="true"
        aria-label="Main menu"
        className="fixed inset-y-0 left-0 flex w-72 max-w-[85vw] flex-col bg-white shadow-xl"
      >
        <div className="flex h-16 items-center justify-between border-b border-zinc-200 px-4">
          <Logo />
          <button
            ref={closeRef}
            type="button"
            onClick={onClose}
            className="rounded-md p-2 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900"
            aria-label="Close menu"
          >
            <X aria-hidden="true" className="size-5" />
          </button>
        </div>
        <div className="min-h-0 flex-1">
          <SidebarContent onNavigate={onClose} />
        </div>
      </div>
    </div>
  )
}

/**
 * Dates render in the user's zone. When the profile names another zone than the one the page
 * was drawn with (the first visit on this browser, or a change made elsewhere), the page is
 * drawn again: returns a key for it that changes then.
 */
function useUserTimeZone(): number {
  const zone = useMe().data?.timezone
  const epoch = useTimeZoneStore((s) => s.epoch)
  useEffect(() => {
    if (zone) useTimeZoneStore.getState().setZone(zone, { rerender: true })
  }, [zone])
  return epoch
}

/** The signed-in frame: a sidebar on wide screens, a top bar with a menu on phones. */
export function AppShell() {
  const [menuOpen, setMenuOpen] = useState(false)
  const menuButtonRef = useRef<HTMLButtonElement>(null)
  const { pathname } = useLocation()
  // Live job progress and new-data events, for every page.
  useLiveUpdates()
  const zoneEpoch = useUserTimeZone()
  const online = useOnline()
  // An admin requires two-factor sign-in and it is not set up: Settings, until it is (the API
  // refuses everything else meanwhile).
  const mustEnrol = useMe().data?.totp_required_but_missing === true

  const closeMenu = useCallback(() => {
    setMenuOpen(false)
    menuButtonRef.current?.focus()
  }, [])

  useEffect(() => setMenuOpen(false), [pathname])

  if (mustEnrol && pathname !== '/settings') return <Navigate to="/settings" replace />

  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>

      <aside aria-label="Sidebar" className="hidden border-r border-zinc-200 bg-white lg:fixed lg:inset-y-0 lg:flex lg:w-64 lg:flex-col">
        <div className="flex h-16 shrink-0 items-center px-6">
          <Logo />
        </div>
        <div className="min-h-0 flex-1">
          <SidebarContent />
        </div>
      </aside>

      <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-zinc-200 bg-white/90 px-3 backdrop-blur lg:hidden">
        <button
          ref={menuButtonRef}
          type="button"
          onClick={() => setMenuOpen(true)}
          className="rounded-md p-2 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900"
          aria-label="Open menu"
          aria-expanded={menuOpen}
          aria-controls="mobile-menu"
        >
          <Menu aria-hidden="true" className="size-5" />
        </button>
        <Logo />
      </header>
      <MobileMenu open={menuOpen} onClose={closeMenu} />

      <div className="lg:pl-64">
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none sm:px-6 lg:px-10 lg:py-10">
          {!online && (
            <div role="status" className="mb-4 flex items-start gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
              <WifiOff aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span>You are offline. This is the ledger as last loaded, read-only: changes wait until you reconnect.</span>
            </div>
          )}
          {/* Pages load on their first visit (App.tsx): nothing shows for those few ms. */}
          <Suspense fallback={null}>
            <Outlet key={zoneEpoch} />
          </Suspense>
        </main>
      </div>
    </div>
  )
}
