#!/usr/bin/env node
/**
 * A development SMTP sink that serves the last one-time code per recipient over HTTP,
 * for running e2e/auth.spec.ts by hand (the backend test harness brings its own).
 *
 *   node e2e/otp-sink.mjs            SMTP on 127.0.0.1:2525, HTTP on 127.0.0.1:8025
 *   SMTP_PORT=... HTTP_PORT=...      other ports
 *
 * Point the backend at it with SMTP_HOST=127.0.0.1 SMTP_PORT=2525, and the spec with
 * OTP_SINK_URL=http://127.0.0.1:8025.  GET /otp?email=a@b.c → {"code":"123456"} or 404.
 * Plain SMTP only (no STARTTLS or AUTH): loopback use for tests.
 */
import { createServer as createHttpServer } from 'node:http'
import { createServer as createTcpServer } from 'node:net'

const host = '127.0.0.1'
const smtpPort = Number(process.env.SMTP_PORT ?? 2525)
const httpPort = Number(process.env.HTTP_PORT ?? 8025)
/** recipient (lower case) → list of { code, receivedAt } */
const codes = new Map()

function decodeBody(raw) {
  const [headers, ...rest] = raw.split(/\r?\n\r?\n/)
  let body = rest.join('\n\n')
  if (/content-transfer-encoding:\s*base64/i.test(headers)) {
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  } else if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    body = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
  }
  return body
}

const smtp = createTcpServer((socket) => {
  socket.setEncoding('utf8')
  let buffer = ''
  let inData = false
  let rcpts = []
  const reply = (line) => socket.write(`${line}\r\n`)
  reply('220 otp-sink ready')
  socket.on('data', (chunk) => {
    buffer += chunk
    for (;;) {
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n')
        if (end === -1) return
        const message = buffer.slice(0, end).replace(/^\.\./gm, '.')
        buffer = buffer.slice(end + 5)
        inData = false
        const match = decodeBody(message).match(/\b(\d{6})\b/)
        for (const rcpt of rcpts) {
          if (!match) continue
          const list = codes.get(rcpt) ?? []
          list.push({ code: match[1], receivedAt: new Date().toISOString() })
          codes.set(rcpt, list)
          console.log(`otp-sink: code for ${rcpt}`)
        }
        rcpts = []
        reply('250 OK')
        continue
      }
      const newline = buffer.indexOf('\r\n')
      if (newline === -1) return
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + 2)
      const verb = line.slice(0, 4).toUpperCase()
      if (verb === 'EHLO') socket.write('250-otp-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n')
      else if (verb === 'HELO') reply('250 otp-sink')
      else if (verb === 'MAIL') {
        rcpts = []
        reply('250 OK')
      } else if (verb === 'RCPT') {
        const address = /<([^>]*)>/.exec(line)?.[1] ?? line.slice(8).trim()
        rcpts.push(address.toLowerCase())
        reply('250 OK')
      } else if (verb === 'DATA') {
        inData = true
        reply('354 End data with <CR><LF>.<CR><LF>')
      } else if (verb === 'RSET') {
        rcpts = []
        reply('250 OK')
      } else if (verb === 'NOOP') reply('250 OK')
      else if (verb === 'QUIT') {
        reply('221 Bye')
        socket.end()
        return
      } else reply('502 Command not implemented')
    }
  })
  socket.on('error', () => socket.destroy())
})

const http = createHttpServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`)
  const send = (status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  if (url.pathname === '/otp') {
    const email = (url.searchParams.get('email') ?? '').toLowerCase()
    const list = codes.get(email)
    if (!list?.length) return send(404, { error: `no code for ${email} yet` })
    const latest = list[list.length - 1]
    return send(200, { code: latest.code, received_at: latest.receivedAt, count: list.length })
  }
  if (url.pathname === '/health') return send(200, { status: 'ok' })
  send(404, { error: 'not found' })
})

smtp.listen(smtpPort, host, () => console.log(`otp-sink: SMTP on ${host}:${smtpPort}`))
http.listen(httpPort, host, () => console.log(`otp-sink: HTTP on http://${host}:${httpPort}`))
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    smtp.close()
    http.close()
    process.exit(0)
  })
}
