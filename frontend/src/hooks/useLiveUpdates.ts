import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { currentAccessToken, refreshSession } from '@/api/client'
import { LiveConnection, useLiveStatus, type LiveConnectionOptions } from '@/api/live'
import { handleLiveEvent } from '@/api/liveCache'
import { queryKeys } from '@/api/queryKeys'
import { useAuthStore, useIsSignedIn } from '@/auth/store'

type Overrides = Partial<Omit<LiveConnectionOptions, 'onEvent' | 'onStatus' | 'onReconnect'>>

/**
 * Keep the live event socket open while someone is signed in, and feed its events into the
 * React Query cache. Mounted once, by the app shell. After a token refresh a socket that is
 * down reconnects at once with the new token; after a drop, job data is refetched (events
 * may have been missed).
 */
export function useLiveUpdates(overrides: Overrides = {}) {
  const queryClient = useQueryClient()
  const signedIn = useIsSignedIn()
  const overridesRef = useRef(overrides)
  overridesRef.current = overrides

  useEffect(() => {
    if (!signedIn) return
    const connection = new LiveConnection({
      getToken: currentAccessToken,
      refresh: refreshSession,
      ...overridesRef.current,
      onEvent: (event) => handleLiveEvent(queryClient, event),
      onStatus: (status) => useLiveStatus.setState({ status }),
      onReconnect: () => {
        void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.all })
        void queryClient.invalidateQueries({ queryKey: queryKeys.syncStatus })
      },
    })
    connection.start()
    const unsubscribe = useAuthStore.subscribe((state, previous) => {
      if (state.accessToken && state.accessToken !== previous.accessToken) connection.tokenChanged()
    })
    return () => {
      unsubscribe()
      connection.stop()
    }
  }, [signedIn, queryClient])
}
