import { Mail, Plug } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { api, errorMessage, unwrap } from '@/api/client'
import { jobAccountId, useAccounts, useActiveJobs } from '@/api/queries'
import type { ConnectedAccount, Job } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { PageHeader } from '@/components/PageHeader'
import { Skeleton } from '@/components/Skeleton'
import { usePageTitle } from '@/hooks/usePageTitle'
import { AccountItem } from './AccountItem'
import { ImapForm } from './ImapForm'
import { PlaidCard } from './PlaidCard'
import { UploadCard } from './UploadCard'

type Note = { tone: 'success' | 'error'; title: string; body?: string }

/**
 * What Google's callback appended (app/api/v1/google_auth.py): ?connected=gmail&account=<id>,
 * or ?error=<code>&message=<why>. Read once, then taken off the address.
 */
function useGoogleCallbackNote(): [Note | null, (note: Note | null) => void] {
  const [search, setSearch] = useSearchParams()
  const [note, setNote] = useState<Note | null>(() => {
    if (search.get('connected') === 'gmail') {
      return { tone: 'success', title: 'Gmail connected.', body: 'The first sync has started: its progress is shown below.' }
    }
    const error = search.get('error')
    if (error) {
      const denied = error === 'oauth_denied' || error === 'access_denied'
      return {
        tone: 'error',
        title: denied ? 'Gmail was not connected: access was not granted.' : 'Gmail could not be connected.',
        body: search.get('message') || undefined,
      }
    }
    return null
  })
  useEffect(() => {
    if (!['connected', 'account', 'error', 'message'].some((key) => search.has(key))) return
    const next = new URLSearchParams(search)
    for (const key of ['connected', 'account', 'error', 'message']) next.delete(key)
    setSearch(next, { replace: true })
  }, [search, setSearch])
  return [note, setNote]
}

function GmailCard() {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const connect = async () => {
    setError(null)
    setBusy(true)
    try {
      // 503 gmail_not_configured when the server has no Google client.
      const { authorization_url } = await unwrap(api.GET('/api/v1/auth/google/authorize'))
      window.location.assign(authorization_url)
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }
  return (
    <div className="space-y-4 p-5 sm:p-6">
      <p className="text-sm text-zinc-600">
        Sign in with Google and allow read-only access. FinCoach never sends, changes or deletes mail.
      </p>
      <Button onClick={() => void connect()} loading={busy}>
        <Mail aria-hidden="true" className="size-4" />
        Connect Gmail
      </Button>
      {error && <Alert>{error}</Alert>}
    </div>
  )
}

function AccountListSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading your mailboxes" className="divide-y divide-zinc-100">
      {[0, 1].map((i) => (
        <div key={i} className="flex gap-3 p-4 sm:p-5">
          <Skeleton className="size-10 rounded-lg" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-48" />
            <Skeleton className="h-3 w-64 max-w-full" />
          </div>
        </div>
      ))}
    </div>
  )
}

export function AccountsPage() {
  usePageTitle('Connected accounts')
  const accounts = useAccounts()
  const active = useActiveJobs()
  const [note, setNote] = useGoogleCallbackNote()
  const noteRef = useRef<HTMLDivElement>(null)

  const syncing: Record<string, Job> = {}
  for (const job of active.jobs) {
    const id = jobAccountId(job)
    if (id && (job.type === 'email_fetch' || job.type === 'plaid_sync') && !syncing[id]) syncing[id] = job
  }

  const announce = (next: Note) => {
    setNote(next)
    requestAnimationFrame(() => noteRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' }))
  }
  const connected = (account: ConnectedAccount, how: string) =>
    announce({
      tone: 'success',
      title: `${account.display_name || account.address} ${how}.`,
      body: 'The first import has started: its progress is shown below and on the Jobs page.',
    })

  const list = accounts.data ?? []
  return (
    <>
      <PageHeader
        title="Connected accounts"
        description="The mailboxes FinCoach reads bank alerts and receipts from. It only reads: nothing is ever sent or deleted."
      />

      <div ref={noteRef} className="scroll-mt-20">
        {note && (
          <div className="mb-6 flex items-start gap-2">
            <Alert tone={note.tone} title={note.title} className="flex-1">
              {note.body}
            </Alert>
            <Button variant="ghost" onClick={() => setNote(null)} aria-label="Dismiss this message">
              Dismiss
            </Button>
          </div>
        )}
      </div>

      <section aria-labelledby="mailboxes-heading" className="mb-8">
        <h2 id="mailboxes-heading" className="mb-3 text-base font-semibold text-zinc-900">
          Your mailboxes
        </h2>
        <Card>
          {accounts.isPending ? (
            <AccountListSkeleton />
          ) : accounts.isError ? (
            <div className="space-y-3 p-4 sm:p-5">
              <Alert title="Your mailboxes could not be loaded.">{errorMessage(accounts.error)}</Alert>
              <Button variant="secondary" onClick={() => void accounts.refetch()}>
                Try again
              </Button>
            </div>
          ) : list.length === 0 ? (
            <div className="flex items-start gap-3 p-4 sm:p-5">
              <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                <Plug aria-hidden="true" className="size-5" />
              </span>
              <div>
                <p className="text-sm font-medium text-zinc-900">No mailbox connected yet</p>
                <p className="mt-0.5 text-sm text-zinc-500">
                  Connect Gmail or any IMAP mailbox below, or upload an export of your mail. FinCoach imports the
                  last months of bank alerts and receipts, then keeps up with new ones.
                </p>
              </div>
            </div>
          ) : (
            <ul className="divide-y divide-zinc-100">
              {list.map((account) => (
                <AccountItem
                  key={account.id}
                  account={account}
                  activeJob={syncing[account.id]}
                  onRemoved={(gone) =>
                    announce({ tone: 'success', title: `${gone.display_name || gone.address} was disconnected.` })
                  }
                />
              ))}
            </ul>
          )}
        </Card>
      </section>

      <section aria-labelledby="add-heading">
        <h2 id="add-heading" className="mb-3 text-base font-semibold text-zinc-900">
          Add a mailbox or a bank
        </h2>
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <div className="space-y-6">
            <Card>
              <CardHeader title="Gmail" description="The quickest way if your bank alerts go to Gmail." />
              <GmailCard />
            </Card>
            <Card>
              <CardHeader
                title="Upload an export"
                description="No mailbox access needed: import a file exported from Gmail (Google Takeout), Thunderbird or another mail app."
              />
              <UploadCard onUploaded={(account) => connected(account, 'was uploaded')} />
            </Card>
          </div>
          <div className="space-y-6">
            <Card>
              <CardHeader
                id="imap-heading"
                title="Other mailbox (IMAP)"
                description="Outlook, Yahoo, iCloud, Fastmail, your own domain: any mailbox with IMAP access."
              />
              <ImapForm onConnected={(account) => connected(account, 'is connected')} />
            </Card>
            <Card>
              <CardHeader
                title="Bank (Plaid)"
                description="Your bank's own record of the account, beside the mail: through Plaid, read-only."
              />
              <PlaidCard
                onLinked={(linked) =>
                  announce({
                    tone: 'success',
                    title: `${linked.institution} is linked.`,
                    body: 'Its transactions are being imported: the same payment from an email and the bank is kept once.',
                  })
                }
              />
            </Card>
          </div>
        </div>
      </section>
    </>
  )
}
