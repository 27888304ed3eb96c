import { api, ApiError } from './client'
import type { Health, PasswordChange, UserPublic, UserUpdate } from './types'

export const getMe = (signal?: AbortSignal) => api<UserPublic>('/api/v1/users/me', { signal })

export const updateMe = (body: UserUpdate) =>
  api<UserPublic>('/api/v1/users/me', { method: 'PATCH', json: body })

export const changePassword = (body: PasswordChange) =>
  api<void>('/api/v1/users/me/password', { json: body })

function isHealth(value: unknown): value is Health {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'string'
}

/** Server health; a 503 still carries the health body, which is data here, not an error. */
export async function getHealth(signal?: AbortSignal): Promise<Health> {
  try {
    return await api<Health>('/health', { auth: false, signal })
  } catch (error) {
    if (error instanceof ApiError && error.status === 503 && isHealth(error.body)) return error.body
    throw error
  }
}
