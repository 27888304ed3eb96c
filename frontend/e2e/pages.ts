import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'

export const ARTIFACTS_DIR = fileURLToPath(new URL('./artifacts/', import.meta.url))

/**
 * Save a screenshot to e2e/artifacts/<name>.png (gitignored). The visible viewport by
 * default: a full-page capture misplaces the fixed desktop sidebar and open menus.
 */
export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  await page.screenshot({ path: `${ARTIFACTS_DIR}${name}.png`, fullPage })
}

/** The signed-in pages, as the sidebar names them. */
export const shellPages = [
  { path: '/dashboard', nav: 'Dashboard', slug: 'dashboard' },
  { path: '/transactions', nav: 'Transactions', slug: 'transactions' },
  { path: '/budgets', nav: 'Budgets & goals', slug: 'budgets' },
  { path: '/categories', nav: 'Categories & rules', slug: 'categories' },
  { path: '/accounts', nav: 'Connected accounts', slug: 'accounts' },
  { path: '/emails', nav: 'Emails', slug: 'emails' },
  { path: '/jobs', nav: 'Jobs', slug: 'jobs' },
  { path: '/settings', nav: 'Settings', slug: 'settings' },
] as const
