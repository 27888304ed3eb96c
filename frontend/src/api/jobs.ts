import { api, queryString } from './client'
import type { Job, Page } from './types'

export interface JobListParams {
  status?: string
  type?: string
  offset?: number
  limit?: number
}

export const listJobs = (params: JobListParams = {}, signal?: AbortSignal) =>
  api<Page<Job>>(`/api/v1/jobs${queryString({ ...params })}`, { signal })

export const getJob = (id: string, signal?: AbortSignal) =>
  api<Job>(`/api/v1/jobs/${encodeURIComponent(id)}`, { signal })

export const cancelJob = (id: string) =>
  api<Job>(`/api/v1/jobs/${encodeURIComponent(id)}/cancel`, { method: 'POST' })

/** A failed or cancelled job runs again as a new job (the answer). */
export const retryJob = (id: string) =>
  api<Job>(`/api/v1/jobs/${encodeURIComponent(id)}/retry`, { method: 'POST' })
