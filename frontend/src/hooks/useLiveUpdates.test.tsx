import { QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLiveStatus } from '@/api/live'
import { queryKeys } from '@/api/queryKeys'
import type { Job, JobPage } from '@/api/types'
import { useAuthStore } from '@/auth/store'
import { FakeWebSocket } from '@/test/fakeWebSocket'
import { makeJob } from '@/test/fixtures'
import { createTestQueryClient, json, mockFetch, signIn, tokenPair } from '@/test/utils'
import { useLiveUpdates } from './useLiveUpdates'

/** Let pending promises (token lookups) settle, and move fake time on by `ms`. */
const tick = (ms = 0) => act(() => vi.advanceTimersByTimeAsync(ms))

function setup(overrides: Parameters<typeof useLiveUpdates>[0] = {}) {
  const queryClient = createTestQueryClient()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  const hook = renderHook(() => useLiveUpdates({ baseDelayMs: 1000, maxDelayMs: 8000, random: () => 1, ...overrides }), {
    wrapper,
  })
  return { queryClient, ...hook }
}

const progress = (job: Job, processed: number, extra: Record<string, unknown> = {}) => ({
  event: 'job.progress',
  data: {
    job_id: job.id,
    type: job.type,
    total: 300,
    processed,
    parsed: processed - 2,
    failed: 2,
    progress: Math.round((1000 * processed) / 300) / 10,
    ...extra,
  },
})

describe('useLiveUpdates', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('signs in with the access token as its first message and moves job progress in the cache', async () => {
    signIn(1)
    const { queryClient } = setup()
    const job = makeJob({ status: 'pending', total: 0, processed: 0 })
    const other = makeJob({ status: 'completed' })
    const listKey = queryKeys.jobs.list({ status: 'processing', limit: 50 })
    queryClient.setQueryData<JobPage>(listKey, { items: [job, other], total: 2, offset: 0, limit: 50 })
    queryClient.setQueryData(queryKeys.jobs.detail(job.id), job)
    await tick()

    const socket = FakeWebSocket.latest()
    expect(socket.url).toBe('ws://localhost:3000/api/v1/ws') // no token in a URL proxies log
    expect(useLiveStatus.getState().status).toBe('connecting')
    act(() => socket.open())
    expect(useLiveStatus.getState().status).toBe('open')
    expect(socket.sent.map((m) => JSON.parse(m))[0]).toEqual({ type: 'auth', token: 'access-1' })

    act(() => socket.receive(progress(job, 150)))
    const inList = queryClient.getQueryData<JobPage>(listKey)!.items[0]
    expect(inList).toMatchObject({ status: 'processing', total: 300, processed: 150, parsed: 148, failed: 2, progress: 50 })
    expect(queryClient.getQueryData<JobPage>(listKey)!.items[1]).toBe(other)
    expect(queryClient.getQueryData<Job>(queryKeys.jobs.detail(job.id))).toMatchObject({ processed: 150, progress: 50 })
    // A job the cache already shows does not make the lists refetch.
    expect(queryClient.getQueryState(listKey)!.isInvalidated).toBe(false)

    act(() =>
      socket.receive({
        event: 'job.completed',
        data: { ...progress(job, 300).data, progress: 100, summary: { new: 298, duplicate: 0 } },
      }),
    )
    expect(queryClient.getQueryData<Job>(queryKeys.jobs.detail(job.id))).toMatchObject({
      status: 'completed',
      processed: 300,
      progress: 100,
      result: { new: 298, duplicate: 0 },
    })
    // A finished job refreshes the lists (it moves from "running" to history).
    expect(queryClient.getQueryState(listKey)!.isInvalidated).toBe(true)

    // Garbage and unknown events are ignored.
    act(() => socket.receive('not json'))
    act(() => socket.receive({ event: 'budget.alert', data: { category: 'Food' } }))
  })

  it('an event for a job the cache does not know yet makes the job lists refetch', async () => {
    signIn(1)
    const { queryClient } = setup()
    const listKey = queryKeys.jobs.list({})
    queryClient.setQueryData<JobPage>(listKey, { items: [], total: 0, offset: 0, limit: 50 })
    await tick()
    act(() => FakeWebSocket.latest().open())
    act(() => FakeWebSocket.latest().receive(progress(makeJob(), 10)))
    expect(queryClient.getQueryState(listKey)!.isInvalidated).toBe(true)
  })

  it('reconnects with backoff after the socket drops, and refetches jobs once back', async () => {
    signIn(1)
    const { queryClient } = setup()
    const listKey = queryKeys.jobs.list({})
    queryClient.setQueryData<JobPage>(listKey, { items: [], total: 0, offset: 0, limit: 50 })
    await tick()
    const first = FakeWebSocket.latest()
    act(() => first.open())

    act(() => first.serverClose(1006))
    expect(useLiveStatus.getState().status).toBe('reconnecting')
    await tick(999)
    expect(FakeWebSocket.instances).toHaveLength(1)
    await tick(1)
    expect(FakeWebSocket.instances).toHaveLength(2)
    const second = FakeWebSocket.latest()
    expect(queryClient.getQueryState(listKey)!.isInvalidated).toBe(false)

    act(() => second.open())
    expect(second.token).toBe('access-1')
    expect(useLiveStatus.getState().status).toBe('open')
    // Events may have been missed while it was down.
    expect(queryClient.getQueryState(listKey)!.isInvalidated).toBe(true)

    // Having opened again, the next drop starts the backoff from the beginning.
    act(() => second.serverClose(1001))
    await tick(1000)
    expect(FakeWebSocket.instances).toHaveLength(3)
  })

  it('after a refused handshake it refreshes the session once and retries with the new token, backing off', async () => {
    signIn(1)
    const { callsTo } = mockFetch({ 'POST /api/auth/refresh': () => json(200, tokenPair(2)) })
    setup()
    await tick()
    act(() => FakeWebSocket.latest().refuse())
    await tick(1000)
    expect(callsTo('POST /api/auth/refresh')).toHaveLength(1)
    expect(FakeWebSocket.instances).toHaveLength(2)

    // Refused again: no second refresh in the same run of failures; the wait doubles.
    act(() => FakeWebSocket.latest().refuse())
    expect(FakeWebSocket.latest().token).toBe('access-2')
    await tick(1999)
    expect(FakeWebSocket.instances).toHaveLength(2)
    await tick(1)
    expect(FakeWebSocket.instances).toHaveLength(3)
    expect(callsTo('POST /api/auth/refresh')).toHaveLength(1)

    act(() => FakeWebSocket.latest().refuse())
    expect(FakeWebSocket.latest().token).toBe('access-2')
    await tick(3999)
    expect(FakeWebSocket.instances).toHaveLength(3)
    await tick(1)
    expect(FakeWebSocket.instances).toHaveLength(4)
  })

  it('while waiting to reconnect, a refreshed token (from any request) reconnects at once with it', async () => {
    signIn(1)
    setup()
    await tick()
    act(() => FakeWebSocket.latest().open())
    act(() => FakeWebSocket.latest().serverClose(1006))
    expect(FakeWebSocket.instances).toHaveLength(1)

    act(() => useAuthStore.getState().setTokens(tokenPair(7)))
    await tick()
    expect(FakeWebSocket.instances).toHaveLength(2)
    act(() => FakeWebSocket.latest().open())
    expect(FakeWebSocket.latest().token).toBe('access-7')
  })

  it('an open socket sends keep-alives, and signing out closes it for good', async () => {
    signIn(1)
    setup({ pingIntervalMs: 25_000 })
    await tick()
    const socket = FakeWebSocket.latest()
    act(() => socket.open())
    await tick(25_000)
    expect(socket.sent.slice(1)).toEqual(['ping']) // after the sign-in message

    act(() => useAuthStore.getState().clear('signed_out'))
    expect(socket.closedByClient).toBe(1000)
    expect(useLiveStatus.getState().status).toBe('idle')
    await tick(60_000)
    expect(FakeWebSocket.instances).toHaveLength(1)
  })

  it('does not connect while signed out', async () => {
    setup()
    await tick(5000)
    expect(FakeWebSocket.instances).toHaveLength(0)
  })
})
