import { Landmark } from 'lucide-react'
import { useState } from 'react'
import { errorMessage } from '@/api/client'
import { plaidLinkToken, useLinkPlaidItem, useLinkSandboxBank, usePlaidStatus } from '@/api/queries'
import type { PlaidLinked } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Skeleton } from '@/components/Skeleton'
import { openPlaidLink } from '@/lib/plaidLink'

/**
 * "Bank (Plaid)": link a bank account so its transactions come in beside the mail's (the same
 * payment reported by both is merged). Production opens Plaid Link; in Plaid's sandbox the
 * server links a test bank itself, since Link's script comes from Plaid's CDN.
 */
export function PlaidCard({ onLinked }: { onLinked: (linked: PlaidLinked) => void }) {
  const status = usePlaidStatus()
  const sandbox = useLinkSandboxBank()
  const exchange = useLinkPlaidItem()
  const [error, setError] = useState<string | null>(null)
  const [opening, setOpening] = useState(false)

  if (status.isPending) {
    return (
      <div role="status" className="space-y-2 p-5 sm:p-6" aria-busy="true" aria-label="Loading bank sync">
        <Skeleton className="h-4 w-64 max-w-full" />
        <Skeleton className="h-9 w-40" />
      </div>
    )
  }
  if (status.isError) {
    return (
      <div className="p-5 sm:p-6">
        <Alert title="Bank sync could not be checked.">{errorMessage(status.error)}</Alert>
      </div>
    )
  }
  const plaid = status.data
  if (!plaid.configured) {
    return (
      <div className="space-y-3 p-5 sm:p-6">
        <Alert tone="info" title="Bank sync is not set up on this server.">
          Set {plaid.missing.join(' and ')} (your Plaid keys, from dashboard.plaid.com) in the server&apos;s environment,
          and PLAID_ENV=production for real banks, then restart FinCoach.
        </Alert>
      </div>
    )
  }

  const linkWithPlaid = async () => {
    setError(null)
    setOpening(true)
    try {
      const token = await plaidLinkToken()
      const result = await openPlaidLink(token)
      if (result) {
        onLinked(await exchange.mutateAsync({ public_token: result.publicToken, institution_name: result.institution }))
      }
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setOpening(false)
    }
  }

  return (
    <div className="space-y-4 p-5 sm:p-6">
      <p className="text-sm text-zinc-600">
        Link a bank account through Plaid: its transactions come in beside your mail&apos;s, and a payment both report
        is kept once, shown as merged. FinCoach only reads.
      </p>
      {plaid.sandbox ? (
        <div className="space-y-2">
          <Button
            onClick={() => {
              setError(null)
              sandbox.mutate(undefined, { onSuccess: onLinked, onError: (err) => setError(errorMessage(err)) })
            }}
            loading={sandbox.isPending}
          >
            <Landmark aria-hidden="true" className="size-4" />
            Link a test bank (sandbox)
          </Button>
          <p className="text-xs text-zinc-500">
            This server uses Plaid&apos;s sandbox (PLAID_ENV=sandbox): it links one of Plaid&apos;s test banks, no
            sign-in needed.
          </p>
        </div>
      ) : (
        <Button onClick={() => void linkWithPlaid()} loading={opening || exchange.isPending}>
          <Landmark aria-hidden="true" className="size-4" />
          Link your bank
        </Button>
      )}
      {error && <Alert>{error}</Alert>}
    </div>
  )
}
