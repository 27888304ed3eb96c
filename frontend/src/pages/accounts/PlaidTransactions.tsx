import { errorMessage } from '@/api/client'
import { usePlaidTransactions } from '@/api/queries'
import type { PlaidItemTransaction } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge, type BadgeTone } from '@/components/Badge'
import { formatDay, formatMoney } from '@/lib/format'

const STATUS: Record<PlaidItemTransaction['status'], { label: string; tone: BadgeTone }> = {
  new: { label: 'New transaction', tone: 'green' },
  merged: { label: 'Merged with an email', tone: 'blue' },
  removed: { label: 'Removed by the bank', tone: 'zinc' },
  deleted: { label: 'You deleted it', tone: 'zinc' },
}

const REASONS = { reference: 'Same payment reference', time_window: 'Same amount, card and time' } as const

/** What a linked bank reported, and what the ledger made of each transaction. */
export function PlaidTransactions({ accountId, name }: { accountId: string; name: string }) {
  const rows = usePlaidTransactions(accountId)
  if (rows.isPending) return <p className="text-xs text-zinc-500">Loading what {name} reported…</p>
  if (rows.isError) return <Alert title="The bank's transactions could not be loaded.">{errorMessage(rows.error)}</Alert>
  if (rows.data.length === 0) return <p className="text-xs text-zinc-500">No transactions from {name} yet.</p>
  const merged = rows.data.filter((row) => row.status === 'merged').length
  return (
    <details className="rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200">
      <summary className="cursor-pointer text-sm font-medium text-zinc-800">
        {rows.data.length} {rows.data.length === 1 ? 'transaction' : 'transactions'} from {name}
        {merged > 0 && `, ${merged} merged with your emails`}
      </summary>
      <ul aria-label={`Transactions from ${name}`} className="mt-3 divide-y divide-zinc-200">
        {rows.data.map((row) => (
          <li key={row.id} className="space-y-1 py-2 text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-medium text-zinc-900">{row.name || '(no description)'}</span>
              <span className={row.type === 'credit' ? 'text-brand-700' : 'text-zinc-900'}>
                {row.type === 'credit' ? '+' : '−'}
                {formatMoney(row.amount, row.currency)}
              </span>
            </div>
            <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
              <span>{formatDay(row.posted_on)}</span>
              {row.pending && <Badge tone="amber">Pending</Badge>}
              <Badge tone={STATUS[row.status].tone}>{STATUS[row.status].label}</Badge>
              {row.status === 'merged' && row.merge_reason && <span>{REASONS[row.merge_reason]}: {row.merge_evidence}</span>}
            </div>
          </li>
        ))}
      </ul>
    </details>
  )
}
