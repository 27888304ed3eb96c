/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The FastAPI backend serves dist/ on the same origin as the API, so the app only
// ever uses relative URLs. In development Vite proxies the API paths to uvicorn.
const backend = process.env.FINCOACH_API_URL ?? 'http://localhost:8000'
const proxied = ['/health', '/metrics', '/docs', '/openapi.json']

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      // /api also carries the WebSocket at /api/v1/ws.
      '/api': { target: backend, changeOrigin: true, ws: true },
      ...Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: true }])),
    },
  },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // Generous limits: a loaded 2-core machine once timed a test out at the 5 s default. The
    // tests wait on rendered results, never on the clock, so a slow run is only slower.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
