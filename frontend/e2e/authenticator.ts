import { createHmac } from 'node:crypto'

/**
 * What an authenticator app shows: RFC 6238 TOTP (HMAC-SHA1, 30 s steps, 6 digits) from a
 * base-32 secret, as FinCoach's Settings page shows it (spaces allowed).
 */
export const STEP_SECONDS = 30

export const currentStep = (now = Date.now()) => Math.floor(now / 1000 / STEP_SECONDS)

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    const index = alphabet.indexOf(char)
    if (index < 0) throw new Error(`not base 32: ${char}`)
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

/** The 6-digit code for time step `step` (RFC 4226's HOTP of the step number). */
export function totpCode(secret: string, step = currentStep()): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest()
  const offset = mac[mac.length - 1] & 0x0f
  return ((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, '0')
}
