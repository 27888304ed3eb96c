import { markSignedIn } from '../session'
import type { Page, Route, WebSocketRoute } from '@playwright/test'
import { ledgerRoutes, newLedgerState } from './ledgerRoutes'
import { mailboxRoutes } from './mailboxRoutes'
import { sampleAccounts, sampleEmails, sampleJobs, type MockAccount, type MockEmail, type MockJob } from './mailboxData'

/** A tiny in-page stand-in for the FinCoach API, enough to render every screen. */
export interface MockUser {
  id: string
  email: string
  full_name: string | null
  is_verified: boolean
  is_active: boolean
  role: 'user' | 'admin'
  base_currency: string
  timezone: string
  created_at: string
  totp_enabled: boolean
  totp_required: boolean
  totp_required_but_missing: boolean
}

export const demoUser: MockUser = {
  id: '6f1c2a1e-0d7b-4c1e-9a51-3b0c7f9d2e11',
  email: 'asha@example.com',
  full_name: 'Asha Rao',
  is_verified: true,
  is_active: true,
  role: 'user',
  base_currency: 'INR',
  timezone: 'UTC',
  created_at: '2025-01-15T09:30:00Z',
  totp_enabled: false,
  totp_required: false,
  totp_required_but_missing: false,
}

const tokenPair = (n: number) => ({
  access_token: `access-${n}`,
  refresh_token: null, // the web app's is an httpOnly cookie
  token_type: 'bearer',
  expires_in: 900,
})

const error = (route: Route, status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  route.fulfill({ status, headers, contentType: 'application/json', json: { error: { code, message, details: null } } })

export interface MockOptions {
  unverified?: string[]
  meDelayMs?: number
  /** 'populated': mailboxes, jobs and emails exist; 'empty' (default): a brand-new user. */
  mailbox?: 'empty' | 'populated'
  /** GET /auth/google/authorize answers with a consent URL (else 503 gmail_not_configured). */
  gmailConfigured?: boolean
  /** Hold the upload's answer this long (to see the "checking" state). */
  uploadDelayMs?: number
  /** 'populated': transactions, budgets, goals and reports exist; 'empty' (default): none. */
  ledger?: 'empty' | 'populated'
}

export interface MockState {
  accounts: MockAccount[]
  jobs: MockJob[]
  emails: MockEmail[]
  calls: string[]
}

export interface MockController {
  state: MockState
  /** Send a live event to every open /api/v1/ws socket. */
  emit: (event: string, data: Record<string, unknown>) => void
  /** Resolves once a live socket is open. */
  socketOpen: () => Promise<void>
}

export async function mockApi(page: Page, options: MockOptions = {}): Promise<MockController> {
  const user = { ...demoUser }
  let issued = 0
  const populated = options.mailbox === 'populated'
  const state: MockState = {
    accounts: populated ? sampleAccounts() : [],
    jobs: populated ? sampleJobs() : [],
    emails: populated ? sampleEmails() : [],
    calls: [],
  }
  const ledger = newLedgerState(options.ledger === 'populated')
  const sockets: WebSocketRoute[] = []
  let opened: () => void = () => {}
  const firstSocket = new Promise<void>((resolve) => (opened = resolve))
  await page.routeWebSocket(/\/api\/v1\/ws/, (ws) => {
    sockets.push(ws)
    // The first message signs in (answered as the server does); the rest are keep-alive pings.
    ws.onMessage((message) => {
      if (typeof message === 'string' && message.includes('"auth"')) {
        ws.send(JSON.stringify({ type: 'ready' }))
        opened()
      }
    })
  })
  await page.route('**/health', (route) =>
    route.fulfill({ json: { status: 'ok', database: 'ok', redis: 'ok' } }),
  )
  await page.route('**/api/**', async (route) => {
    const request = route.request()
    const path = new URL(request.url()).pathname
    const method = request.method()
    state.calls.push(`${method} ${path}`)
    if (path === '/api/auth/login' && method === 'POST') {
      const form = new URLSearchParams(request.postData() ?? '')
      const email = form.get('username') ?? ''
      if (options.unverified?.includes(email)) {
        return error(route, 403, 'email_not_verified', 'Please verify your email address first.')
      }
      if (form.get('password') !== 'correct-password') {
        return error(route, 401, 'invalid_credentials', 'Incorrect email or password.')
      }
      return route.fulfill({ json: tokenPair(++issued) })
    }
    if (path === '/api/auth/register' && method === 'POST') {
      return route.fulfill({ status: 202, json: { message: 'Check your inbox: we sent a message to this address with what to do next.' } })
    }
    if (path === '/api/auth/verify-otp' && method === 'POST') {
      const body = request.postDataJSON() as { code: string }
      if (body.code !== '123456') return error(route, 400, 'invalid_code', 'That code is not right. 4 attempts left.')
      return route.fulfill({ json: tokenPair(++issued) })
    }
    if ((path === '/api/auth/resend-otp' || path === '/api/auth/login-code') && method === 'POST') {
      return route.fulfill({ status: 202, json: { message: 'If the address has an account, a code is on its way.' } })
    }
    if (path === '/api/auth/refresh' && method === 'POST') return route.fulfill({ json: tokenPair(++issued) })
    if (path === '/api/auth/logout' && method === 'POST') return route.fulfill({ status: 204 })
    if (path === '/api/v1/users/me' && method === 'GET') {
      if (options.meDelayMs) await new Promise((resolve) => setTimeout(resolve, options.meDelayMs))
      return route.fulfill({ json: user })
    }
    if (path === '/api/v1/users/me/totp' && method === 'GET') {
      return route.fulfill({
        json: { enabled: false, enabled_at: null, enrolment_pending: false, required: false, recovery_codes_left: 0 },
      })
    }
    if (path === '/api/v1/users/me' && method === 'PATCH') {
      Object.assign(user, request.postDataJSON())
      return route.fulfill({ json: user })
    }
    if (path.startsWith('/api/v1/') && (await mailboxRoutes(route, request, path, method, state, options))) return
    if (path.startsWith('/api/v1/') && (await ledgerRoutes(route, request, path, method, ledger))) return
    if (path === '/api/v1/api-tokens' && method === 'GET') return route.fulfill({ json: [] })
    if (path === '/api/v1/users/me/password' && method === 'POST') {
      const body = request.postDataJSON() as { current_password: string }
      if (body.current_password !== 'correct-password') {
        return error(route, 400, 'wrong_password', 'Your current password is not correct.')
      }
      return route.fulfill({ json: tokenPair(++issued) }) // this session goes on with a new pair
    }
    return error(route, 404, 'not_found', `No mock for ${method} ${path}.`)
  })
  return {
    state,
    emit: (event, data) => {
      for (const ws of sockets) ws.send(JSON.stringify({ event, data }))
    },
    socketOpen: () => firstSocket,
  }
}

/** Start the page already signed in (the mock answers the app's refresh with a token). */
export const signInBeforeLoad = markSignedIn
