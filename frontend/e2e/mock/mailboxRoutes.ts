import type { Request, Route } from '@playwright/test'
import type { MockEmail, MockJob } from './mailboxData'
import type { MockOptions, MockState } from './mockApi'

const fail = (route: Route, status: number, code: string, message: string) =>
  route.fulfill({ status, contentType: 'application/json', json: { error: { code, message, details: null } } })

const page = <T>(items: T[], url: URL) => {
  const offset = Number(url.searchParams.get('offset') ?? 0)
  const limit = Number(url.searchParams.get('limit') ?? 50)
  return { items: items.slice(offset, offset + limit), total: items.length, offset, limit }
}

const summary = ({ body_text: _b, created_at: _c, extraction: _e, ...rest }: MockEmail) => rest
const ACTIVE = ['pending', 'processing']
let created = 0

function newJob(accountId: string, mode: string): MockJob {
  created += 1
  const now = new Date().toISOString()
  return {
    id: `f0000000-0000-4000-8000-${String(created).padStart(12, '0')}`, type: 'email_fetch', status: 'pending',
    params: { account_id: accountId, mode }, total: 0, processed: 0, parsed: 0, failed: 0, progress: 0,
    error_log: [], error_count: 0, result: {}, attempts: 0, cancel_requested: false, created_at: now,
    started_at: null, completed_at: null,
  }
}

/** The mailbox part of the API (accounts, jobs, emails, sync status). True when it answered. */
export async function mailboxRoutes(
  route: Route, request: Request, path: string, method: string, state: MockState, options: MockOptions,
): Promise<boolean> {
  const url = new URL(request.url())
  const parts = path.split('/').slice(3) // after /api/v1/
  const [resource, id, action] = parts

  if (resource === 'jobs') {
    if (!id && method === 'GET') {
      const status = url.searchParams.get('status')
      const type = url.searchParams.get('type')
      const items = state.jobs.filter((j) => (!status || j.status === status) && (!type || j.type === type))
      await route.fulfill({ json: page(items, url) })
      return true
    }
    const job = state.jobs.find((j) => j.id === id)
    if (!job) return (await fail(route, 404, 'not_found', 'Job not found.'), true)
    if (!action && method === 'GET') await route.fulfill({ json: job })
    else if (action === 'cancel' && method === 'POST') {
      if (!ACTIVE.includes(job.status)) return (await fail(route, 409, 'job_finished', `This job has already ${job.status}.`), true)
      job.cancel_requested = true
      if (job.status === 'pending') job.status = 'cancelled'
      await route.fulfill({ json: job })
    } else if (action === 'retry' && method === 'POST') {
      if (!['failed', 'cancelled'].includes(job.status)) {
        return (await fail(route, 409, 'job_not_retryable', 'Only a failed or cancelled job can be retried.'), true)
      }
      const again = newJob(String(job.params.account_id), String(job.params.mode))
      state.jobs.unshift(again)
      await route.fulfill({ status: 201, json: again })
    } else return false
    return true
  }

  if (resource === 'connected-accounts') {
    if (!id && method === 'GET') await route.fulfill({ json: state.accounts })
    else if (id === 'imap' && method === 'POST') {
      const body = request.postDataJSON() as { username: string; password: string; host: string; display_name: string }
      if (body.password !== 'app-password') {
        await fail(route, 400, 'mailbox_login_failed', 'LOGIN failed: [AUTHENTICATIONFAILED] Invalid credentials (Failure)')
        return true
      }
      const account = {
        id: `c0000000-0000-4000-8000-${String(state.accounts.length + 10).padStart(12, '0')}`, provider: 'imap',
        address: body.username, display_name: body.display_name || body.username, status: 'active', last_error: null,
        last_synced_at: null, created_at: new Date().toISOString(), settings: { host: body.host, port: 993, security: 'tls', folder: 'INBOX', username: body.username },
      }
      state.accounts.push(account)
      state.jobs.unshift(newJob(account.id, 'initial'))
      await route.fulfill({ status: 201, json: account })
    } else if (id === 'upload' && method === 'POST') {
      if (options.uploadDelayMs) await new Promise((resolve) => setTimeout(resolve, options.uploadDelayMs))
      const name = url.searchParams.get('filename') ?? 'upload'
      if (!/\.(mbox|eml|zip)$/i.test(name)) {
        await fail(route, 400, 'not_mail', `${name} is not a mailbox export: upload an .mbox, an .eml or a .zip of .eml files.`)
        return true
      }
      const account = {
        id: `d0000000-0000-4000-8000-${String(state.accounts.length + 10).padStart(12, '0')}`, provider: 'mbox',
        address: name, display_name: name, status: 'active', last_error: null, last_synced_at: null,
        created_at: new Date().toISOString(), settings: { filename: name, size: request.postDataBuffer()?.length ?? 0 },
      }
      state.accounts.push(account)
      state.jobs.unshift(newJob(account.id, 'initial'))
      await route.fulfill({ status: 201, json: account })
    } else if (id && !action && method === 'DELETE') {
      state.accounts = state.accounts.filter((a) => a.id !== id)
      await route.fulfill({ status: 204 })
    } else if (id && action === 'sync' && method === 'POST') {
      const running = state.jobs.find((j) => j.params.account_id === id && ACTIVE.includes(j.status))
      const job = running ?? newJob(id, 'incremental')
      if (!running) state.jobs.unshift(job)
      await route.fulfill({ status: 202, json: { account_id: id, mode: job.params.mode, queued: !running, job } })
    } else return false
    return true
  }

  if (resource === 'emails') {
    if (!id && method === 'GET') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase()
      const status = url.searchParams.get('status')
      const account = url.searchParams.get('account_id')
      const items = state.emails
        .filter((e) => !q || `${e.subject} ${e.sender} ${e.sender_name} ${e.body_text}`.toLowerCase().includes(q))
        .filter((e) => (!status || e.status === status) && (!account || e.account_id === account))
      await route.fulfill({ json: page(items.map(summary), url) })
      return true
    }
    const email = state.emails.find((e) => e.id === id)
    if (!email) return (await fail(route, 404, 'not_found', 'Email not found.'), true)
    if (action === 'raw') await route.fulfill({ contentType: 'message/rfc822', body: `Subject: ${email.subject}\r\n\r\n${email.body_text}` })
    else await route.fulfill({ json: email })
    return true
  }

  if (path === '/api/v1/auth/google/authorize' && method === 'GET') {
    if (options.gmailConfigured) {
      await route.fulfill({ json: { authorization_url: `${url.origin}/accounts?connected=gmail&account=new` } })
    } else {
      await fail(route, 503, 'gmail_not_configured', 'Gmail is not set up on this server (GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET).')
    }
    return true
  }

  if (path.startsWith('/api/v1/email-sync/status/') && method === 'GET') {
    const active = state.jobs.filter((j) => ACTIVE.includes(j.status) && j.type === 'email_fetch')
    const times = state.accounts.map((a) => a.last_synced_at).filter(Boolean) as string[]
    await route.fulfill({
      json: {
        user_id: id, last_email_fetch_at: times.sort().at(-1) ?? null, syncing: active.length > 0, active_jobs: active,
        accounts: state.accounts.map(({ id: accountId, provider, address, status, last_synced_at, last_error }) => ({
          id: accountId, provider, address, status, last_synced_at, last_error,
        })),
      },
    })
    return true
  }
  return false
}
