import { useState, type ChangeEvent } from 'react'
import { api, asMultipart, errorMessage, unwrap } from '@/api/client'
import { useLedgerChanged } from '@/api/ledgerQueries'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { saveBlob } from '@/lib/download'

/** Settings → Backup: download the whole ledger as one file; restore one into an empty ledger. */
export function BackupCard() {
  const changed = useLedgerChanged()
  const [busy, setBusy] = useState<'download' | 'restore' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [restored, setRestored] = useState<number | null>(null)

  async function download() {
    setBusy('download')
    setError(null)
    try {
      const file = await unwrap(api.GET('/api/v1/backup', { parseAs: 'blob' }))
      saveBlob(file as Blob, `fincoach-backup-${new Date().toISOString().slice(0, 10)}.zip`)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  async function restore(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setBusy('restore')
    setError(null)
    setRestored(null)
    try {
      const answer = await unwrap(
        api.POST('/api/v1/backup', { body: { file }, ...asMultipart }),
      )
      setRestored(answer.tables.transactions ?? 0)
      changed()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Card>
      <CardHeader
        id="backup-heading"
        title="Backup"
        description="Your whole ledger in one file: accounts, transactions with their emails, categories, rules, budgets, goals and statements. Mailbox passwords are not included: after a restore, reconnect your mailboxes."
      />
      <div className="space-y-4 p-5 sm:p-6">
        {error && <Alert>{error}</Alert>}
        {restored !== null && <Alert tone="success">Restored your ledger ({restored} transactions).</Alert>}
        <div className="flex flex-wrap gap-3">
          <Button onClick={download} loading={busy === 'download'} disabled={busy !== null}>
            Download backup
          </Button>
          <label className="inline-flex cursor-pointer items-center rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-50">
            {busy === 'restore' ? 'Restoring…' : 'Restore from a backup'}
            <input
              type="file"
              accept=".zip,application/zip"
              className="sr-only"
              aria-label="Restore from a backup"
              disabled={busy !== null}
              onChange={restore}
            />
          </label>
        </div>
        <p className="text-sm text-zinc-500">A backup restores only into an empty ledger.</p>
      </div>
    </Card>
  )
}
