import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { useAuthStore } from '@/auth/store'

beforeEach(() => {
  localStorage.clear()
  useAuthStore.setState({ accessToken: null, refreshToken: null, accessExpiresAt: null, signedOutReason: null })
})

afterEach(() => {
  cleanup()
})
