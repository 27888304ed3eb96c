import { describe, expect, it } from 'vitest'
import { useAuthStore } from '@/auth/store'
import { apiError, demoUser, json, mockFetch, signIn, tokenPair } from '@/test/utils'
import { api, ApiError, asForm, publicApi, unwrap } from './client'
import { getHealth } from './queries'

const bearer = (headers: Headers) => headers.get('Authorization')
const getMe = () => unwrap(api.GET('/api/v1/users/me'))
const loginWithPassword = (username: string, password: string) =>
  unwrap(publicApi.POST('/api/auth/login', { body: { username, password }, ...asForm }))

describe('api client: errors', () => {
  it('turns the error shape into an ApiError with code, message, status and details', async () => {
    mockFetch({
      'POST /api/auth/register': () =>
        json(409, { error: { code: 'email_taken', message: 'That email is already registered.', details: [{ field: 'email' }] } }),
    })
    const error = await publicApi
      .POST('/api/auth/register', { body: { email: 'a@b.co', password: 'x' } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 409,
      code: 'email_taken',
      message: 'That email is already registered.',
      details: [{ field: 'email' }],
      retryAfter: null,
    })
  })

  it('reads Retry-After in seconds', async () => {
    mockFetch({
      'POST /api/auth/resend-otp': () =>
        apiError(429, 'otp_cooldown', 'Please wait before asking for another code.', { 'Retry-After': '42' }),
    })
    const error = await publicApi.POST('/api/auth/resend-otp', { body: { email: 'a@b.co' } }).catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 429, code: 'otp_cooldown', retryAfter: 42 })
  })

  it('falls back to a readable message when the body is not the contract shape', async () => {
    mockFetch({
      'GET /health': () => new Response('<html>Bad gateway</html>', { status: 502 }),
      'POST /api/auth/login-code': () => json(422, { detail: 'Field required' }),
    })
    await expect(publicApi.GET('/health')).rejects.toMatchObject({ status: 502, code: 'server_error' })
    await expect(publicApi.POST('/api/auth/login-code', { body: { email: 'a@b.co' } })).rejects.toMatchObject({
      status: 422,
      code: 'validation_error',
      message: 'Field required',
    })
  })

  it('reports a network failure as network_error with status 0', async () => {
    mockFetch({
      'GET /health': () => {
        throw new TypeError('Failed to fetch')
      },
    })
    await expect(publicApi.GET('/health')).rejects.toMatchObject({ status: 0, code: 'network_error' })
  })

  it('sends the password login as a form (username = email)', async () => {
    const { calls } = mockFetch({ 'POST /api/auth/login': () => json(200, tokenPair(1)) })
    await loginWithPassword('asha@example.com', 'p@ss word&1')
    expect(calls[0].headers.get('Content-Type')).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(new URLSearchParams(calls[0].body ?? ''))).toEqual({
      username: 'asha@example.com',
      password: 'p@ss word&1',
    })
    expect(bearer(calls[0].headers)).toBeNull()
  })
})

describe('api client: tokens and silent refresh', () => {
  it('attaches the access token as a Bearer header', async () => {
    signIn(1)
    const { calls } = mockFetch({ 'GET /api/v1/users/me': () => json(200, demoUser) })
    await expect(getMe()).resolves.toEqual(demoUser)
    expect(bearer(calls[0].headers)).toBe('Bearer access-1')
  })

  it('on 401 refreshes once, stores the rotated pair and retries the request once', async () => {
    signIn(1)
    const { calls, callsTo } = mockFetch({
      'GET /api/v1/users/me': (call) =>
        bearer(call.headers) === 'Bearer access-2'
          ? json(200, demoUser)
          : apiError(401, 'token_expired', 'The access token has expired.'),
      'POST /api/auth/refresh': () => json(200, tokenPair(2)),
    })

    await expect(getMe()).resolves.toEqual(demoUser)

    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /api/v1/users/me',
      'POST /api/auth/refresh',
      'GET /api/v1/users/me',
    ])
    // The refresh token is the httpOnly cookie the browser sends: no token in the body.
    const [refresh] = callsTo('POST /api/auth/refresh')
    expect(JSON.parse(refresh.body ?? '')).toEqual({})
    expect(refresh.headers.get('X-FinCoach-Client')).toBe('web')
    expect(bearer(calls[2].headers)).toBe('Bearer access-2')
    const state = useAuthStore.getState()
    expect(state.accessToken).toBe('access-2')
    expect(state.signedIn).toBe(true)
    // Only "signed in" is persisted: no token ever reaches localStorage.
    expect(JSON.parse(localStorage.getItem('fincoach.auth') ?? '{}').state).toEqual({ signedIn: true })
  })

  it('shares one refresh between concurrent requests that all got 401', async () => {
    signIn(1)
    let releaseRefresh!: () => void
    const refreshGate = new Promise<void>((resolve) => (releaseRefresh = resolve))
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': (call) =>
        bearer(call.headers) === 'Bearer access-2' ? json(200, demoUser) : apiError(401, 'token_expired', 'Expired.'),
      'POST /api/auth/refresh': async () => {
        await refreshGate
        return json(200, tokenPair(2))
      },
    })

    const all = Promise.all([getMe(), getMe(), getMe()])
    await new Promise((resolve) => setTimeout(resolve, 10))
    releaseRefresh()
    await expect(all).resolves.toEqual([demoUser, demoUser, demoUser])
    expect(callsTo('POST /api/auth/refresh')).toHaveLength(1)
    expect(callsTo('GET /api/v1/users/me')).toHaveLength(6)
  })

  it('signs out when the refresh token is refused', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => apiError(401, 'token_expired', 'Expired.'),
      'POST /api/auth/refresh': () => apiError(401, 'invalid_token', 'Refresh token is not valid.'),
    })

    await expect(getMe()).rejects.toMatchObject({ status: 401, code: 'session_expired' })
    expect(callsTo('GET /api/v1/users/me')).toHaveLength(1)
    const state = useAuthStore.getState()
    expect(state.signedIn).toBe(false)
    expect(state.accessToken).toBeNull()
    expect(state.signedOutReason).toBe('expired')
  })

  it('retries only once: a 401 with the fresh token ends the session instead of looping', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'GET /api/v1/users/me': () => apiError(401, 'inactive_user', 'This account is disabled.'),
      'POST /api/auth/refresh': () => json(200, tokenPair(2)),
    })
    await expect(getMe()).rejects.toMatchObject({ status: 401, message: 'This account is disabled.' })
    expect(callsTo('POST /api/auth/refresh')).toHaveLength(1)
    expect(callsTo('GET /api/v1/users/me')).toHaveLength(2)
    expect(useAuthStore.getState().signedIn).toBe(false)
  })

  it('keeps the session when the refresh fails for a server reason', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => apiError(401, 'token_expired', 'Expired.'),
      'POST /api/auth/refresh': () => apiError(503, 'unavailable', 'Try again shortly.'),
    })
    await expect(getMe()).rejects.toMatchObject({ status: 503, message: 'Try again shortly.' })
    expect(useAuthStore.getState().signedIn).toBe(true)
  })

  it('refreshes before the call when the stored access token has expired', async () => {
    useAuthStore.getState().setTokens(tokenPair(1, 0))
    const { calls } = mockFetch({
      'POST /api/auth/refresh': () => json(200, tokenPair(2)),
      'GET /api/v1/users/me': () => json(200, demoUser),
    })
    await getMe()
    expect(calls.map((c) => c.path)).toEqual(['/api/auth/refresh', '/api/v1/users/me'])
    expect(bearer(calls[1].headers)).toBe('Bearer access-2')
  })

  it('does not refresh for calls made without auth', async () => {
    signIn(1)
    const { callsTo } = mockFetch({
      'POST /api/auth/login': () => apiError(401, 'invalid_credentials', 'Incorrect email or password.'),
    })
    await expect(loginWithPassword('a@b.co', 'nope')).rejects.toMatchObject({ code: 'invalid_credentials' })
    expect(callsTo('POST /api/auth/refresh')).toHaveLength(0)
    expect(useAuthStore.getState().signedIn).toBe(true)
  })
})

describe('health', () => {
  it('treats a 503 health body as data (the server is up but degraded)', async () => {
    mockFetch({ 'GET /health': () => json(503, { status: 'unavailable', database: 'ok', redis: 'unavailable' }) })
    await expect(getHealth(new AbortController().signal)).resolves.toEqual({ status: 'unavailable', database: 'ok', redis: 'unavailable' })
  })
})
