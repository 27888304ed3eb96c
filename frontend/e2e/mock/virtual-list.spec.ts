import { expect, test } from '@playwright/test'
import { mockApi, signInBeforeLoad } from './mockApi'

const TOTAL = 50_000

/** Row `i` of a 50,000-row ledger, newest first. */
function row(i: number) {
  const id = `b0000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`
  return {
    id,
    amount: `${(i % 9000) + 10}.${String(i % 100).padStart(2, '0')}`,
    currency: 'INR',
    type: i % 7 ? 'debit' : 'credit',
    occurred_at: new Date(Date.UTC(2026, 10, 30) - i * 600_000).toISOString(),
    description: `Payment ${i + 1}`,
    transactor_id: null,
    transactor_name: `Merchant ${i + 1}`,
    category_id: null,
    category_name: null,
    category_source: 'none',
    account_id: null,
    account_name: null,
    source: 'email',
    email_id: null,
    reference: null,
    balance_after: null,
    notes: '',
    tags: [],
    is_split: false,
    confirmed_at: null,
    statement_original: null,
    created_at: '2026-11-30T00:00:00Z',
    updated_at: '2026-11-30T00:00:00Z',
  }
}

test('50,000 transactions: pages load as the list scrolls, the document holds only the rows near the screen, and scrolling keeps its frames', async ({ page }) => {
  test.setTimeout(300_000)
  await mockApi(page, { ledger: 'populated' })
  // The keyset pages of GET /transactions over 50,000 rows (registered last: it wins).
  await page.route(/\/api\/v1\/transactions(\?.*)?$/, (route) => {
    const url = new URL(route.request().url())
    const limit = Number(url.searchParams.get('limit') ?? 50)
    const start = Number(url.searchParams.get('cursor') ?? 0)
    const end = Math.min(start + limit, TOTAL)
    const items = Array.from({ length: end - start }, (_, k) => row(start + k))
    return route.fulfill({ json: { items, next_cursor: end < TOTAL ? String(end) : null, limit } })
  })
  await signInBeforeLoad(page)
  await page.goto('/transactions')
  const list = page.getByRole('list', { name: 'Transactions' })
  await expect(list.getByRole('listitem').first()).toBeVisible()

  // Scroll to the end again and again: each time near the end, the next page loads by itself.
  const loadStart = Date.now()
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(page.getByText(`${TOTAL} transactions shown`, { exact: true })).toBeAttached({ timeout: 200 })
  }).toPass({ timeout: 240_000, intervals: [50] })
  const loadMs = Date.now() - loadStart
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(list.getByRole('listitem', { name: `Merchant ${TOTAL}` })).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 20_000 })

  // Now scroll from the top to the bottom of all 50,000 in 3 s, frame by frame.
  const figures = await page.evaluate(
    () =>
      new Promise<{ frames: number; p50: number; p95: number; max: number; rowsInDom: number; height: number }>((done) => {
        const height = document.documentElement.scrollHeight - innerHeight
        const deltas: number[] = []
        let first = 0
        let last = 0
        let maxRows = 0
        const step = (now: number) => {
          if (!first) first = last = now
          else deltas.push(now - last)
          last = now
          const t = Math.min(1, (now - first) / 3000)
          window.scrollTo(0, t * height)
          maxRows = Math.max(maxRows, document.querySelectorAll('ul[aria-label="Transactions"] > li').length)
          if (t < 1) requestAnimationFrame(step)
          else {
            const sorted = [...deltas].sort((a, b) => a - b)
            const at = (q: number) => Math.round(sorted[Math.floor(q * (sorted.length - 1))] * 10) / 10
            done({ frames: deltas.length, p50: at(0.5), p95: at(0.95), max: Math.round(sorted[sorted.length - 1]), rowsInDom: maxRows, height })
          }
        }
        requestAnimationFrame(step)
      }),
  )
  console.log(`virtual list, ${TOTAL} rows: all pages loaded by scrolling in ${loadMs} ms; scroll of ${figures.height} px in 3 s: ` +
    `${figures.frames} frames, frame time p50 ${figures.p50} ms, p95 ${figures.p95} ms, max ${figures.max} ms; at most ${figures.rowsInDom} rows in the document`)
  expect(figures.rowsInDom).toBeLessThan(80)
  expect(figures.p95).toBeLessThan(100) // headless on a shared 2-core machine: generous
})
