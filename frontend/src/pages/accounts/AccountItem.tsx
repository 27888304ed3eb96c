import { FileArchive, Landmark, LogIn, Mail, RefreshCw, Server, Unplug } from 'lucide-react'
import { useState } from 'react'
import { Link } from 'react-router'
import { errorMessage } from '@/api/client'
import { plaidLinkToken, useRemoveAccount, useSyncAccount } from '@/api/queries'
import type { ConnectedAccount, Job } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { JobProgress } from '@/components/JobCard'
import { formatBytes, formatDateTime, formatRelative, providerLabel } from '@/lib/format'
import { openPlaidLink } from '@/lib/plaidLink'
import { PlaidTransactions } from './PlaidTransactions'

const ICONS = { gmail: Mail, imap: Server, mbox: FileArchive, plaid: Landmark } as const

function describe(account: ConnectedAccount): string | null {
  const s = account.settings as Record<string, unknown>
  if (account.provider === 'imap' && s.host) {
    return `${String(s.host)}:${String(s.port ?? 993)} · ${String(s.folder ?? 'INBOX')}`
  }
  if (account.provider === 'mbox') {
    const size = typeof s.size === 'number' ? formatBytes(s.size) : null
    return [providerLabel('mbox'), size].filter(Boolean).join(' · ')
  }
  if (account.provider === 'plaid') {
    const linked = Array.isArray(s.accounts) ? (s.accounts as { mask?: string }[]) : []
    const masks = linked.map((a) => a.mask).filter(Boolean).map((mask) => `••${mask}`)
    return ['Bank (Plaid)', masks.join(', ')].filter(Boolean).join(' · ')
  }
  return account.provider === 'gmail' ? 'Gmail, read-only access' : null
}

/** One connected mailbox: status, last sync, the running sync's progress, Sync now and Disconnect. */
export function AccountItem({ account, activeJob, onRemoved }: {
  account: ConnectedAccount
  activeJob?: Job
  onRemoved?: (account: ConnectedAccount) => void
}) {
  const [confirming, setConfirming] = useState(false)
  const [syncNote, setSyncNote] = useState<string | null>(null)
  const sync = useSyncAccount()
  const remove = useRemoveAccount()
  const Icon = ICONS[account.provider as keyof typeof ICONS] ?? Mail
  const name = account.display_name || account.address
  const upload = account.provider === 'mbox'
  const bank = account.provider === 'plaid'
  const details = describe(account)
  const [relinkError, setRelinkError] = useState<string | null>(null)

  /** Plaid Link's update mode: the person signs in to their bank again, then it syncs. */
  const signInAgain = async () => {
    setRelinkError(null)
    try {
      const done = await openPlaidLink(await plaidLinkToken(account.id))
      if (done) syncNow()
    } catch (err) {
      setRelinkError(errorMessage(err))
    }
  }

  const syncNow = () => {
    setSyncNote(null)
    sync.mutate(
      { id: account.id },
      {
        onSuccess: (started) =>
          setSyncNote(
            started.queued === false
              ? `A sync of this ${bank ? 'bank' : 'mailbox'} is already running.`
              : 'Sync started.',
          ),
      },
    )
  }

  const status =
    account.status === 'error' ? (
      <Badge tone="red">Needs attention</Badge>
    ) : activeJob ? (
      <Badge tone="blue" pulse>
        {activeJob.status === 'pending' ? 'Sync queued' : upload ? 'Importing' : 'Syncing'}
      </Badge>
    ) : account.status === 'active' ? (
      <Badge tone="green">Connected</Badge>
    ) : (
      <Badge>{account.status}</Badge>
    )

  return (
    <li className="space-y-4 p-4 sm:p-5" aria-label={name}>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 gap-3">
          <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-zinc-100 text-zinc-600">
            <Icon aria-hidden="true" className="size-5" />
          </span>
          <div className="min-w-0 space-y-0.5">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="truncate text-sm font-semibold text-zinc-900" title={name}>
                {name}
              </h3>
              {status}
            </div>
            {name !== account.address && <p className="truncate text-sm text-zinc-600">{account.address}</p>}
            <p className="text-xs text-zinc-500">
              {details && <>{details} · </>}
              {account.last_synced_at ? (
                <time dateTime={account.last_synced_at} title={formatDateTime(account.last_synced_at)}>
                  {upload ? 'Imported' : 'Synced'} {formatRelative(account.last_synced_at)}
                </time>
              ) : (
                'Not synced yet'
              )}
            </p>
          </div>
        </div>
        <div className="flex shrink-0 gap-2">
          {bank && account.status === 'error' && (
            <Button variant="secondary" onClick={() => void signInAgain()} aria-label={`Sign in again to ${name}`}>
              <LogIn aria-hidden="true" className="size-4" />
              Sign in again
            </Button>
          )}
          {!upload && (
            <Button variant="secondary" onClick={syncNow} loading={sync.isPending} aria-label={`Sync ${name} now`}>
              <RefreshCw aria-hidden="true" className="size-4" />
              Sync now
            </Button>
          )}
          <Button
            variant="secondary"
            onClick={() => {
              remove.reset()
              setConfirming(true)
            }}
            aria-label={`Disconnect ${name}`}
            className="text-red-700"
          >
            <Unplug aria-hidden="true" className="size-4" />
            {upload ? 'Remove' : 'Disconnect'}
          </Button>
        </div>
      </div>

      {account.last_error && account.status === 'error' && (
        <Alert title="The last sync failed">{account.last_error}</Alert>
      )}
      {relinkError && <Alert>{relinkError}</Alert>}
      {sync.isError && <Alert>{errorMessage(sync.error)}</Alert>}
      {syncNote && !sync.isError && (
        <Alert tone="success">
          {syncNote}{' '}
          {sync.data?.job && (
            <Link to={`/jobs/${sync.data.job.id}`} className="font-medium underline">
              View the job
            </Link>
          )}
        </Alert>
      )}
      {activeJob && (
        <div className="rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200">
          <JobProgress job={activeJob} label={`Sync of ${name}`} compact />
          <Link to={`/jobs/${activeJob.id}`} className="mt-2 inline-block rounded text-xs font-medium text-brand-700 hover:text-brand-800">
            Details on the Jobs page →
          </Link>
        </div>
      )}

      {bank && <PlaidTransactions accountId={account.id} name={name} />}

      <ConfirmDialog
        open={confirming}
        title={upload ? `Remove ${name}?` : `Disconnect ${name}?`}
        confirmLabel={upload ? 'Remove' : 'Disconnect'}
        busy={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(account.id, {
            onSuccess: () => {
              setConfirming(false)
              onRemoved?.(account)
            },
          })
        }
      >
        {upload
          ? 'The uploaded file is deleted from the server. Emails already imported from it stay in FinCoach.'
          : bank
            ? 'FinCoach stops syncing this bank, asks Plaid to drop the link and deletes its access token. Transactions already imported stay.'
            : 'FinCoach stops syncing this mailbox and deletes its saved credentials. Emails already imported stay; you can connect it again any time.'}
      </ConfirmDialog>
    </li>
  )
}
