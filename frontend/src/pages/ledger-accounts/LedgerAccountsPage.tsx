import { Archive, ArchiveRestore, Combine, Landmark, Pencil } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { errorMessage } from '@/api/client'
import { useAccountBalances, useMergeAccount, useUpdateAccount, type AccountBalance } from '@/api/transactionQueries'
import { Alert } from '@/components/Alert'
import { Badge } from '@/components/Badge'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { EmptyState } from '@/components/EmptyState'
import { PageHeader } from '@/components/PageHeader'
import { Skeleton } from '@/components/Skeleton'
import { useOnline } from '@/hooks/useOnline'
import { usePageTitle } from '@/hooks/usePageTitle'
import { formatDateTime, formatMoney } from '@/lib/format'

const KIND_LABELS: Record<string, string> = { bank: 'Bank account', card: 'Card', wallet: 'Wallet', cash: 'Cash', other: 'Account' }

function Figure({ label, value, hint, tone }: { label: string; value: string; hint?: string; tone?: 'ok' | 'off' }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className={tone === 'off' ? 'font-semibold text-amber-800 tabular-nums' : tone === 'ok' ? 'font-semibold text-brand-700 tabular-nums' : 'font-semibold text-zinc-900 tabular-nums'}>
        {value}
      </dd>
      {hint && <dd className="text-xs text-zinc-500">{hint}</dd>}
    </div>
  )
}

function RenameForm({ account, onDone }: { account: AccountBalance; onDone: () => void }) {
  const update = useUpdateAccount()
  const [name, setName] = useState(account.name)
  function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) return
    update.mutate({ id: account.id, body: { name: name.trim() } }, { onSuccess: onDone })
  }
  return (
    <form onSubmit={submit} aria-label={`Rename ${account.name}`} className="flex flex-wrap items-end gap-2">
      <label className="block text-sm font-medium text-zinc-800">
        New name
        <input
          autoFocus
          className="mt-1 block w-56 max-w-full rounded-lg border-0 px-3 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-brand-600"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onDone()}
        />
      </label>
      <Button type="submit" loading={update.isPending}>
        Save name
      </Button>
      <Button variant="ghost" onClick={onDone}>
        Cancel
      </Button>
      {update.isError && <p className="w-full text-sm text-red-700">{errorMessage(update.error)}</p>}
    </form>
  )
}

function MergeForm({ account, others, onDone }: { account: AccountBalance; others: AccountBalance[]; onDone: () => void }) {
  const merge = useMergeAccount()
  const [into, setInto] = useState('')
  const [confirming, setConfirming] = useState(false)
  const target = others.find((o) => o.id === into)
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="block text-sm font-medium text-zinc-800">
        Merge into
        <select
          className="mt-1 block w-64 max-w-full rounded-lg border-0 py-1.5 pr-8 pl-2.5 text-sm ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-brand-600"
          value={into}
          onChange={(e) => setInto(e.target.value)}
        >
          <option value="">Choose the account that stays</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <Button disabled={!into} onClick={() => setConfirming(true)}>
        Merge
      </Button>
      <Button variant="ghost" onClick={onDone}>
        Cancel
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Merge ${account.name} into ${target?.name ?? ''}?`}
        confirmLabel="Merge accounts"
        tone="primary"
        busy={merge.isPending}
        error={merge.isError ? errorMessage(merge.error) : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() => merge.mutate({ id: account.id, intoId: into }, { onSuccess: () => { setConfirming(false); onDone() } })}
      >
        Its {account.transaction_count} transactions move to {target?.name}. Future alerts about {account.name} land there too.
      </ConfirmDialog>
    </div>
  )
}

function AccountCard({ account, others, online }: { account: AccountBalance; others: AccountBalance[]; online: boolean }) {
  const [mode, setMode] = useState<'rename' | 'merge' | null>(null)
  const archive = useUpdateAccount()
  const currency = account.currency
  const difference = account.difference
  const off = difference !== null && Number(difference) !== 0
  const headingId = `account-${account.id}`
  return (
    <Card className="p-4 sm:p-5">
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <h2 id={headingId} className="truncate text-base font-semibold text-zinc-900">
              {account.name}
            </h2>
            <p className="text-sm text-zinc-500">
              {KIND_LABELS[account.kind] ?? 'Account'}
              {account.issuer ? ` · ${account.issuer}` : ''}
              {account.last4 ? ` · ••${account.last4}` : ''}
            </p>
          </div>
          {account.archived_at && <Badge tone="zinc">Archived</Badge>}
        </div>
        <dl className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Figure
            label="Computed balance"
            value={formatMoney(account.computed_balance, currency)}
            hint={account.balance_from_alert ? 'from the first alert’s balance and every transaction since' : 'money in minus money out (no alert gave a balance)'}
          />
          <Figure
            label="Last balance in an alert"
            value={formatMoney(account.latest_balance, currency)}
            hint={account.balance_at ? formatDateTime(account.balance_at) : 'no alert has stated one'}
          />
          <Figure
            label="Difference"
            value={difference === null ? '—' : formatMoney(difference, currency)}
            hint={difference === null ? undefined : off ? 'a payment may be missing or mis-read' : 'in agreement'}
            tone={difference === null ? undefined : off ? 'off' : 'ok'}
          />
        </dl>
        <p className="mt-3 text-sm">
          <Link className="text-brand-700 underline" to={`/transactions?account_id=${account.id}`}>
            {account.transaction_count} transactions
          </Link>
        </p>
        <div className="mt-4 border-t border-zinc-100 pt-3">
          {mode === 'rename' ? (
            <RenameForm account={account} onDone={() => setMode(null)} />
          ) : mode === 'merge' ? (
            <MergeForm account={account} others={others} onDone={() => setMode(null)} />
          ) : (
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" disabled={!online} onClick={() => setMode('rename')} aria-label={`Rename ${account.name}`}>
                <Pencil aria-hidden="true" className="size-4" /> Rename
              </Button>
              <Button variant="secondary" disabled={!online || others.length === 0} onClick={() => setMode('merge')} aria-label={`Merge ${account.name}`}>
                <Combine aria-hidden="true" className="size-4" /> Merge
              </Button>
              <Button
                variant="secondary"
                disabled={!online}
                loading={archive.isPending}
                aria-label={`${account.archived_at ? 'Restore' : 'Archive'} ${account.name}`}
                onClick={() => archive.mutate({ id: account.id, body: { archived: !account.archived_at } })}
              >
                {account.archived_at ? <ArchiveRestore aria-hidden="true" className="size-4" /> : <Archive aria-hidden="true" className="size-4" />}
                {account.archived_at ? 'Restore' : 'Archive'}
              </Button>
              {archive.isError && <p className="w-full text-sm text-red-700">{errorMessage(archive.error)}</p>}
            </div>
          )}
        </div>
      </article>
    </Card>
  )
}

/** The ledger's accounts (cards and bank accounts): balances checked against the alerts; rename, merge, archive. */
export function LedgerAccountsPage() {
  usePageTitle('Cards & bank accounts')
  const balances = useAccountBalances()
  const online = useOnline()
  const [showArchived, setShowArchived] = useState(false)
  const all = balances.data ?? []
  const shown = all.filter((a) => showArchived || !a.archived_at)
  const archivedCount = all.filter((a) => a.archived_at).length
  return (
    <>
      <PageHeader
        title="Cards &amp; bank accounts"
        description="Your cards and bank accounts: the balance the ledger adds up beside the last one your bank reported."
        actions={
          archivedCount > 0 ? (
            <Button variant="secondary" aria-pressed={showArchived} onClick={() => setShowArchived((v) => !v)}>
              {showArchived ? 'Hide archived' : `Show archived (${archivedCount})`}
            </Button>
          ) : undefined
        }
      />
      {balances.isPending ? (
        <div className="grid gap-4 md:grid-cols-2" aria-busy="true">
          <Skeleton className="h-48 w-full" />
          <Skeleton className="h-48 w-full" />
        </div>
      ) : balances.isError ? (
        <Alert>{errorMessage(balances.error)}</Alert>
      ) : shown.length === 0 ? (
        <EmptyState icon={Landmark} title="No accounts yet">
          Accounts appear as FinCoach reads alerts that name a card or an account number.
        </EmptyState>
      ) : (
        <ul aria-label="Accounts" className="grid gap-4 md:grid-cols-2">
          {shown.map((account) => (
            <li key={account.id} aria-label={account.name}>
              <AccountCard account={account} online={online} others={all.filter((o) => o.id !== account.id && !o.archived_at)} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
