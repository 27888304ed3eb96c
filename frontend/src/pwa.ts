/** The service worker (public/sw.js): installable app, last loaded ledger offline. */

/** Register it in a built app (not under the dev server, where it would cache modules). */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No service worker (private mode, an old browser): the app works, just not offline.
    })
  })
}

/** Forget the API answers kept for offline use (the session ended: the next person must not see them). */
export function clearOfflineCopies() {
  if (typeof caches !== 'undefined') void caches.delete('fincoach-api').catch(() => undefined)
  navigator.serviceWorker?.controller?.postMessage('clear-api')
}
