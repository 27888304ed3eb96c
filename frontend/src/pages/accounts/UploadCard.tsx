import { FileArchive, Upload, X } from 'lucide-react'
import { useEffect, useId, useRef, useState, type DragEvent } from 'react'
import { errorMessage, uploadFile } from '@/api/client'
import { useAccountAdded } from '@/api/queries'
import type { ConnectedAccount } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ProgressBar } from '@/components/ProgressBar'
import { cn } from '@/lib/cn'
import { formatBytes } from '@/lib/format'

const ACCEPT = '.mbox,.mbx,.eml,.zip,application/mbox,message/rfc822,application/zip'

type State =
  | { phase: 'idle' }
  | { phase: 'uploading'; loaded: number; total: number }
  | { phase: 'error'; message: string }

/**
 * Upload an .mbox / .eml / .zip export with a real progress bar (XMLHttpRequest upload
 * events). Once every byte is sent the server checks the file is mail before answering.
 */
export function UploadCard({ onUploaded }: { onUploaded: (account: ConnectedAccount) => void }) {
  const inputId = useId()
  const hintId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const abortRef = useRef<AbortController | null>(null)
  const [file, setFile] = useState<File | null>(null)
  const [state, setState] = useState<State>({ phase: 'idle' })
  const [dragging, setDragging] = useState(false)
  const added = useAccountAdded()
  const uploading = state.phase === 'uploading'

  // Leaving the page stops the upload: ask first when leaving the site, and abort on unmount.
  useEffect(() => {
    if (!uploading) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [uploading])
  useEffect(() => () => abortRef.current?.abort(), [])

  const choose = (chosen: File | null | undefined) => {
    if (!chosen || uploading) return
    setFile(chosen)
    setState({ phase: 'idle' })
  }

  const clear = () => {
    setFile(null)
    setState({ phase: 'idle' })
    if (inputRef.current) inputRef.current.value = ''
  }

  const start = async () => {
    if (!file) return
    const controller = new AbortController()
    abortRef.current = controller
    setState({ phase: 'uploading', loaded: 0, total: file.size })
    try {
      // The raw file as the body, named with ?filename=: the server streams it to disk, and the
      // first import starts as soon as the upload is accepted.
      const account = await uploadFile<ConnectedAccount>('/api/v1/connected-accounts/upload', { filename: file.name }, file, {
        contentType: 'application/octet-stream',
        signal: controller.signal,
        onProgress: ({ loaded, total }) => setState({ phase: 'uploading', loaded, total: total || file.size }),
      })
      added(account)
      clear()
      onUploaded(account)
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') setState({ phase: 'idle' })
      else setState({ phase: 'error', message: errorMessage(error) })
    } finally {
      abortRef.current = null
    }
  }

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault()
    setDragging(false)
    choose(event.dataTransfer.files?.[0])
  }

  const percent = uploading && state.total > 0 ? (100 * state.loaded) / state.total : 0
  const sent = uploading && state.total > 0 && state.loaded >= state.total

  return (
    <div className="space-y-4 p-5 sm:p-6">
      {!file ? (
        <label
          htmlFor={inputId}
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={cn(
            'flex cursor-pointer flex-col items-center rounded-lg border-2 border-dashed px-4 py-8 text-center transition-colors focus-within:border-brand-500 focus-within:bg-brand-50/40',
            dragging ? 'border-brand-500 bg-brand-50/60' : 'border-zinc-300 hover:border-zinc-400 hover:bg-zinc-50',
          )}
        >
          <Upload aria-hidden="true" className="size-6 text-zinc-400" />
          <span className="mt-2 text-sm font-medium text-zinc-900">
            Choose a file <span className="font-normal text-zinc-500">or drop it here</span>
          </span>
          <span id={hintId} className="mt-1 text-xs text-zinc-500">
            .mbox (Google Takeout, Thunderbird), .eml, or a .zip of .eml files
          </span>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept={ACCEPT}
            aria-label="Mailbox export file"
            aria-describedby={hintId}
            className="sr-only"
            onChange={(event) => choose(event.target.files?.[0])}
          />
        </label>
      ) : (
        <div className="space-y-4">
          <div className="flex items-center gap-3 rounded-lg bg-zinc-50 px-3 py-2.5 ring-1 ring-zinc-200">
            <FileArchive aria-hidden="true" className="size-5 shrink-0 text-zinc-500" />
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-medium text-zinc-900" title={file.name}>
                {file.name}
              </p>
              <p className="text-xs text-zinc-500">{formatBytes(file.size)}</p>
            </div>
            {!uploading && (
              <button
                type="button"
                onClick={clear}
                className="rounded-md p-1.5 text-zinc-500 hover:bg-zinc-200 hover:text-zinc-900"
                aria-label="Remove the chosen file"
              >
                <X aria-hidden="true" className="size-4" />
              </button>
            )}
          </div>

          {uploading && (
            <div className="space-y-2" aria-live="polite">
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <p className="text-zinc-600">
                  {sent ? (
                    'Checking the file…'
                  ) : (
                    <>
                      <span className="font-medium text-zinc-900 tabular-nums">{formatBytes(state.loaded)}</span> of{' '}
                      {formatBytes(state.total)}
                    </>
                  )}
                </p>
                <p className="font-semibold text-zinc-900 tabular-nums">{Math.floor(percent)}%</p>
              </div>
              <ProgressBar value={percent} label={`Uploading ${file.name}`} />
              {!sent && <p className="text-xs text-zinc-500">Keep this page open until the upload finishes.</p>}
            </div>
          )}

          <div className="flex gap-2">
            {uploading ? (
              <Button variant="secondary" onClick={() => abortRef.current?.abort()} disabled={sent}>
                Cancel upload
              </Button>
            ) : (
              <Button onClick={() => void start()}>
                <Upload aria-hidden="true" className="size-4" />
                Upload and import
              </Button>
            )}
          </div>
        </div>
      )}
      {state.phase === 'error' && <Alert title="The upload did not go through">{state.message}</Alert>}
    </div>
  )
}
