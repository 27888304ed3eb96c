import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type FormEvent } from 'react'
import { api, errorMessage, unwrap } from '@/api/client'
import type { components } from '@/api/schema'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { PageHeader } from '@/components/PageHeader'
import { Skeleton } from '@/components/Skeleton'
import { usePageTitle } from '@/hooks/usePageTitle'

type Report = components['schemas']['CategoriserExperimentsPublic']
type VersionReport = components['schemas']['CategoriserVersionReport']

const QUERY_KEY = ['admin', 'categoriser-experiments'] as const
const LABELS: Record<string, string> = {
  tfidf_lr: 'TF-IDF + logistic regression',
  embedding_minilm: 'Embeddings (MiniLM, nearest examples)',
}

function percent(value: number | null | undefined): string {
  return value == null ? '—' : `${(value * 100).toFixed(1)}%`
}

function ms(value: number | null | undefined): string {
  return value == null ? '—' : `${value.toFixed(value < 10 ? 2 : 1)} ms`
}

function useExperiments() {
  return useQuery({
    queryKey: QUERY_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/categoriser-experiments', { signal })),
    refetchInterval: 30_000,
  })
}

function useSetSplit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (split: Record<string, number>) =>
      unwrap(api.PUT('/api/v1/admin/categoriser-experiments/split', { body: { split } })),
    onSuccess: (report: Report) => queryClient.setQueryData(QUERY_KEY, report),
  })
}

function VersionRow({ version }: { version: VersionReport }) {
  return (
    <tr className="border-t border-zinc-100" data-testid={`version-${version.name}`}>
      <th scope="row" className="py-2 pr-4 text-left font-medium text-zinc-900">
        {LABELS[version.name] ?? version.name}
        <span className="block text-xs font-normal text-zinc-500">{version.name}</span>
      </th>
      <td className="py-2 pr-4">{percent(version.share)}</td>
      <td className="py-2 pr-4">{version.users}</td>
      <td className="py-2 pr-4">{version.outcomes}</td>
      <td className="py-2 pr-4">
        {percent(version.accuracy)}
        {version.accuracy != null && (
          <span className="block text-xs text-zinc-500">
            95% CI {percent(version.accuracy_low)} – {percent(version.accuracy_high)} (n={version.judged})
          </span>
        )}
      </td>
      <td className="py-2 pr-4">{percent(version.uncategorised_share)}</td>
      <td className="py-2 pr-4">
        {ms(version.latency_mean_ms)}
        {version.latency_p95_ms != null && (
          <span className="block text-xs text-zinc-500">p95 {ms(version.latency_p95_ms)}</span>
        )}
      </td>
    </tr>
  )
}

function SplitForm({ report }: { report: Report }) {
  const names = report.versions.map((v) => v.name)
  const [weights, setWeights] = useState<Record<string, string>>({})
  const setSplit = useSetSplit()
  // The form follows the saved split (no split saved: everyone on the default version).
  useEffect(() => {
    const unset = Object.keys(report.split).length === 0
    const initial = (name: string) => report.split[name] ?? (unset && name === report.default_version ? 1 : 0)
    setWeights(Object.fromEntries(report.versions.map((v) => [v.name, String(initial(v.name))])))
  }, [report])

  function submit(event: FormEvent) {
    event.preventDefault()
    setSplit.mutate(Object.fromEntries(names.map((n) => [n, Number(weights[n] || 0)])))
  }

  return (
    <form onSubmit={submit} className="space-y-4 p-4 sm:p-5" aria-label="Split">
      <p className="text-sm text-zinc-500">
        Weights per version (normalised to shares). A user stays on one version: assignment is a stable hash of the
        user id, so a change moves only the users whose bucket crosses a boundary.
      </p>
      <div className="flex flex-wrap gap-4">
        {names.map((name) => (
          <label key={name} className="text-sm text-zinc-700">
            {LABELS[name] ?? name}
            <input
              type="number"
              min={0}
              step="any"
              value={weights[name] ?? ''}
              onChange={(e) => setWeights({ ...weights, [name]: e.target.value })}
              className="mt-1 block w-28 rounded-md border border-zinc-300 px-2 py-1"
            />
          </label>
        ))}
      </div>
      {setSplit.isError && <Alert>{errorMessage(setSplit.error)}</Alert>}
      {setSplit.isSuccess && <Alert tone="success">Split saved.</Alert>}
      <Button type="submit" loading={setSplit.isPending}>Save split</Button>
    </form>
  )
}

export function CategoriserExperimentsPage() {
  usePageTitle('Categoriser experiments')
  const report = useExperiments()
  return (
    <>
      <PageHeader
        title="Categoriser experiments"
        description="Each categoriser version's accuracy from what people kept or changed, with its 95% Wilson interval, time per transaction, and the share it left uncategorised."
      />
      {report.isError && <Alert>{errorMessage(report.error)}</Alert>}
      {report.isPending && <Skeleton className="h-40 w-full" />}
      {report.data && (
        <div className="space-y-6">
          <Card>
            <CardHeader
              title="Versions"
              description={`A category untouched for ${report.data.keep_after_days} days counts as kept.`}
            />
            <div className="overflow-x-auto p-4 sm:p-5">
              <table className="w-full text-sm">
                <thead>
                  <tr className="text-left text-xs text-zinc-500 uppercase">
                    <th scope="col" className="pr-4 pb-2">Version</th>
                    <th scope="col" className="pr-4 pb-2">Share</th>
                    <th scope="col" className="pr-4 pb-2">Users</th>
                    <th scope="col" className="pr-4 pb-2">Outcomes</th>
                    <th scope="col" className="pr-4 pb-2">Accuracy</th>
                    <th scope="col" className="pr-4 pb-2">Uncategorised</th>
                    <th scope="col" className="pr-4 pb-2">Latency / txn</th>
                  </tr>
                </thead>
                <tbody>
                  {report.data.versions.map((v) => <VersionRow key={v.name} version={v} />)}
                </tbody>
              </table>
            </div>
          </Card>
          <Card>
            <CardHeader title="Split" />
            <SplitForm report={report.data} />
          </Card>
        </div>
      )}
    </>
  )
}
