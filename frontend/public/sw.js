/*
 * FinCoach's service worker (hand-written, no build step): the app installs as a PWA and shows
 * the last loaded ledger offline, read-only.
 *
 * - Pages (navigations): network first; offline, the app's index.html as last cached.
 * - /assets/* (content-hashed file names): cache first, kept as fetched.
 * - GET /api/v1/* answers (the ledger, categories, accounts, the profile...): network first, each
 *   kept by its URL; offline, the last copy (or a 503 in the API's error shape when there is none).
 *   Changes (POST, PATCH, PUT, DELETE) are never cached; the app refuses them while offline.
 * - The page deletes the API copies when the session ends (a message 'clear-api'), so a next person
 *   on the device never sees them.
 */
const VERSION = 'v1'
const SHELL = `fincoach-shell-${VERSION}`
const API = 'fincoach-api'
const INDEX = '/index.html'

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll([INDEX, '/manifest.webmanifest', '/favicon.svg', '/icon-192.png']))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('fincoach-shell-') && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('message', (event) => {
  if (event.data === 'clear-api') event.waitUntil(caches.delete(API))
})

function offlineAnswer() {
  return new Response(
    JSON.stringify({ error: { code: 'offline', message: 'You are offline, and this was not loaded before.', details: null } }),
    { status: 503, headers: { 'Content-Type': 'application/json' } },
  )
}

async function networkFirstApi(request) {
  const cache = await caches.open(API)
  try {
    const response = await fetch(request)
    const type = response.headers.get('Content-Type') || ''
    if (response.ok && type.includes('application/json')) await cache.put(request, response.clone())
    return response
  } catch {
    return (await cache.match(request, { ignoreVary: true })) || offlineAnswer()
  }
}

async function page(request) {
  const cache = await caches.open(SHELL)
  try {
    const response = await fetch(request)
    if (response.ok && (response.headers.get('Content-Type') || '').includes('text/html')) await cache.put(INDEX, response.clone())
    return response
  } catch {
    return (await cache.match(INDEX)) || Response.error()
  }
}

async function asset(request) {
  const cache = await caches.open(SHELL)
  const hit = await cache.match(request)
  if (hit) return hit
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate') event.respondWith(page(request))
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request))
  else if (url.pathname.startsWith('/api/v1/') && url.pathname !== '/api/v1/ws' && !url.pathname.endsWith('.csv'))
    event.respondWith(networkFirstApi(request))
})
