import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Download, Trash2, Upload } from 'lucide-react'
import { useRef, useState } from 'react'
import { api, asMultipart, errorMessage, unwrap } from '@/api/client'
import type { components } from '@/api/schema'
import { saveBlob } from '@/lib/download'

type Attachment = components['schemas']['AttachmentPublic']

const attachmentsKey = (transactionId: string) => ['transactions', transactionId, 'attachments'] as const

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** A transaction's files (its email's attachments and the user's uploads): list, download, upload, remove. */
export function TransactionAttachments({ transactionId }: { transactionId: string }) {
  const queryClient = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const [downloadError, setDownloadError] = useState<string | null>(null)
  const path = { transaction_id: transactionId }
  const list = useQuery({
    queryKey: attachmentsKey(transactionId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/transactions/{transaction_id}/attachments', { params: { path }, signal })),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: attachmentsKey(transactionId) })
  const upload = useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.POST('/api/v1/transactions/{transaction_id}/attachments', {
          params: { path },
          body: { file },
          ...asMultipart,
        }),
      ),
    onSuccess: refresh,
  })
  const remove = useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(
        api.DELETE('/api/v1/transactions/{transaction_id}/attachments/{attachment_id}', {
          params: { path: { ...path, attachment_id: attachmentId } },
        }),
      ),
    onSuccess: refresh,
  })

  async function download(attachment: Attachment) {
    setDownloadError(null)
    try {
      const file = api.GET('/api/v1/transactions/{transaction_id}/attachments/{attachment_id}', {
        params: { path: { ...path, attachment_id: attachment.id } },
        parseAs: 'blob',
      })
      saveBlob((await unwrap(file)) as Blob, attachment.filename)
    } catch (error) {
      setDownloadError(errorMessage(error))
    }
  }

  const error = list.error ?? upload.error ?? remove.error
  return (
    <section aria-label="Attachments" className="col-span-full rounded-md bg-zinc-50 px-3 py-2 text-sm">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Attachments</h3>
        <button
          type="button"
          className="inline-flex items-center gap-1 text-xs font-medium text-brand-700 hover:underline disabled:opacity-50"
          disabled={upload.isPending}
          onClick={() => input.current?.click()}
        >
          <Upload className="size-3.5" aria-hidden /> {upload.isPending ? 'Uploading…' : 'Attach a file'}
        </button>
        <input
          ref={input}
          type="file"
          aria-label="Attach a file"
          accept="application/pdf,image/png,image/jpeg,image/gif,image/webp"
          className="hidden"
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) upload.mutate(file)
            e.target.value = ''
          }}
        />
      </div>
      {list.data && list.data.length === 0 && <p className="mt-1 text-xs text-zinc-500">No files yet.</p>}
      <ul className="mt-1 space-y-1">
        {list.data?.map((a) => (
          <li key={a.id} className="flex items-center gap-2">
            <button
              type="button"
              className="inline-flex min-w-0 items-center gap-1 text-zinc-800 hover:underline"
              onClick={() => download(a)}
              title="Download"
            >
              <Download className="size-3.5 shrink-0" aria-hidden />
              <span className="truncate">{a.filename}</span>
            </button>
            <span className="shrink-0 text-xs text-zinc-500">
              {formatSize(a.size)}
              {a.origin === 'email' ? ' · from the email' : ''}
            </span>
            {a.text_error && <span className="truncate text-xs text-amber-700">{a.text_error}</span>}
            {a.origin === 'upload' && (
              <button
                type="button"
                aria-label={`Remove ${a.filename}`}
                className="ml-auto text-zinc-400 hover:text-red-700"
                disabled={remove.isPending}
                onClick={() => remove.mutate(a.id)}
              >
                <Trash2 className="size-3.5" aria-hidden />
              </button>
            )}
          </li>
        ))}
      </ul>
      {(error || downloadError) && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {downloadError ?? errorMessage(error)}
        </p>
      )}
    </section>
  )
}
