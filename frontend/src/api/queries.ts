import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useIsSignedIn } from '@/auth/store'
import type { UserPublic, UserUpdate } from './types'
import { changePassword, getHealth, getMe, updateMe } from './users'

export const queryKeys = {
  me: ['users', 'me'] as const,
  health: ['health'] as const,
}

export function useMe() {
  const signedIn = useIsSignedIn()
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => getMe(signal),
    enabled: signedIn,
    staleTime: 5 * 60_000,
  })
}

export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UserUpdate) => updateMe(body),
    onSuccess: (user: UserPublic) => queryClient.setQueryData(queryKeys.me, user),
  })
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword })
}

export function useHealth() {
  return useQuery({
    queryKey: queryKeys.health,
    queryFn: ({ signal }) => getHealth(signal),
    refetchInterval: 60_000,
    retry: false,
  })
}
