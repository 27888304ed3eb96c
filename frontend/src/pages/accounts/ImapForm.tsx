import { useRef, useState, type FormEvent } from 'react'
import { errorMessage, isApiError } from '@/api/client'
import { useAddImapAccount } from '@/api/queries'
import type { ConnectedAccount, ImapAccountCreate } from '@/api/types'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { SelectField, TextField } from '@/components/Field'
import { PasswordField } from '@/components/PasswordField'

/** IMAP servers of the big providers, filled in from the address's domain. */
const KNOWN_HOSTS: Record<string, string> = {
  'gmail.com': 'imap.gmail.com',
  'googlemail.com': 'imap.gmail.com',
  'outlook.com': 'outlook.office365.com',
  'hotmail.com': 'outlook.office365.com',
  'live.com': 'outlook.office365.com',
  'yahoo.com': 'imap.mail.yahoo.com',
  'icloud.com': 'imap.mail.me.com',
  'me.com': 'imap.mail.me.com',
  'fastmail.com': 'imap.fastmail.com',
  'zoho.com': 'imap.zoho.com',
  'aol.com': 'imap.aol.com',
}

const DEFAULT_PORT = { tls: '993', starttls: '143' } as const
type Security = keyof typeof DEFAULT_PORT
type FieldName = 'username' | 'password' | 'host' | 'port' | 'folder' | 'display_name'

const LOGIN_CODES = new Set([
  'mailbox_login_failed',
  'mailbox_unreachable',
  'mailbox_refused',
  'mailbox_host_refused',
])

export function ImapForm({ onConnected }: { onConnected: (account: ConnectedAccount) => void }) {
  const [values, setValues] = useState({
    username: '',
    password: '',
    host: '',
    port: DEFAULT_PORT.tls as string,
    security: 'tls' as Security,
    folder: 'INBOX',
    display_name: '',
  })
  const [hostTouched, setHostTouched] = useState(false)
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({})
  const [formError, setFormError] = useState<{ title: string; message: string } | null>(null)
  const add = useAddImapAccount()
  const refs = {
    username: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    host: useRef<HTMLInputElement>(null),
    port: useRef<HTMLInputElement>(null),
    folder: useRef<HTMLInputElement>(null),
    display_name: useRef<HTMLInputElement>(null),
  }

  const set = (name: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [name]: value }))
    setFieldErrors((e) => ({ ...e, [name]: undefined }))
  }

  const onUsername = (value: string) => {
    const domain = value.split('@')[1]?.trim().toLowerCase()
    // Until the server is typed in by hand, suggest the provider's.
    setValues((v) => ({ ...v, username: value, host: hostTouched ? v.host : (domain && KNOWN_HOSTS[domain]) || '' }))
    setFieldErrors((e) => ({ ...e, username: undefined, host: hostTouched ? e.host : undefined }))
  }

  const onSecurity = (security: Security) => {
    // Follow the usual port for the security, unless a custom one was typed.
    setValues((v) => ({
      ...v,
      security,
      port: Object.values(DEFAULT_PORT).includes(v.port as '993') ? DEFAULT_PORT[security] : v.port,
    }))
  }

  const validate = (): Partial<Record<FieldName, string>> => {
    const errors: Partial<Record<FieldName, string>> = {}
    if (!values.username.trim()) errors.username = 'Enter the address or user name you sign in to the mailbox with.'
    if (!values.password) errors.password = 'Enter the mailbox password (or an app password).'
    if (!values.host.trim()) errors.host = 'Enter the IMAP server, like imap.example.com.'
    else if (!/^[A-Za-z0-9.\-:[\]]+$/.test(values.host.trim())) errors.host = 'Use only the server name, like imap.example.com.'
    const port = Number(values.port)
    if (!Number.isInteger(port) || port < 1 || port > 65535) errors.port = 'Enter a port from 1 to 65535.'
    if (!values.folder.trim()) errors.folder = 'Enter a folder, usually INBOX.'
    return errors
  }

  const focusFirst = (errors: Partial<Record<FieldName, string>>) => {
    const order: FieldName[] = ['username', 'password', 'host', 'port', 'folder', 'display_name']
    const first = order.find((name) => errors[name])
    if (first) refs[first].current?.focus()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const errors = validate()
    setFieldErrors(errors)
    if (Object.keys(errors).length) {
      focusFirst(errors)
      return
    }
    const body: ImapAccountCreate = {
      username: values.username.trim(),
      password: values.password,
      host: values.host.trim(),
      port: Number(values.port),
      security: values.security,
      folder: values.folder.trim(),
      display_name: values.display_name.trim(),
    }
    add.mutate(body, {
      onSuccess: (account) => {
        setValues((v) => ({ ...v, username: '', password: '', host: '', display_name: '' }))
        setHostTouched(false)
        onConnected(account)
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 422 && Array.isArray(error.details)) {
          const mapped: Partial<Record<FieldName, string>> = {}
          for (const detail of error.details as Array<{ field?: string; message?: string }>) {
            const name = detail.field as FieldName
            if (name in refs && detail.message) mapped[name] = detail.message
          }
          if (Object.keys(mapped).length) {
            setFieldErrors(mapped)
            focusFirst(mapped)
          }
        }
        const title =
          isApiError(error) && LOGIN_CODES.has(error.code)
            ? 'The mail server did not accept the connection'
            : 'The mailbox was not connected'
        setFormError({ title, message: errorMessage(error) })
      },
    })
  }

  return (
    <form noValidate onSubmit={submit} aria-labelledby="imap-heading" className="space-y-5 p-5 sm:p-6">
      <TextField
        ref={refs.username}
        label="Email address or user name"
        name="username"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        value={values.username}
        onChange={(e) => onUsername(e.target.value)}
        error={fieldErrors.username}
      />
      <PasswordField
        ref={refs.password}
        label="Password"
        name="password"
        autoComplete="current-password"
        value={values.password}
        onChange={(e) => set('password', e.target.value)}
        error={fieldErrors.password}
        hint="Gmail, Outlook, Yahoo and iCloud need an app password here, not your usual one."
      />
      <div className="grid gap-5 sm:grid-cols-[1fr_7rem]">
        <TextField
          ref={refs.host}
          label="IMAP server"
          name="host"
          placeholder="imap.example.com"
          autoComplete="off"
          spellCheck={false}
          value={values.host}
          onChange={(e) => {
            setHostTouched(true)
            set('host', e.target.value)
          }}
          error={fieldErrors.host}
        />
        <TextField
          ref={refs.port}
          label="Port"
          name="port"
          inputMode="numeric"
          value={values.port}
          onChange={(e) => set('port', e.target.value.replace(/\D/g, '').slice(0, 5))}
          error={fieldErrors.port}
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          label="Security"
          name="security"
          hint={values.security === 'tls' ? 'Usually port 993.' : 'Usually port 143.'}
          value={values.security} onChange={(e) => onSecurity(e.target.value as Security)}>
          <option value="tls">SSL/TLS</option>
          <option value="starttls">STARTTLS</option>
        </SelectField>
        <TextField
          ref={refs.folder}
          label="Folder"
          name="folder"
          spellCheck={false}
          value={values.folder}
          onChange={(e) => set('folder', e.target.value)}
          error={fieldErrors.folder}
        />
      </div>
      <TextField
        ref={refs.display_name}
        label="Name in FinCoach (optional)"
        name="display_name"
        placeholder="e.g. Personal mail"
        maxLength={200}
        value={values.display_name}
        onChange={(e) => set('display_name', e.target.value)}
        error={fieldErrors.display_name}
      />
      {formError && <Alert title={formError.title}>{formError.message}</Alert>}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" loading={add.isPending} className="shrink-0">
          {add.isPending ? 'Testing the login…' : 'Connect mailbox'}
        </Button>
        <p className="text-xs text-zinc-500">FinCoach signs in once now to check the details, then only reads mail.</p>
      </div>
    </form>
  )
}
