import { useState } from 'react'
import { api, asMultipart, errorMessage, unwrap } from '@/api/client'
import { useLedgerChanged } from '@/api/ledgerQueries'
import type { CsvImportResult, CsvPreview } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { formatMoney, formatNumber, formatShortDate } from '@/lib/format'

/** The mapping fields a person can point at a column (CsvMapping in app/schemas/csv_import.py). */
const FIELDS = [
  ['date', 'Date'],
  ['amount', 'Amount (signed)'],
  ['debit', 'Debit (money out)'],
  ['credit', 'Credit (money in)'],
  ['type', 'Debit/credit column'],
  ['description', 'Description'],
  ['merchant', 'Merchant'],
  ['currency', 'Currency'],
  ['category', 'Category'],
  ['reference', 'Reference'],
] as const

type Mapping = Record<string, unknown>

/** The file and, when there is one, the column mapping (a JSON string), as a multipart form. */
const csvForm = (file: File, mapping: Mapping | null) => ({
  body: { file, mapping: mapping ? JSON.stringify(mapping) : null },
  ...asMultipart,
})

/** Pick a file → preview with the guessed mapping → adjust the columns → import. */
export function CsvImportDialog({ onDone }: { onDone: () => void }) {
  const changed = useLedgerChanged()
  const [file, setFile] = useState<File | null>(null)
  const [mapping, setMapping] = useState<Mapping | null>(null)
  const [preview, setPreview] = useState<CsvPreview | null>(null)
  const [result, setResult] = useState<CsvImportResult | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function run(action: 'preview' | 'import', chosen: File, map: Mapping | null) {
    setBusy(true)
    setError(null)
    try {
      if (action === 'preview') {
        const answer = await unwrap(api.POST('/api/v1/transactions/import/preview', csvForm(chosen, map)))
        setPreview(answer)
        setMapping((answer.mapping as Mapping | null) ?? map ?? {})
      } else {
        setResult(await unwrap(api.POST('/api/v1/transactions/import', csvForm(chosen, map))))
        changed()
      }
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const setColumn = (field: string, column: string) => {
    const next = { ...(mapping ?? {}), [field]: column || null }
    setMapping(next)
    if (file) void run('preview', file, next)
  }

  return (
    <Card className="mb-4 p-4 sm:p-5">
      <h2 className="text-base font-semibold text-zinc-900">Import a CSV</h2>
      <p className="mt-1 text-sm text-zinc-500">
        Export from your bank, pick the file, check the columns, then import. Rows already recorded are skipped.
      </p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label="CSV file"
        className="mt-3 block text-sm"
        onChange={(e) => {
          const chosen = e.target.files?.[0] ?? null
          setFile(chosen)
          setPreview(null)
          setResult(null)
          if (chosen) void run('preview', chosen, null)
        }}
      />
      {error && <Alert className="mt-3">{error}</Alert>}
      {preview && !result && (
        <>
          <div className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-5">
            {FIELDS.map(([field, label]) => (
              <label key={field} className="block text-xs font-medium text-zinc-600">
                {label}
                <select
                  className="mt-1 block w-full rounded-lg border-0 py-1.5 pl-2 text-sm ring-1 ring-zinc-300 ring-inset"
                  value={(mapping?.[field] as string | null) ?? ''}
                  onChange={(e) => setColumn(field, e.target.value)}
                >
                  <option value="">—</option>
                  {preview.columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <p className="mt-3 text-sm text-zinc-700" role="status">
            {formatNumber(preview.total_rows)} rows: {formatNumber(preview.valid_rows)} ready,{' '}
            {formatNumber(preview.duplicate_rows)} already recorded, {formatNumber(preview.error_rows)} unreadable.
          </p>
          <div className="mt-2 max-h-64 overflow-auto rounded-lg ring-1 ring-zinc-200">
            <table className="w-full text-left text-xs">
              <thead className="bg-zinc-50 text-zinc-500">
                <tr>
                  <th className="px-2 py-1.5">Line</th>
                  <th className="px-2 py-1.5">Date</th>
                  <th className="px-2 py-1.5">Description</th>
                  <th className="px-2 py-1.5 text-right">Amount</th>
                  <th className="px-2 py-1.5">Note</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {preview.rows.map((row) => (
                  <tr key={row.line} className={row.error ? 'text-red-700' : row.duplicate ? 'text-zinc-400' : ''}>
                    <td className="px-2 py-1">{row.line}</td>
                    <td className="px-2 py-1">{row.occurred_at ? formatShortDate(row.occurred_at) : '—'}</td>
                    <td className="px-2 py-1">{row.merchant || row.description}</td>
                    <td className="px-2 py-1 text-right tabular-nums">
                      {row.type === 'credit' ? '+' : row.type === 'debit' ? '−' : ''}
                      {formatMoney(row.amount, row.currency)}
                    </td>
                    <td className="px-2 py-1">{row.error ?? (row.duplicate ? 'Already recorded' : '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {result && (
        <Alert tone="success" className="mt-3">
          Imported {formatNumber(result.imported)} transactions; {formatNumber(result.duplicates)} were already recorded
          {result.error_count ? ` and ${formatNumber(result.error_count)} could not be read` : ''}.
        </Alert>
      )}
      <div className="mt-4 flex gap-2">
        {!result && (
          <Button
            disabled={!file || !preview || preview.valid_rows === 0}
            loading={busy}
            onClick={() => file && void run('import', file, mapping)}
          >
            Import {preview ? formatNumber(preview.valid_rows) : ''} rows
          </Button>
        )}
        <Button variant="ghost" onClick={onDone}>
          {result ? 'Close' : 'Cancel'}
        </Button>
      </div>
    </Card>
  )
}
