import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { api, asMultipart, errorMessage, isApiError, unwrap } from '@/api/client'
import { useLedgerChanged, useMoneyAccounts } from '@/api/ledgerQueries'
import type { components } from '@/api/schema'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { TextField } from '@/components/Field'
import { PasswordField } from '@/components/PasswordField'
import { PageHeader } from '@/components/PageHeader'
import { formatMoney } from '@/lib/format'

type StatementDetail = components['schemas']['StatementDetail']
type StatementEntry = components['schemas']['StatementEntryPublic']
type EntryTotals = components['schemas']['EntryTotals']
type LockedStatement = components['schemas']['LockedStatement']

const statementsKey = ['statements'] as const

/** Import a bank or card statement and see it reconciled with the ledger the alerts built. */
export function ReconciliationPage() {
  const [selected, setSelected] = useState<string | null>(null)
  const list = useQuery({
    queryKey: [...statementsKey, 'list'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/statements', { params: { query: { limit: 50 } }, signal })),
  })
  const current = selected ?? list.data?.items[0]?.id ?? null
  const detail = useQuery({
    queryKey: [...statementsKey, current],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/statements/{statement_id}', { params: { path: { statement_id: current ?? '' } }, signal })),
    enabled: current !== null,
  })

  return (
    <>
      <PageHeader
        title="Reconciliation"
        description="Import your bank's statement (OFX/QFX, QIF, CAMT.053, MT940, a CSV export or a PDF). Each line is matched to the transactions your alerts recorded. Statements that arrive by mail are imported by themselves."
      />
      <ImportCard onImported={setSelected} />
      <LockedStatements onImported={setSelected} />
      {list.data && list.data.items.length > 1 && (
        <Card className="mb-4 p-4">
          <label className="text-sm font-medium text-zinc-700">
            Statement{' '}
            <select
              className="ml-2 rounded-md border-zinc-300 text-sm"
              value={current ?? ''}
              onChange={(e) => setSelected(e.target.value)}
            >
              {list.data.items.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.filename || s.format} · {s.period_start} – {s.period_end}
                </option>
              ))}
            </select>
          </label>
        </Card>
      )}
      {list.isError && <Alert>{errorMessage(list.error)}</Alert>}
      {detail.isError && <Alert>{errorMessage(detail.error)}</Alert>}
      {detail.data && <StatementView statement={detail.data} />}
      {list.data && list.data.items.length === 0 && (
        <p className="text-sm text-zinc-500">No statement imported yet.</p>
      )}
    </>
  )
}

function ImportCard({ onImported }: { onImported: (id: string) => void }) {
  const queryClient = useQueryClient()
  const changed = useLedgerChanged()
  const accounts = useMoneyAccounts()
  const [file, setFile] = useState<File | null>(null)
  const [accountId, setAccountId] = useState('')
  const [password, setPassword] = useState('')
  const [sender, setSender] = useState('')
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      unwrap(
        api.POST('/api/v1/statements', {
          body: {
            file: chosen,
            account_id: accountId || null,
            password: password || null,
            remember_for_sender: password && sender ? sender : null,
          },
          ...asMultipart,
        }),
      ),
    onSuccess: (statement) => {
      setPassword('')
      queryClient.setQueryData([...statementsKey, statement.id], statement)
      void queryClient.invalidateQueries({ queryKey: [...statementsKey, 'list'] })
      changed()
      onImported(statement.id)
    },
  })

  const isPdf = file?.name.toLowerCase().endsWith('.pdf') ?? false
  const asksPassword = isApiError(upload.error) && upload.error.code.startsWith('pdf_')
  return (
    <Card className="mb-4 p-4 sm:p-5">
      <h2 className="text-base font-semibold text-zinc-900">Import a statement</h2>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <input
          type="file"
          aria-label="Statement file"
          accept=".ofx,.qfx,.qif,.xml,.sta,.mt940,.940,.txt,.csv,.pdf"
          className="block text-sm"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <label className="text-sm text-zinc-700">
          Account{' '}
          <select
            aria-label="Account"
            className="ml-1 rounded-md border-zinc-300 text-sm"
            value={accountId}
            onChange={(e) => setAccountId(e.target.value)}
          >
            <option value="">Found by its number</option>
            {(accounts.data ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
                {a.last4 ? ` ·${a.last4}` : ''}
              </option>
            ))}
          </select>
        </label>
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          Import and reconcile
        </Button>
      </div>
      {(isPdf || asksPassword) && (
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <PasswordField
            label="PDF password"
            hint="Only if the PDF is protected. It is not stored unless you name its sender."
            autoComplete="off"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <TextField
            label="Remember it for statements mailed by"
            hint="The sender's address; the password is kept encrypted."
            type="email"
            placeholder="statements@yourbank.example"
            value={sender}
            onChange={(e) => setSender(e.target.value)}
          />
        </div>
      )}
      {upload.isError && <Alert className="mt-3">{errorMessage(upload.error)}</Alert>}
    </Card>
  )
}

function LockedStatements({ onImported }: { onImported: (id: string) => void }) {
  const locked = useQuery({
    queryKey: [...statementsKey, 'locked'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/statements/locked', { signal })),
  })
  const senders = [...new Set((locked.data ?? []).map((item) => item.sender))]
  if (senders.length === 0) return null
  return (
    <Card className="mb-4 p-4 sm:p-5">
      <h2 className="text-base font-semibold text-zinc-900">Statements waiting for a password</h2>
      <p className="mt-1 text-sm text-zinc-500">
        These came by mail as protected PDFs. Give each sender's password once: it is kept encrypted and opens
        their next statements too.
      </p>
      {senders.map((sender) => (
        <UnlockSender
          key={sender}
          sender={sender}
          items={(locked.data ?? []).filter((item) => item.sender === sender)}
          onImported={onImported}
        />
      ))}
    </Card>
  )
}

function UnlockSender({ sender, items, onImported }: {
  sender: string
  items: LockedStatement[]
  onImported: (id: string) => void
}) {
  const queryClient = useQueryClient()
  const changed = useLedgerChanged()
  const [password, setPassword] = useState('')
  const unlock = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/v1/statements/passwords', { body: { sender, password } })),
    onSuccess: (imported) => {
      setPassword('')
      void queryClient.invalidateQueries({ queryKey: statementsKey })
      changed()
      if (imported[0]) onImported(imported[0].id)
    },
  })
  return (
    <div className="mt-4 border-t border-zinc-100 pt-3">
      <p className="text-sm text-zinc-800">
        <span className="font-medium">{sender}</span> · {items.map((item) => item.filename || item.subject).join(', ')}
      </p>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <PasswordField
          label={`Password for ${sender}`}
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button disabled={!password} loading={unlock.isPending} onClick={() => unlock.mutate()}>
          Open and reconcile
        </Button>
      </div>
      {unlock.isError && <Alert className="mt-3">{errorMessage(unlock.error)}</Alert>}
    </div>
  )
}

function StatementView({ statement }: { statement: StatementDetail }) {
  const { balance, currency } = statement
  const agrees = balance.difference !== null && Number(balance.difference) === 0
  return (
    <>
      <Card className="mb-4 p-4 sm:p-5">
        <h2 className="text-base font-semibold text-zinc-900">
          {statement.filename || statement.format.toUpperCase()} · {statement.period_start} – {statement.period_end}
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" aria-label="Balance check">
          <Figure label="Closing balance (statement)" value={formatMoney(balance.closing_balance, currency)} />
          <Figure
            label={balance.opening_derived ? 'Opening balance (derived)' : 'Opening balance'}
            value={formatMoney(balance.opening_balance, currency)}
          />
          <Figure label="Computed from the ledger" value={formatMoney(balance.computed_balance, currency)} />
          <Figure label="Difference" value={formatMoney(balance.difference, currency)} />
        </dl>
        {statement.warnings.map((warning) => (
          <Alert key={warning} tone="info" className="mt-3">
            {warning}
          </Alert>
        ))}
        {balance.difference !== null && (
          <Alert tone={agrees ? 'success' : 'info'} className="mt-3">
            {agrees
              ? 'The ledger agrees with the statement.'
              : `The ledger differs from the statement by ${formatMoney(balance.difference, currency)}.`}
          </Alert>
        )}
      </Card>
      <EntrySection
        title="Matched"
        description="On the statement and in the ledger: confirmed, the statement's values kept."
        entries={statement.matched}
        totals={statement.totals.matched}
        currency={currency}
      />
      <EntrySection
        title="Missing from the ledger"
        description="On the statement only: added to the ledger as statement transactions."
        entries={statement.missing}
        totals={statement.totals.missing}
        currency={currency}
      />
      <EntrySection
        title="Not on the statement"
        description="In the ledger for this account and period, but not on the statement: check these."
        entries={statement.flagged}
        totals={statement.totals.flagged}
        currency={currency}
      />
    </>
  )
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-zinc-500">{label}</dt>
      <dd className="font-medium text-zinc-900 tabular-nums">{value}</dd>
    </div>
  )
}

function EntrySection({ title, description, entries, totals, currency }: {
  title: string
  description: string
  entries: StatementEntry[]
  totals: EntryTotals | undefined
  currency: string
}) {
  const headingId = `section-${title.replace(/\W+/g, '-').toLowerCase()}`
  return (
    <Card className="mb-4">
      <div role="region" aria-labelledby={headingId}>
        <CardHeader
          id={headingId}
          title={`${title} (${totals?.count ?? entries.length})`}
          description={description}
        />
        {entries.length > 0 && (
          <table className="block w-full text-sm sm:table">
            <tbody className="block sm:table-row-group">
              {entries.map((entry, index) => (
                // On a phone each line is a small card: date and amount on top, the description below.
                <tr
                  key={`${entry.transaction_id ?? 'gone'}-${index}`}
                  className="flex flex-wrap items-baseline justify-between border-t border-zinc-100 px-3 py-2 sm:table-row sm:p-0"
                >
                  <td className="text-zinc-500 sm:table-cell sm:px-5 sm:py-2">{entry.posted_on}</td>
                  <td className="order-last w-full text-zinc-900 sm:order-none sm:table-cell sm:w-auto sm:px-2 sm:py-2">
                    {entry.description || '—'}
                    {entry.original && Object.keys(entry.original).length > 0 && (
                      <span className="ml-2 text-xs text-zinc-400">
                        (was: {Object.values(entry.original).map(String).join(' · ')})
                      </span>
                    )}
                  </td>
                  <td className="text-right tabular-nums sm:table-cell sm:px-5 sm:py-2">
                    {entry.type === 'debit' ? '−' : '+'}
                    {formatMoney(entry.amount, currency)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {totals && (
          <p className="border-t border-zinc-100 px-5 py-2 text-right text-sm text-zinc-600">
            Total: out {formatMoney(totals.debits, currency)} · in {formatMoney(totals.credits, currency)} · net{' '}
            {formatMoney(totals.net, currency)}
          </p>
        )}
      </div>
    </Card>
  )
}
