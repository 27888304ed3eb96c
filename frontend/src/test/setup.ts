import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { useLiveStatus } from '@/api/live'
import { useAuthStore } from '@/auth/store'
import { FakeWebSocket } from './fakeWebSocket'

beforeEach(() => {
  // No test talks to a real socket: the app shell's live connection gets this fake.
  FakeWebSocket.reset()
  vi.stubGlobal('WebSocket', FakeWebSocket)
  useLiveStatus.setState({ status: 'idle' })
  localStorage.clear()
  useAuthStore.setState({ accessToken: null, refreshToken: null, accessExpiresAt: null, signedOutReason: null })
})

afterEach(() => {
  cleanup()
})
