import { PiggyBank, Plug, Receipt, Tags, type LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'
import { ButtonLink } from '@/components/ButtonLink'
import { EmptyState } from '@/components/EmptyState'
import { PageHeader } from '@/components/PageHeader'
import { usePageTitle } from '@/hooks/usePageTitle'

function PlaceholderPage({ title, description, icon, emptyTitle, children, action }: {
  title: string
  description: string
  icon: LucideIcon
  emptyTitle: string
  children: ReactNode
  action?: ReactNode
}) {
  usePageTitle(title)
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState icon={icon} title={emptyTitle} action={action}>
        {children}
      </EmptyState>
    </>
  )
}

const connectLink = (
  <ButtonLink to="/accounts">
    <Plug aria-hidden="true" className="size-4" />
    Connect a mailbox
  </ButtonLink>
)

export function TransactionsPage() {
  return (
    <PlaceholderPage
      title="Transactions"
      description="Every payment in and out, read from your bank alerts and receipts."
      icon={Receipt}
      emptyTitle="No transactions yet"
      action={connectLink}
    >
      Transactions appear here once your mailbox is connected. FinCoach records each payment it finds with its
      amount, merchant, account and category, and you can search, filter and correct them.
    </PlaceholderPage>
  )
}

export function CategoriesPage() {
  return (
    <PlaceholderPage
      title="Categories & rules"
      description="How transactions are sorted, and the rules you teach FinCoach."
      icon={Tags}
      emptyTitle="Categories arrive with your first import"
      action={connectLink}
    >
      FinCoach sorts each transaction into a category such as Groceries or Rent. Once your mailbox is connected you
      can rename categories and add rules, like “anything from this merchant is Eating out”.
    </PlaceholderPage>
  )
}

export function BudgetsPage() {
  return (
    <PlaceholderPage
      title="Budgets & goals"
      description="Monthly limits per category, and savings goals to work towards."
      icon={PiggyBank}
      emptyTitle="No budgets or goals yet"
      action={connectLink}
    >
      Budgets and goals are tracked against your real transactions, so they connect once your mailbox is connected
      and the first import has run.
    </PlaceholderPage>
  )
}
