/**
 * Read the one-time code the backend emailed to `email`, from the test SMTP sink:
 * GET `${OTP_SINK_URL}/otp?email=...` → {"code": "123456"}.
 * Polls until a code is there (the email is sent by a background worker), and with
 * `after` set, until the code differs from that one (a freshly requested code).
 */
export async function getOtp(
  email: string,
  { timeoutMs = 20_000, intervalMs = 250, after }: { timeoutMs?: number; intervalMs?: number; after?: string } = {},
): Promise<string> {
  const sink = process.env.OTP_SINK_URL
  if (!sink) throw new Error('OTP_SINK_URL is not set: point it at the test SMTP sink (e.g. http://127.0.0.1:8025).')
  const url = `${sink.replace(/\/+$/, '')}/otp?email=${encodeURIComponent(email)}`
  const deadline = Date.now() + timeoutMs
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.ok) {
        const body = (await res.json()) as { code?: unknown }
        const code = typeof body.code === 'string' ? body.code : typeof body.code === 'number' ? String(body.code) : null
        if (code && /^\d{6}$/.test(code) && code !== after) return code
        lastProblem = code === after ? 'only the previous code so far' : `unexpected body ${JSON.stringify(body)}`
      } else {
        lastProblem = `HTTP ${res.status}`
      }
    } catch (error) {
      lastProblem = String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`No one-time code for ${email} from ${url} within ${timeoutMs} ms (${lastProblem}).`)
}
