/**
 * Plaid Link, Plaid's own widget for choosing a bank and signing in to it. Its script only
 * loads from Plaid's CDN, so it is fetched lazily, the first time someone links a bank (never
 * on page load), and a failure to load is an error the page shows.
 */

export const PLAID_LINK_SCRIPT = 'https://cdn.plaid.com/link/v2/stable/link-initialize.js'

export interface PlaidLinkMetadata {
  institution?: { name?: string; institution_id?: string } | null
}

interface PlaidHandler {
  open: () => void
  destroy?: () => void
}

interface PlaidGlobal {
  create: (options: {
    token: string
    onSuccess: (publicToken: string, metadata: PlaidLinkMetadata) => void
    onExit?: (error: { display_message?: string | null; error_message?: string } | null) => void
  }) => PlaidHandler
}

declare global {
  interface Window {
    Plaid?: PlaidGlobal
  }
}

let loading: Promise<PlaidGlobal> | null = null

export function loadPlaidLink(): Promise<PlaidGlobal> {
  if (window.Plaid) return Promise.resolve(window.Plaid)
  if (loading) return loading
  loading = new Promise<PlaidGlobal>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = PLAID_LINK_SCRIPT
    script.async = true
    script.onload = () => (window.Plaid ? resolve(window.Plaid) : reject(new Error('Plaid Link did not start.')))
    script.onerror = () => {
      script.remove()
      reject(new Error('Plaid Link could not be loaded (is this browser offline, or is cdn.plaid.com blocked?).'))
    }
    document.head.appendChild(script)
  }).catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

/**
 * Open Plaid Link with this token. Resolves with Link's public token and the bank's name when
 * the person finished, with null when they closed it.
 */
export async function openPlaidLink(token: string): Promise<{ publicToken: string; institution: string | null } | null> {
  const Plaid = await loadPlaidLink()
  return new Promise((resolve, reject) => {
    const handler = Plaid.create({
      token,
      onSuccess: (publicToken, metadata) => {
        handler.destroy?.()
        resolve({ publicToken, institution: metadata.institution?.name ?? null })
      },
      onExit: (error) => {
        handler.destroy?.()
        if (error) reject(new Error(error.display_message || error.error_message || 'Plaid Link stopped.'))
        else resolve(null)
      },
    })
    handler.open()
  })
}
