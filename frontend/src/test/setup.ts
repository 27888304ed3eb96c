import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { useLiveStatus } from '@/api/live'
import { useAuthStore } from '@/auth/store'
import { useTimeZoneStore } from '@/lib/timezone'
import { FakeWebSocket } from './fakeWebSocket'

// The dashboard pulls in recharts: a cold first render under a parallel run can pass 1 s, and
// on a machine busy with other work (CI runs pytest's servers beside us) several seconds.
configure({ asyncUtilTimeout: 15_000 })

beforeEach(() => {
  // No test talks to a real socket: the app shell's live connection gets this fake.
  FakeWebSocket.reset()
  vi.stubGlobal('WebSocket', FakeWebSocket)
  useLiveStatus.setState({ status: 'idle' })
  localStorage.clear()
  useAuthStore.setState({ accessToken: null, accessExpiresAt: null, signedIn: false, signedOutReason: null })
  // Dates render in the signed-in user's zone; the fixtures' user is on UTC.
  useTimeZoneStore.setState({ zone: 'UTC', epoch: 0 })
})

afterEach(() => {
  cleanup()
})
