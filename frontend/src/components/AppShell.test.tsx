import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { demoUser, json, mockFetch, renderApp, signIn } from '@/test/utils'

describe('AppShell mobile menu', () => {
  it('opens as a labelled dialog, closes on Escape and returns focus to the menu button', async () => {
    signIn(1)
    mockFetch({
      'GET /api/v1/users/me': () => json(200, demoUser),
      'GET /health': () => json(200, { status: 'degraded', database: 'ok', redis: 'down' }),
    })
    renderApp('/dashboard')
    const user = userEvent.setup()
    const open = screen.getByRole('button', { name: 'Open menu' })
    expect(open).toHaveAttribute('aria-expanded', 'false')

    await user.click(open)
    const dialog = screen.getByRole('dialog', { name: 'Main menu' })
    expect(dialog).toBeInTheDocument()
    expect(open).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('button', { name: 'Close menu' })).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(open).toHaveFocus()

    await user.click(open)
    const links = screen.getAllByRole('link', { name: 'Jobs' })
    await user.click(links[links.length - 1])
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/jobs'))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getAllByText('Server degraded').length).toBeGreaterThan(0)
  })
})
