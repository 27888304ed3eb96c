import { expect, type APIRequestContext } from '@playwright/test'

/** A signed-up person's API, for a test to add the data its screens show. */
export function ledgerApi(request: APIRequestContext, accessToken: string) {
  const headers = { Authorization: `Bearer ${accessToken}` }
  const call = async <T>(method: 'get' | 'post' | 'patch' | 'put', path: string, data?: unknown): Promise<T> => {
    const res = await request[method](`/api/v1${path}`, { headers, data })
    expect(res.ok(), `${method.toUpperCase()} ${path}: ${res.status()} ${await res.text()}`).toBe(true)
    return (await res.json()) as T
  }
  return {
    get: <T>(path: string) => call<T>('get', path),
    post: <T>(path: string, data: unknown) => call<T>('post', path, data),
    put: <T>(path: string, data: unknown) => call<T>('put', path, data),
    /** Name (children as "Parent/Child") → id of the person's categories. */
    async categories(): Promise<Record<string, string>> {
      const items = await call<{ id: string; name: string; parent_id: string | null }[]>('get', '/categories')
      const names = Object.fromEntries(items.map((c) => [c.id, c.name]))
      return Object.fromEntries(items.map((c) => [c.parent_id ? `${names[c.parent_id]}/${c.name}` : c.name, c.id]))
    },
    addAccount: (name: string, extra: Record<string, unknown> = {}) =>
      call<{ id: string; name: string }>('post', '/accounts', { name, kind: 'card', ...extra }),
    addTransaction: (fields: Record<string, unknown>) =>
      call<{ id: string }>('post', '/transactions', {
        amount: '100.00',
        type: 'debit',
        occurred_at: new Date().toISOString(),
        ...fields,
      }),
  }
}

/** Today and `days` ago as YYYY-MM-DD (UTC: the person's zone is UTC in these tests). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
}
