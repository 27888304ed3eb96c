#!/usr/bin/env node
/**
 * First contentful paint and time to interactive of the dashboard in headless Chromium, with
 * the Performance API (run by bench/spa_paint.py, which starts the stack and seeds the user).
 *
 *   node scripts/spa-paint.mjs --base-url http://127.0.0.1:8000 --email E --password P [--runs 5]
 *
 * Each run is a fresh browser context (empty cache, like a first visit), signed in the way the
 * web app is: a refresh token (from its own sign-in, as refresh tokens rotate) in the httpOnly
 * cookie and the persisted "signed in" flag.
 * Figures (ms from navigation start):
 * - fcp: the 'first-contentful-paint' entry (PerformanceObserver 'paint');
 * - data: when the dashboard shows the period's figures and its first chart (the Summary group
 *   and a drawn recharts surface are both in the page: a MutationObserver notes the moment);
 * - tti: Lighthouse-style time to interactive, approximated: the end of the last long task
 *   (PerformanceObserver 'longtask', ≥ 50 ms on the main thread) after FCP that is followed by
 *   5 s without one, and never before the data is shown (max of FCP, the data moment and
 *   that long task's end). Lighthouse also waits for the network to be quiet; here the data
 *   moment stands in for that.
 * Prints one JSON object per run, then the medians.
 */
import { chromium } from '@playwright/test'

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, value, i, all) => (value.startsWith('--') ? [...pairs, [value.slice(2), all[i + 1]]] : pairs), []),
)
const baseURL = args['base-url']
const { email, password } = args
const runs = Number(args.runs ?? 5)
const QUIET_MS = 5000
if (!baseURL || !email || !password) {
  console.error('usage: spa-paint.mjs --base-url URL --email E --password P [--runs N]')
  process.exit(2)
}

const observe = () => {
  const marks = { fcp: null, data: null, longTasks: [] }
  window.__paint = marks
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime
  }).observe({ type: 'paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longTasks.push([entry.startTime, entry.startTime + entry.duration])
  }).observe({ type: 'longtask', buffered: true })
  const check = () => {
    if (marks.data !== null) return
    if (document.querySelector('[role="group"][aria-label^="Summary: "]') && document.querySelector('.recharts-surface')) {
      marks.data = performance.now()
    }
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true })
}

async function signIn() {
  const response = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    body: new URLSearchParams({ username: email, password }),
  })
  if (!response.ok) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`)
  return (await response.json()).refresh_token
}

async function once(browser) {
  const refreshToken = await signIn()
  const { hostname } = new URL(baseURL)
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } })
  await context.addCookies([
    { name: 'fincoach_refresh', value: refreshToken, domain: hostname, path: '/api/auth', httpOnly: true, secure: true, sameSite: 'Strict' },
  ])
  await context.addInitScript(() => localStorage.setItem('fincoach.auth', JSON.stringify({ state: { signedIn: true }, version: 2 })))
  await context.addInitScript(observe)
  const page = await context.newPage()
  await page.goto('/dashboard')
  await page.waitForFunction(() => window.__paint.data !== null && window.__paint.fcp !== null, null, { timeout: 60_000 })
  // Wait for a 5 s window without a long task after the data is shown (at most 30 s more).
  const deadline = Date.now() + 30_000
  let result
  for (;;) {
    result = await page.evaluate(() => ({ ...window.__paint, now: performance.now(), nav: performance.getEntriesByType('navigation')[0]?.toJSON() }))
    const lastEnd = Math.max(result.data, ...result.longTasks.map(([, end]) => end))
    if (result.now - lastEnd >= QUIET_MS || Date.now() > deadline) break
    await page.waitForTimeout(500)
  }
  const afterFcp = result.longTasks.filter(([start]) => start >= result.fcp)
  const lastLongTask = afterFcp.length ? Math.max(...afterFcp.map(([, end]) => end)) : result.fcp
  const tti = Math.max(result.fcp, result.data, lastLongTask)
  const jsBytes = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js'))
      .reduce((sum, r) => sum + (r.transferSize || 0), 0),
  )
  await context.close()
  return {
    fcp: Math.round(result.fcp),
    data: Math.round(result.data),
    tti: Math.round(tti),
    domInteractive: Math.round(result.nav?.domInteractive ?? 0),
    longTasks: result.longTasks.length,
    jsTransferred: jsBytes,
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking'],
})
try {
  const results = []
  for (let i = 0; i < runs; i += 1) {
    const r = await once(browser)
    results.push(r)
    console.log(JSON.stringify({ run: i + 1, ...r }))
  }
  console.log(
    JSON.stringify({
      median: true,
      fcp: median(results.map((r) => r.fcp)),
      data: median(results.map((r) => r.data)),
      tti: median(results.map((r) => r.tti)),
      domInteractive: median(results.map((r) => r.domInteractive)),
    }),
  )
} finally {
  await browser.close()
}
