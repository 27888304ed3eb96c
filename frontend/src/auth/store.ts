import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { TokenPair } from '@/api/types'

export const AUTH_STORAGE_KEY = 'fincoach.auth'

export interface AuthState {
  accessToken: string | null
  refreshToken: string | null
  /** Epoch milliseconds after which the access token should be treated as expired. */
  accessExpiresAt: number | null
  /** Why the last session ended, for the sign-in screen (not persisted). */
  signedOutReason: 'expired' | 'signed_out' | null
  /** Store a freshly issued (or rotated) token pair. */
  setTokens: (pair: TokenPair) => void
  /** Forget the session (sign out locally). */
  clear: (reason?: 'expired' | 'signed_out') => void
}

export const useAuthStore = create<AuthState>()(
  persist(
    (set) => ({
      accessToken: null,
      refreshToken: null,
      accessExpiresAt: null,
      signedOutReason: null,
      setTokens: (pair) =>
        set({
          accessToken: pair.access_token,
          refreshToken: pair.refresh_token,
          accessExpiresAt: Date.now() + pair.expires_in * 1000,
          signedOutReason: null,
        }),
      clear: (reason = 'signed_out') =>
        set({ accessToken: null, refreshToken: null, accessExpiresAt: null, signedOutReason: reason }),
    }),
    {
      name: AUTH_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ accessToken, refreshToken, accessExpiresAt }) => ({
        accessToken,
        refreshToken,
        accessExpiresAt,
      }),
    },
  ),
)

/** True while a session exists (a refresh token can mint new access tokens). */
export const useIsSignedIn = () => useAuthStore((s) => s.refreshToken !== null)

/**
 * Keep several tabs in step: a token rotation or sign-out in one tab is picked up by
 * the others, so no tab reuses a refresh token another tab already rotated.
 */
export function syncAuthAcrossTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === AUTH_STORAGE_KEY) void useAuthStore.persist.rehydrate()
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
