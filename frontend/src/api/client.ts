/**
 * The one way the app talks to the FinCoach API: typed clients generated from its OpenAPI
 * document (src/api/schema.d.ts; `npm run openapi:dump && npm run gen:api` after an API change).
 *
 * - Same origin only: the backend serves this app on the API's own origin.
 * - Every non-2xx answer becomes an {@link ApiError} carrying the contract's
 *   `{"error": {"code", "message", "details"}}` fields, so screens can show `message`.
 * - Authenticated calls carry the access token (kept in memory); on a 401 the client
 *   refreshes the session once from the httpOnly refresh cookie (a single refresh in
 *   flight, shared by every waiting request and, where the Web Locks API exists,
 *   serialised across tabs) and retries the request once.
 * - Every call says X-FinCoach-Client: web, so the server sets and reads that cookie
 *   (and a cross-site form, which cannot add a header, can never use it).
 *   When the refresh is refused the local session is cleared, which sends the
 *   person to /login.
 */
import createClient from 'openapi-fetch'
import { useAuthStore } from '@/auth/store'
import type { paths } from './schema'
import type { ErrorResponse } from './types'

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: unknown[] | null
  /** Seconds from a Retry-After header, when the server sent one. */
  readonly retryAfter: number | null
  /** The parsed response body, whatever its shape (null when there was none). */
  readonly body: unknown

  constructor(init: {
    status: number
    code: string
    message: string
    details?: unknown[] | null
    retryAfter?: number | null
    body?: unknown
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.details = init.details ?? null
    this.retryAfter = init.retryAfter ?? null
    this.body = init.body ?? null
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError

/** A sentence to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  if (error instanceof Error && error.message) return error.message
  return 'Something went wrong. Please try again.'
}

/** Tells the server this is the web app: its refresh token travels in an httpOnly cookie. */
export const WEB_CLIENT_HEADER = 'X-FinCoach-Client'

/** Refresh a little before the access token's stated expiry to avoid a wasted 401. */
const EXPIRY_SKEW_MS = 30_000

const FALLBACK_MESSAGES: Record<number, [string, string]> = {
  400: ['bad_request', 'The request was not accepted. Please check the form and try again.'],
  401: ['not_authenticated', 'Please sign in again.'],
  403: ['forbidden', 'You do not have permission to do that.'],
  404: ['not_found', 'That could not be found.'],
  409: ['conflict', 'That conflicts with something that already exists.'],
  422: ['validation_error', 'Some of the values are not valid. Please check the form.'],
  429: ['rate_limited', 'Too many attempts. Please wait a moment and try again.'],
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const date = Date.parse(value)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const error = (value as { error: unknown }).error
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  )
}

async function toApiError(res: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(res.headers.get('Retry-After'))
  let body: unknown = null
  try {
    const text = await res.text()
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  if (isErrorResponse(body)) {
    const { code, message, details } = body.error
    return new ApiError({ status: res.status, code, message, details: details ?? null, retryAfter, body })
  }
  // Not the contract's shape (a proxy page, or FastAPI's default {"detail": ...}).
  const [code, message] =
    FALLBACK_MESSAGES[res.status] ??
    (res.status >= 500
      ? ['server_error', 'Something went wrong on the server. Please try again in a moment.']
      : ['http_error', `The request failed (HTTP ${res.status}).`])
  const detail = (body as { detail?: unknown } | null)?.detail
  return new ApiError({
    status: res.status,
    code,
    message: typeof detail === 'string' && detail ? detail : message,
    retryAfter,
    body,
  })
}

/** Send a request as it is, with the access token when there is one; a failed connection is an ApiError. */
async function send(request: Request, accessToken: string | null): Promise<Response> {
  if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`)
  try {
    return await fetch(request)
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError({
      status: 0,
      code: 'network_error',
      message: 'Cannot reach the FinCoach server. Check your connection and try again.',
    })
  }
}

async function succeeded(res: Response): Promise<Response> {
  if (!res.ok) throw await toApiError(res)
  return res
}

// ---------------------------------------------------------------------------
// Session refresh

let refreshInFlight: Promise<string> | null = null

function sessionExpired(): ApiError {
  useAuthStore.getState().clear('expired')
  return new ApiError({
    status: 401,
    code: 'session_expired',
    message: 'Your session has ended. Please sign in again.',
  })
}

async function rotateTokens(): Promise<string> {
  // Another tab may have signed out while we waited for the lock.
  await useAuthStore.persist.rehydrate()
  if (!useAuthStore.getState().signedIn) throw sessionExpired()

  try {
    // The cookie goes along by itself; under the lock, it is the one the last rotation set.
    const pair = await unwrap(publicApi.POST('/api/auth/refresh', { body: {} }))
    useAuthStore.getState().setTokens(pair)
    return pair.access_token
  } catch (error) {
    // A refused refresh token ends the session; a server hiccup (or no connection) does not.
    if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
      throw sessionExpired()
    }
    throw error
  }
}

/**
 * Get a new access token from the refresh cookie. Concurrent callers share one
 * request; across tabs the Web Locks API (where present) serialises rotations, so no
 * tab presents a cookie another tab has just spent (which would end the session).
 * Resolves to the new access token; rejects with an ApiError.
 */
export function refreshSession(): Promise<string> {
  if (refreshInFlight) return refreshInFlight
  const run = (): Promise<string> => rotateTokens()
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  // `await` flattens the lock's promise-of-a-promise.
  const pending = async (): Promise<string> => (locks ? await locks.request('fincoach.auth.refresh', run) : run())
  const shared = pending().finally(() => {
    refreshInFlight = null
  })
  refreshInFlight = shared
  return shared
}

/** The access token to use now, refreshed first when it has (nearly) expired. */
export async function currentAccessToken(): Promise<string | null> {
  const { accessToken, accessExpiresAt, signedIn } = useAuthStore.getState()
  if (!signedIn) return accessToken
  const expired = !accessToken || (accessExpiresAt !== null && Date.now() >= accessExpiresAt - EXPIRY_SKEW_MS)
  return expired ? refreshSession() : accessToken
}

/** Whether the browser says it has no connection (navigator.onLine false). */
export const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false

/**
 * Send with the session's token; on a 401, one refresh (shared) and one retry.
 *
 * Offline, the ledger is read-only: a change is refused at once (code `offline`), and a read goes
 * out as it is, with whatever token is at hand (no refresh is possible), for the service worker
 * (public/sw.js) to answer from the copy it kept when the page was last loaded.
 */
async function sendAuthorised(request: Request): Promise<Response> {
  if (isOffline()) {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      throw new ApiError({ status: 0, code: 'offline', message: 'You are offline: changes can be made once you are back online.' })
    return succeeded(await send(request, useAuthStore.getState().accessToken))
  }
  const retry = request.clone() // a body can be read once: keep a copy for the retry
  const token = await currentAccessToken()
  const res = await send(request, token)
  if (res.status !== 401 || !useAuthStore.getState().signedIn) return succeeded(res)

  // A request that raced a refresh carries an outdated token: just use the new one.
  const latest = useAuthStore.getState().accessToken
  const fresh = latest && latest !== token ? latest : await refreshSession()
  const retried = await send(retry, fresh)
  // Refused even with a brand-new token: the session is no longer valid.
  if (retried.status === 401) {
    const error = await toApiError(retried)
    useAuthStore.getState().clear('expired')
    throw error
  }
  return succeeded(retried)
}

// ---------------------------------------------------------------------------
// The typed clients (openapi-fetch over the generated schema.d.ts)

/** `a=1&b=x` from the values that are set: screens use '' for "no filter", like undefined. */
function querySerializer(query: Record<string, unknown>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    search.set(key, String(value))
  }
  return search.toString()
}

const clientOptions = {
  // Same origin (the backend serves this app). Absolute, because a Request needs a full URL.
  baseUrl: globalThis.location?.origin ?? '',
  headers: { Accept: 'application/json', [WEB_CLIENT_HEADER]: 'web' },
  querySerializer,
}

/**
 * The API as the signed-in person. Every answer that is not a 2xx is thrown as an
 * {@link ApiError}, so `data` is always there: read it with {@link unwrap}.
 */
export const api = createClient<paths>({ ...clientOptions, fetch: sendAuthorised })

/** The API without a session: sign-up, codes, login, refresh, logout and health. */
export const publicApi = createClient<paths>({
  ...clientOptions,
  fetch: async (request) => succeeded(await send(request, null)),
})

/** The body of a call (failures were thrown as ApiErrors before it returned). */
export async function unwrap<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T
}

/** Send `body` as an HTML form (application/x-www-form-urlencoded), as OAuth2's password login wants. */
export const asForm = {
  bodySerializer: (body: object) =>
    new URLSearchParams(Object.entries(body).flatMap(([key, value]) => (value == null ? [] : [[key, String(value)]]))),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
}

/** Send `body` as multipart/form-data (files as they are; the browser sets the boundary). */
export const asMultipart = {
  bodySerializer: (body: object) => {
    const form = new FormData()
    for (const [key, value] of Object.entries(body)) {
      if (value != null) form.append(key, value instanceof Blob ? value : String(value))
    }
    return form
  },
}

// ---------------------------------------------------------------------------
// Uploads with progress (fetch cannot report upload progress; XMLHttpRequest can)

export interface UploadProgress {
  loaded: number
  total: number
}

export interface UploadOptions {
  /** Sent as the raw body's Content-Type. */
  contentType?: string
  onProgress?: (progress: UploadProgress) => void
  signal?: AbortSignal
}

function abortError(): DOMException {
  return new DOMException('The upload was cancelled.', 'AbortError')
}

function sendXhr(path: string, body: Blob, options: UploadOptions, accessToken: string | null): Promise<Response> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(abortError())
      return
    }
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Content-Type', options.contentType || 'application/octet-stream')
    if (accessToken) xhr.setRequestHeader('Authorization', `Bearer ${accessToken}`)
    xhr.upload.onprogress = (event) => {
      options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : body.size })
    }
    // Every byte is sent: the server is now reading it (the answer may take a while longer).
    xhr.upload.onload = () => options.onProgress?.({ loaded: body.size, total: body.size })
    const onAbort = () => xhr.abort()
    options.signal?.addEventListener('abort', onAbort, { once: true })
    const done = () => options.signal?.removeEventListener('abort', onAbort)
    xhr.onload = () => {
      done()
      const headers = new Headers()
      const retryAfter = xhr.getResponseHeader('Retry-After')
      if (retryAfter) headers.set('Retry-After', retryAfter)
      const status = xhr.status === 204 ? 204 : xhr.status
      resolve(new Response(status === 204 ? null : xhr.responseText, { status, headers }))
    }
    xhr.onerror = () => {
      done()
      reject(
        new ApiError({
          status: 0,
          code: 'network_error',
          message: 'The upload was interrupted: the connection to the FinCoach server was lost. Please try again.',
        }),
      )
    }
    xhr.onabort = () => {
      done()
      reject(abortError())
    }
    xhr.send(body)
  })
}

async function readJson<T>(res: Response): Promise<T> {
  const text = await (await succeeded(res)).text()
  return (text ? JSON.parse(text) : undefined) as T
}

/**
 * POST a file as the raw request body, reporting upload progress (the one call that does not
 * go through {@link api}: fetch cannot report it). Authenticated like {@link api}: a fresh
 * token first, and on a 401 one refresh and one retry.
 */
export async function uploadFile<T>(
  path: keyof paths,
  query: Record<string, string>,
  body: Blob,
  options: UploadOptions = {},
): Promise<T> {
  const search = querySerializer(query)
  const url = search ? `${path}?${search}` : path
  const token = await currentAccessToken()
  const res = await sendXhr(url, body, options, token)
  if (res.status !== 401 || !useAuthStore.getState().signedIn) return readJson<T>(res)
  const latest = useAuthStore.getState().accessToken
  const fresh = latest && latest !== token ? latest : await refreshSession()
  options.onProgress?.({ loaded: 0, total: body.size })
  return readJson<T>(await sendXhr(url, body, options, fresh))
}
