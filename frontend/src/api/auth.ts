import { api } from './client'
import type { MessageResponse, RegisterRequest, TokenPair } from './types'

export const register = (body: RegisterRequest) =>
  api<MessageResponse>('/api/auth/register', { json: body, auth: false })

export const verifyOtp = (email: string, code: string) =>
  api<TokenPair>('/api/auth/verify-otp', { json: { email, code }, auth: false })

/** Send a fresh verification code to an account that is not verified yet. */
export const resendOtp = (email: string) =>
  api<MessageResponse>('/api/auth/resend-otp', { json: { email }, auth: false })

/** Email a one-time sign-in code to a verified account. */
export const requestLoginCode = (email: string) =>
  api<MessageResponse>('/api/auth/login-code', { json: { email }, auth: false })

/** Password sign-in; the API takes the OAuth2 password form (username = email). */
export const loginWithPassword = (email: string, password: string) =>
  api<TokenPair>('/api/auth/login', { form: { username: email, password }, auth: false })

export const logout = (refreshToken: string) =>
  api<void>('/api/auth/logout', { json: { refresh_token: refreshToken }, auth: false })
