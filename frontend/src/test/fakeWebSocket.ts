/**
 * A stand-in for the browser's WebSocket: it never touches the network. Tests drive it:
 * `open()`, `receive(json)`, `serverClose(code)`, `refuse()` (a failed handshake).
 */
export class FakeWebSocket {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  readonly CONNECTING = 0
  readonly OPEN = 1
  readonly CLOSING = 2
  readonly CLOSED = 3

  /** Every socket created since the last reset, oldest first. */
  static instances: FakeWebSocket[] = []
  static reset() {
    FakeWebSocket.instances = []
  }
  static latest(): FakeWebSocket {
    const socket = FakeWebSocket.instances[FakeWebSocket.instances.length - 1]
    if (!socket) throw new Error('No WebSocket was created')
    return socket
  }

  readonly url: string
  readyState = 0
  sent: string[] = []
  closedByClient: number | undefined
  onopen: ((event: Event) => void) | null = null
  onmessage: ((event: MessageEvent) => void) | null = null
  onclose: ((event: CloseEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null

  constructor(url: string | URL) {
    this.url = String(url)
    FakeWebSocket.instances.push(this)
  }

  /** The access token its first message signed in with (null before it opened). */
  get token(): string | null {
    const first = this.sent[0] ? (JSON.parse(this.sent[0]) as { type?: string; token?: string }) : null
    return first?.type === 'auth' ? (first.token ?? null) : null
  }

  send(data: string) {
    if (this.readyState !== 1) throw new Error('send() on a socket that is not open')
    this.sent.push(data)
  }

  close(code = 1000) {
    this.closedByClient = code
    this.readyState = 3
  }

  /** The server accepts the socket and its sign-in message ({"type": "ready"}). */
  open() {
    this.connect()
    this.receive({ type: 'ready' })
  }

  /** The handshake alone: the client sends its sign-in message. */
  connect() {
    this.readyState = 1
    this.onopen?.(new Event('open'))
  }

  receive(payload: unknown) {
    const data = typeof payload === 'string' ? payload : JSON.stringify(payload)
    this.onmessage?.(new MessageEvent('message', { data }))
  }

  serverClose(code = 1006, reason = '') {
    this.readyState = 3
    this.onclose?.(new CloseEvent('close', { code, reason, wasClean: code === 1000 }))
  }

  /** The server refused the token of the sign-in message: it opens, then closes with 4401. */
  refuse() {
    this.connect()
    this.serverClose(4401, 'Token has expired')
  }
}
