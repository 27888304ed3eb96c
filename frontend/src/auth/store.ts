import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { TokenPair } from '@/api/types'

export const AUTH_STORAGE_KEY = 'fincoach.auth'

/**
 * The session as this tab knows it. The refresh token is never here: the server keeps it in
 * an httpOnly cookie that scripts cannot read, so an XSS cannot carry it away. The access
 * token lives in memory only (a new tab or a reload gets one from the cookie); localStorage
 * holds just whether a session exists, so tabs agree on signing out.
 */
export interface AuthState {
  accessToken: string | null
  /** Epoch milliseconds after which the access token should be treated as expired. */
  accessExpiresAt: number | null
  /** A session exists: the refresh cookie can mint access tokens. */
  signedIn: boolean
  /** Why the last session ended, for the sign-in screen (not persisted). */
  signedOutReason: 'expired' | 'signed_out' | null
  /** Store a freshly issued access token (its refresh token went into the cookie). */
  setTokens: (pair: TokenPair) => void
  /** Forget the session (sign out locally). */
  clear: (reason?: 'expired' | 'signed_out') => void
}

export const useAuthStore = create<AuthState>()(
  persist(
    (set) => ({
      accessToken: null,
      accessExpiresAt: null,
      signedIn: false,
      signedOutReason: null,
      setTokens: (pair) =>
        set({
          accessToken: pair.access_token,
          accessExpiresAt: Date.now() + pair.expires_in * 1000,
          signedIn: true,
          signedOutReason: null,
        }),
      clear: (reason = 'signed_out') =>
        set({ accessToken: null, accessExpiresAt: null, signedIn: false, signedOutReason: reason }),
    }),
    {
      name: AUTH_STORAGE_KEY,
      // Version 1 kept both tokens in localStorage: they are dropped (sign in once more).
      version: 2,
      migrate: () => ({ signedIn: false }),
      storage: createJSONStorage(() => localStorage),
      partialize: ({ signedIn }) => ({ signedIn }),
    },
  ),
)

/** True while a session exists (the refresh cookie can mint new access tokens). */
export const useIsSignedIn = () => useAuthStore((s) => s.signedIn)

/** Keep several tabs in step: signing out in one tab signs out the others. */
export function syncAuthAcrossTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== AUTH_STORAGE_KEY) return
    void Promise.resolve(useAuthStore.persist.rehydrate()).then(() => {
      const { signedIn, accessToken, clear } = useAuthStore.getState()
      if (!signedIn && accessToken) clear('signed_out') // signed out in another tab
    })
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
