import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { MemoryRouter, useLocation } from 'react-router'
import { vi } from 'vitest'
import { App } from '@/App'
import type { TotpStatus } from '@/api/types'
import { useAuthStore } from '@/auth/store'

export interface Call {
  method: string
  path: string
  /** The query string's parameters. */
  search: URLSearchParams
  headers: Headers
  body: string | null
}

type Reply = Response | Promise<Response>
export type Handler = (call: Call) => Reply

/** A JSON response, like the API sends. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

/** The contract's error shape. */
export function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return json(status, { error: { code, message, details: null } }, headers)
}

export const noContent = () => new Response(null, { status: 204 })

/**
 * Replace fetch with a router keyed by "METHOD /path". A value may be one handler or a
 * list used in turn (the last one repeats). Unknown routes fail the test loudly.
 */
export function mockFetch(routes: Record<string, Handler | Handler[]>) {
  const counters = new Map<string, number>()
  const calls: Call[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    // The API client sends a Request (openapi-fetch); its method, headers and body live on it.
    const request = input instanceof Request ? input : null
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost')
    const call: Call = {
      method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      search: url.searchParams,
      headers: new Headers(init?.headers ?? request?.headers),
      body: typeof init?.body === 'string' ? init.body : ((await request?.clone().text()) || null),
    }
    calls.push(call)
    const key = `${call.method} ${call.path}`
    const entry = routes[key]
    if (!entry) throw new Error(`Unexpected request: ${key}`)
    const list = Array.isArray(entry) ? entry : [entry]
    const n = counters.get(key) ?? 0
    counters.set(key, n + 1)
    return list[Math.min(n, list.length - 1)](call)
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    fetchMock,
    calls,
    callsTo: (key: string) => calls.filter((c) => `${c.method} ${c.path}` === key),
  }
}

export const tokenPair = (n: number, expiresIn = 900) => ({
  access_token: `access-${n}`,
  refresh_token: null, // the web app's refresh token is in an httpOnly cookie
  token_type: 'bearer' as const,
  expires_in: expiresIn,
})

export const demoUser = {
  id: '0b7d3c3e-8a0e-4c1b-9d55-1f2e3a4b5c6d',
  email: 'asha@example.com',
  full_name: 'Asha Rao',
  is_verified: true,
  is_active: true,
  role: 'user' as const,
  base_currency: 'INR',
  timezone: 'UTC',
  locale: null,
  week_start: 1,
  email_budget_alerts: true,
  created_at: '2025-01-15T09:30:00Z',
  totp_enabled: false,
  totp_required: false,
  totp_required_but_missing: false,
}

/** GET /api/v1/users/me/totp: off unless told otherwise. */
export const totpStatus = (overrides: Partial<TotpStatus> = {}): TotpStatus => ({
  enabled: false,
  enabled_at: null,
  enrolment_pending: false,
  required: false,
  recovery_codes_left: 0,
  ...overrides,
})

/** Put a live session in the store, as if the person had signed in earlier. */
export function signIn(n = 0) {
  useAuthStore.getState().setTokens(tokenPair(n))
}

export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
}

function LocationProbe() {
  const location = useLocation()
  return (
    <div data-testid="location" data-search={location.search}>
      {location.pathname}
    </div>
  )
}

/** Render the whole app (routes, guards, providers) at `path`. */
export function renderApp(path: string) {
  const queryClient = createTestQueryClient()
  const utils = render(
    <MemoryRouter initialEntries={[path]}>
      <App queryClient={queryClient} />
      <LocationProbe />
    </MemoryRouter>,
  )
  return { ...utils, queryClient }
}
