import { api, queryString, uploadFile, type UploadOptions } from './client'
import type { ConnectedAccount, GoogleConsent, ImapAccountCreate, SyncRequest, SyncStarted, SyncStatus } from './types'

export const listAccounts = (signal?: AbortSignal) =>
  api<ConnectedAccount[]>('/api/v1/connected-accounts', { signal })

/** The server logs in first: a refused login is a 400 whose message is the mail server's reason. */
export const addImapAccount = (body: ImapAccountCreate) =>
  api<ConnectedAccount>('/api/v1/connected-accounts/imap', { json: body })

/** Disconnect: syncing stops and credentials are deleted; stored emails stay. */
export const removeAccount = (id: string) =>
  api<void>(`/api/v1/connected-accounts/${encodeURIComponent(id)}`, { method: 'DELETE' })

export const syncAccount = (id: string, body: SyncRequest = { mode: 'incremental' }) =>
  api<SyncStarted>(`/api/v1/connected-accounts/${encodeURIComponent(id)}/sync`, { json: body })

/**
 * Upload an .mbox, .eml or .zip export. Sent as the raw body (named with ?filename=), which
 * the server streams to disk; the first import starts as soon as the upload is accepted.
 */
export const uploadMailbox = (file: File, options: Omit<UploadOptions, 'contentType'> = {}) =>
  uploadFile<ConnectedAccount>(`/api/v1/connected-accounts/upload${queryString({ filename: file.name })}`, file, {
    ...options,
    contentType: 'application/octet-stream',
  })

/** Google's consent URL for connecting Gmail (503 gmail_not_configured when the server has no client). */
export const googleAuthorizeUrl = () => api<GoogleConsent>('/api/v1/auth/google/authorize')

export const getSyncStatus = (userId: string, signal?: AbortSignal) =>
  api<SyncStatus>(`/api/v1/email-sync/status/${encodeURIComponent(userId)}`, { signal })
