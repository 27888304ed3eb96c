/**
 * The live event stream, /api/v1/ws: the first message signs in ({"type": "auth", "token":
 * <access token>}, never in the URL, which proxies log), then JSON messages
 * {"event": "job.progress" | "job.completed" | ..., "data": {...}} for the signed-in user.
 *
 * {@link LiveConnection} keeps one socket open: it reconnects with exponential backoff
 * (with jitter), always with the *current* access token (refreshed first when it has
 * expired), and when a handshake is refused it refreshes the session once before trying
 * again. Browsers cannot tell a refused handshake (a bad token) from a server that is down,
 * so that forced refresh happens at most once per run of failures.
 */
import { create } from 'zustand'
import { ApiError } from './client'
import type { LiveEvent } from './types'

export type LiveStatus = 'idle' | 'connecting' | 'open' | 'reconnecting'

/** The socket's state, for a "Live" indicator and for polling while it is down. */
export const useLiveStatus = create<{ status: LiveStatus }>(() => ({ status: 'idle' }))

export interface LiveConnectionOptions {
  /** The access token to connect with (refreshed when expired); null when signed out. */
  getToken: () => Promise<string | null>
  /** Force a token refresh (after a refused handshake); resolves to the new token. */
  refresh: () => Promise<string>
  onEvent: (event: LiveEvent) => void
  onStatus?: (status: LiveStatus) => void
  /** Called when the socket opens again after a drop: events may have been missed. */
  onReconnect?: () => void
  /** The socket URL (default: /api/v1/ws on this origin). */
  url?: () => string
  WebSocketImpl?: typeof WebSocket
  baseDelayMs?: number
  maxDelayMs?: number
  /** Send a keep-alive this often, so idle proxies do not cut the socket (0: never). */
  pingIntervalMs?: number
  random?: () => number
}

export function defaultLiveUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${window.location.host}/api/v1/ws`
}

/** Close codes for a refused token: FinCoach's own, and the generic policy violation. */
const REFUSED_CLOSES = new Set([4401, 1008])

function isReady(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'ready'
}

function isLiveEvent(value: unknown): value is LiveEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { event?: unknown }).event === 'string' &&
    typeof (value as { data?: unknown }).data === 'object' &&
    (value as { data?: unknown }).data !== null
  )
}

export class LiveConnection {
  private readonly options: Required<Omit<LiveConnectionOptions, 'onStatus' | 'onReconnect'>> &
    Pick<LiveConnectionOptions, 'onStatus' | 'onReconnect'>
  private socket: WebSocket | null = null
  private stopped = true
  private attempts = 0
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private pingTimer: ReturnType<typeof setInterval> | null = null
  private everOpened = false
  private refreshedThisStreak = false
  private forceRefresh = false
  /** Between asking for a token and creating the socket. */
  private connecting = false
  /** Bumped by stop(), so a connect() that was waiting for a token from before gives up. */
  private generation = 0
  private status: LiveStatus = 'idle'

  constructor(options: LiveConnectionOptions) {
    this.options = {
      url: defaultLiveUrl,
      WebSocketImpl: options.WebSocketImpl ?? globalThis.WebSocket,
      baseDelayMs: 1000,
      maxDelayMs: 30_000,
      pingIntervalMs: 25_000,
      random: Math.random,
      ...options,
    }
  }

  start(): void {
    if (!this.stopped) return
    this.stopped = false
    window.addEventListener('online', this.onOnline)
    void this.connect()
  }

  stop(): void {
    this.stopped = true
    this.connecting = false
    this.generation += 1
    window.removeEventListener('online', this.onOnline)
    this.clearTimers()
    const socket = this.socket
    this.socket = null
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null
      if (socket.readyState === socket.CONNECTING || socket.readyState === socket.OPEN) socket.close(1000)
    }
    this.setStatus('idle')
  }

  /** A new access token exists (a refresh): if the socket is down, try again with it now. */
  tokenChanged(): void {
    // Ignore the refresh this connection asked for itself (it is connecting with that token).
    if (this.stopped || this.socket || this.connecting) return
    this.attempts = 0
    this.reconnectNow()
  }

  private onOnline = () => {
    if (!this.stopped && !this.socket) this.reconnectNow()
  }

  private reconnectNow() {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    void this.connect()
  }

  private setStatus(status: LiveStatus) {
    if (this.status === status) return
    this.status = status
    this.options.onStatus?.(status)
  }

  private clearTimers() {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    if (this.pingTimer) clearInterval(this.pingTimer)
    this.retryTimer = null
    this.pingTimer = null
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.socket || this.connecting) return
    this.setStatus(this.everOpened || this.attempts > 0 ? 'reconnecting' : 'connecting')
    let token: string | null
    const generation = this.generation
    this.connecting = true
    try {
      token = this.forceRefresh ? await this.options.refresh() : await this.options.getToken()
      this.forceRefresh = false
    } catch (error) {
      if (generation !== this.generation) return
      this.connecting = false
      // A refused refresh ends the session (the app then stops this connection); anything
      // else (server down, offline) is retried later.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
        this.stop()
        return
      }
      this.scheduleReconnect()
      return
    }
    if (generation !== this.generation) return
    this.connecting = false
    if (this.stopped || this.socket) return
    if (!token) {
      this.stop()
      return
    }

    let opened = false
    const socket = new this.options.WebSocketImpl(this.options.url())
    this.socket = socket
    socket.onopen = () => socket.send(JSON.stringify({ type: 'auth', token }))
    // Open means signed in: the server says {"type": "ready"}, or closes with 4401.
    const signedIn = () => {
      opened = true
      const isReconnect = this.everOpened
      this.everOpened = true
      this.attempts = 0
      this.refreshedThisStreak = false
      this.setStatus('open')
      if (this.options.pingIntervalMs > 0) {
        this.pingTimer = setInterval(() => {
          if (socket.readyState === socket.OPEN) socket.send('ping')
        }, this.options.pingIntervalMs)
      }
      if (isReconnect) this.options.onReconnect?.()
    }
    socket.onmessage = (message: MessageEvent) => {
      if (typeof message.data !== 'string') return
      let parsed: unknown
      try {
        parsed = JSON.parse(message.data)
      } catch {
        return
      }
      if (isReady(parsed)) signedIn()
      else if (isLiveEvent(parsed)) this.options.onEvent(parsed)
    }
    socket.onclose = (event: CloseEvent) => {
      if (this.socket !== socket) return
      this.socket = null
      if (this.pingTimer) clearInterval(this.pingTimer)
      this.pingTimer = null
      if (this.stopped) return
      // Refused before opening (or with a policy-violation close): maybe the token. Refresh
      // once per run of failures, then rely on backoff.
      if ((!opened || REFUSED_CLOSES.has(event.code)) && !this.refreshedThisStreak) {
        this.refreshedThisStreak = true
        this.forceRefresh = true
      }
      this.scheduleReconnect()
    }
  }

  private scheduleReconnect() {
    if (this.stopped) return
    this.setStatus('reconnecting')
    const { baseDelayMs, maxDelayMs, random } = this.options
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** this.attempts)
    // "Equal jitter": between half and all of the ceiling, so many tabs do not reconnect in step.
    const delay = ceiling / 2 + random() * (ceiling / 2)
    this.attempts += 1
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      void this.connect()
    }, delay)
  }
}
