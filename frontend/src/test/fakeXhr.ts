/**
 * A stand-in for XMLHttpRequest (uploads): records what was sent, and lets a test play
 * upload progress and then the server's answer.
 */
export class FakeXhr {
  static instances: FakeXhr[] = []
  static latest(): FakeXhr {
    const xhr = FakeXhr.instances[FakeXhr.instances.length - 1]
    if (!xhr) throw new Error('No XMLHttpRequest was made')
    return xhr
  }

  method = ''
  url = ''
  headers: Record<string, string> = {}
  body: unknown = null
  status = 0
  responseText = ''
  aborted = false
  private responseHeaders: Record<string, string> = {}
  upload: {
    onprogress: ((event: ProgressEvent) => void) | null
    onload: ((event: ProgressEvent) => void) | null
  } = { onprogress: null, onload: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null

  constructor() {
    FakeXhr.instances.push(this)
  }

  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name.toLowerCase()] ?? null
  }
  send(body: unknown) {
    this.body = body
  }
  abort() {
    this.aborted = true
    this.onabort?.()
  }

  /** The browser reports `loaded` of `total` bytes sent. */
  progress(loaded: number, total: number) {
    this.upload.onprogress?.(new ProgressEvent('progress', { loaded, total, lengthComputable: true }))
  }
  /** Every byte sent; the server has not answered yet. */
  sent() {
    this.upload.onload?.(new ProgressEvent('load'))
  }
  respond(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status
    this.responseText = body === undefined ? '' : JSON.stringify(body)
    this.responseHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
    this.onload?.()
  }
  networkError() {
    this.onerror?.()
  }
}
