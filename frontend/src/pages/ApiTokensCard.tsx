import { Check, Copy, KeyRound } from 'lucide-react'
import { useRef, useState, type FormEvent } from 'react'
import { errorMessage } from '@/api/client'
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '@/api/queries'
import type { ApiToken, ApiTokenCreated, ApiTokenScope } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Badge, type BadgeTone } from '@/components/Badge'
import { Button } from '@/components/Button'
import { Card, CardHeader } from '@/components/Card'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { SelectField, TextField } from '@/components/Field'
import { Skeleton } from '@/components/Skeleton'
import { dateFormatter, formatRelative } from '@/lib/format'

const SCOPES: { value: ApiTokenScope; label: string; hint: string; tone: BadgeTone }[] = [
  { value: 'read', label: 'Read only', hint: 'Can read your data (GET requests), never change it.', tone: 'blue' },
  { value: 'write', label: 'Read and write', hint: 'Can do what you can, except change your password.', tone: 'amber' },
  { value: 'admin', label: 'Administrator', hint: 'Also the administrator routes (all users, roles).', tone: 'red' },
]
const LIFETIMES = [
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 365, label: '1 year' },
]
const MAX_NAME = 100

const scopeOf = (scope: string) => SCOPES.find((s) => s.value === scope) ?? SCOPES[0]
const formatDay = (iso: string) => dateFormatter({ dateStyle: 'medium' }).format(new Date(iso))

/** Settings → API tokens: create one (its secret shown once), list them, revoke. */
export function ApiTokensCard({ isAdmin }: { isAdmin: boolean }) {
  const [created, setCreated] = useState<ApiTokenCreated | null>(null)
  return (
    <Card>
      <CardHeader
        id="api-tokens-heading"
        title="API tokens"
        description={
          <>
            For scripts: send a token as <code className="text-zinc-700">Authorization: Bearer …</code> instead of
            signing in. Give each script its own token with the least scope it needs, and revoke any you no longer use.
          </>
        }
      />
      <div className="space-y-6 p-5 sm:p-6">
        {created ? (
          <NewTokenSecret token={created} onDone={() => setCreated(null)} />
        ) : (
          <CreateTokenForm isAdmin={isAdmin} onCreated={setCreated} />
        )}
        <TokenList />
      </div>
    </Card>
  )
}

function CreateTokenForm({ isAdmin, onCreated }: { isAdmin: boolean; onCreated: (token: ApiTokenCreated) => void }) {
  const [name, setName] = useState('')
  const [scope, setScope] = useState<ApiTokenScope>('read')
  const [days, setDays] = useState(30)
  const [nameError, setNameError] = useState<string | null>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const create = useCreateApiToken()
  const scopes = SCOPES.filter((s) => s.value !== 'admin' || isAdmin)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) {
      setNameError('Name the token after what will use it.')
      nameRef.current?.focus()
      return
    }
    setNameError(null)
    create.mutate({ name: trimmed, scope, expires_in_days: days }, { onSuccess: onCreated })
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Create an API token" className="space-y-5">
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField
          ref={nameRef}
          label="Token name"
          name="token_name"
          placeholder="e.g. nightly export"
          value={name}
          maxLength={MAX_NAME}
          error={nameError}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          label="Scope"
          name="token_scope"
          value={scope}
          onChange={(e) => setScope(e.target.value as ApiTokenScope)}
          hint={scopeOf(scope).hint}
        >
          {scopes.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Expires after"
          name="token_lifetime"
          value={String(days)}
          onChange={(e) => setDays(Number(e.target.value))}
        >
          {LIFETIMES.map((l) => (
            <option key={l.days} value={l.days}>
              {l.label}
            </option>
          ))}
        </SelectField>
      </div>
      {create.isError && <Alert>{errorMessage(create.error)}</Alert>}
      <div className="flex justify-end">
        <Button type="submit" loading={create.isPending}>
          <KeyRound aria-hidden="true" className="size-4" />
          Create token
        </Button>
      </div>
    </form>
  )
}

function NewTokenSecret({ token, onDone }: { token: ApiTokenCreated; onDone: () => void }) {
  const [copied, setCopied] = useState(false)
  const [copyFailed, setCopyFailed] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token)
      setCopied(true)
      setCopyFailed(false)
    } catch {
      // No clipboard (an insecure origin, a refused permission): select it for a manual copy.
      setCopyFailed(true)
      inputRef.current?.select()
    }
  }

  return (
    <div className="space-y-4">
      <Alert tone="success" title={`Token “${token.name}” created.`}>
        Copy it now and keep it somewhere safe: <strong>you will not see it again</strong>. FinCoach stores only a hash
        of it.
      </Alert>
      <div className="flex flex-col gap-2 sm:flex-row">
        <div className="min-w-0 flex-1">
          <TextField
          ref={inputRef}
          label="Your new token"
          name="new_token"
          readOnly
          value={token.token}
          className="font-mono"
          onFocus={(e) => e.target.select()}
          hint={copyFailed ? 'Copying is not available here: the token is selected, copy it by hand.' : undefined}
          />
        </div>
        <div className="sm:mt-7">
          <Button variant="secondary" onClick={() => void copy()}>
            {copied ? <Check aria-hidden="true" className="size-4" /> : <Copy aria-hidden="true" className="size-4" />}
            {copied ? 'Copied' : 'Copy'}
          </Button>
        </div>
      </div>
      <div className="flex justify-end">
        <Button onClick={onDone}>I have copied it</Button>
      </div>
    </div>
  )
}

function TokenList() {
  const tokens = useApiTokens()
  const [revoking, setRevoking] = useState<ApiToken | null>(null)
  const revoke = useRevokeApiToken()

  if (tokens.isPending) {
    return (
      <div role="status" className="space-y-2" aria-busy="true" aria-label="Loading your API tokens">
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
      </div>
    )
  }
  if (tokens.isError) {
    return (
      <div className="space-y-3">
        <Alert title="Your API tokens could not be loaded.">{errorMessage(tokens.error)}</Alert>
        <Button variant="secondary" onClick={() => void tokens.refetch()}>
          Try again
        </Button>
      </div>
    )
  }
  if (tokens.data.length === 0) {
    return <p className="text-sm text-zinc-500">You have no API tokens.</p>
  }

  const now = Date.now()
  return (
    <>
      <ul aria-label="Your API tokens" className="divide-y divide-zinc-100 rounded-lg ring-1 ring-zinc-200">
        {tokens.data.map((token) => {
          const expired = new Date(token.expires_at).getTime() <= now
          const scope = scopeOf(token.scope)
          return (
            <li key={token.id} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="truncate font-medium text-zinc-900">{token.name}</span>
                  <Badge tone={scope.tone}>{scope.label}</Badge>
                  {expired && <Badge tone="zinc">Expired</Badge>}
                </div>
                <p className="text-sm text-zinc-500">
                  <code className="text-zinc-700">{token.prefix}…</code>
                  {' · '}created {formatDay(token.created_at)}
                  {' · '}
                  {expired ? 'expired' : 'expires'} {formatDay(token.expires_at)}
                  {' · '}last used {formatRelative(token.last_used_at, now)}
                </p>
              </div>
              <Button
                variant="secondary"
                className="shrink-0"
                aria-label={`Revoke ${token.name}`}
                onClick={() => {
                  revoke.reset()
                  setRevoking(token)
                }}
              >
                Revoke
              </Button>
            </li>
          )
        })}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke"
        busy={revoke.isPending}
        error={revoke.isError ? errorMessage(revoke.error) : null}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })
        }}
      >
        Anything still using this token is refused from now on. This cannot be undone.
      </ConfirmDialog>
    </>
  )
}
