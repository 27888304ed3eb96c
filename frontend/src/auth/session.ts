import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { publicApi } from '@/api/client'
import type { TokenPair } from '@/api/types'
import { useAuthStore } from './store'

export interface FromState {
  from?: { pathname: string; search?: string; hash?: string }
}

/** Where to go after signing in: back to the page that asked, else the dashboard. */
export function useAfterSignInPath(): string {
  const location = useLocation()
  const from = (location.state as FromState | null)?.from
  if (!from || from.pathname === '/login' || from.pathname === '/register') return '/dashboard'
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`
}

/** Store a token pair from login or code verification, then enter the app. */
export function useCompleteSignIn() {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const target = useAfterSignInPath()
  return useCallback(
    (pair: TokenPair) => {
      queryClient.clear()
      useAuthStore.getState().setTokens(pair)
      navigate(target, { replace: true })
    },
    [navigate, queryClient, target],
  )
}

/** Revoke the session's refresh cookie (best effort), forget the session and go to /login. */
export function useSignOut() {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  return useCallback(async () => {
    const { signedIn, clear } = useAuthStore.getState()
    if (signedIn) {
      try {
        await publicApi.POST('/api/auth/logout', { body: {} })
      } catch {
        // The server may be unreachable; the local session still ends.
      }
    }
    clear('signed_out')
    queryClient.clear()
    navigate('/login', { replace: true })
  }, [navigate, queryClient])
}
