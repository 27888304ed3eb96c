import { expect, test } from '@playwright/test'
import { ledgerApi } from './ledger'
import { screenshot } from './pages'
import { signUpAndStart } from './session'

test('accounts: balances, rename, archive and restore, merge', async ({ page, request }) => {
  test.setTimeout(90_000)
  const pair = await signUpAndStart(request, page, 'Accounts Tester')
  const ledger = ledgerApi(request, pair.access_token)
  const main = await ledger.addAccount('HDFC card', { last4: '1234', institution: 'HDFC Bank', currency: 'INR' })
  const old = await ledger.addAccount('Old card', { last4: '9876', institution: 'HDFC Bank', currency: 'INR' })
  const wallet = await ledger.addAccount('Cash', { kind: 'cash', currency: 'INR' })
  await ledger.addTransaction({ amount: '500.00', type: 'credit', account_id: main.id })
  await ledger.addTransaction({ amount: '120.00', account_id: main.id })
  await ledger.addTransaction({ amount: '70.00', account_id: old.id })
  await ledger.addTransaction({ amount: '20.00', account_id: wallet.id })

  await page.goto('/dashboard')
  await page.getByRole('complementary', { name: 'Sidebar' }).getByRole('link', { name: 'Cards & bank accounts' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Cards & bank accounts' })).toBeVisible()
  const accounts = page.getByRole('list', { name: 'Accounts' })
  const hdfc = accounts.getByRole('listitem', { name: 'HDFC card' })
  await expect(hdfc).toContainText('Computed balance')
  await expect(hdfc).toContainText('380.00') // 500 in, 120 out
  await expect(hdfc).toContainText('2 transactions')
  await screenshot(page, 'ledger-accounts')

  // Rename by keyboard alone.
  await accounts.getByRole('listitem', { name: 'Cash' }).getByRole('button', { name: 'Rename Cash' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('Pocket money')
  await page.keyboard.press('Enter')
  await expect(accounts.getByRole('listitem', { name: 'Pocket money' })).toBeVisible()

  // Archive hides it; "Show archived" brings it back to restore.
  await accounts.getByRole('listitem', { name: 'Pocket money' }).getByRole('button', { name: 'Archive Pocket money' }).click()
  await expect(accounts.getByRole('listitem', { name: 'Pocket money' })).toBeHidden()
  await page.getByRole('button', { name: 'Show archived (1)' }).click()
  await accounts.getByRole('listitem', { name: 'Pocket money' }).getByRole('button', { name: 'Restore Pocket money' }).click()
  await expect(accounts.getByRole('listitem', { name: 'Pocket money' })).not.toContainText('Archived')

  // Merge the old card into the HDFC card: its transaction moves, it leaves the list.
  const oldCard = accounts.getByRole('listitem', { name: 'Old card' })
  await oldCard.getByRole('button', { name: 'Merge Old card' }).click()
  await oldCard.getByLabel('Merge into').selectOption({ label: 'HDFC card' })
  await oldCard.getByRole('button', { name: 'Merge', exact: true }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Merge Old card into HDFC card?' })
  await confirm.getByRole('button', { name: 'Merge accounts' }).click()
  await expect(oldCard).toBeHidden()
  await expect(hdfc).toContainText('3 transactions')
  await expect(hdfc).toContainText('310.00')
  await hdfc.getByRole('link', { name: '3 transactions' }).click()
  await expect(page.getByRole('list', { name: 'Transactions' }).getByRole('listitem')).toHaveCount(3)
})
