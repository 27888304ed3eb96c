import { api, apiBlob, queryString } from './client'
import type { EmailDetail, EmailSummary, Page } from './types'

export interface EmailListParams {
  q?: string
  status?: 'stored' | 'failed' | ''
  account_id?: string
  sender?: string
  offset?: number
  limit?: number
}

export const listEmails = (params: EmailListParams = {}, signal?: AbortSignal) =>
  api<Page<EmailSummary>>(`/api/v1/emails${queryString({ ...params })}`, { signal })

export const getEmail = (id: string, signal?: AbortSignal) =>
  api<EmailDetail>(`/api/v1/emails/${encodeURIComponent(id)}`, { signal })

/** The original message (the download needs the Authorization header, so it is not a plain link). */
export const downloadRawEmail = (id: string) => apiBlob(`/api/v1/emails/${encodeURIComponent(id)}/raw`)

/** Save a Blob as a file through a temporary link. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
