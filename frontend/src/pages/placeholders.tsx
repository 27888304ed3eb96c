import { Activity, Mail, PiggyBank, Plug, Receipt, Tags, type LucideIcon } from 'lucide-react'
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

export function EmailsPage() {
  return (
    <PlaceholderPage
      title="Emails"
      description="The bank alerts and receipts FinCoach has imported, and what it read from each."
      icon={Mail}
      emptyTitle="No emails imported yet"
      action={connectLink}
    >
      Once your mailbox is connected, the messages FinCoach imports are listed here with the transaction it
      extracted from each one, or the reason it skipped it.
    </PlaceholderPage>
  )
}

export function JobsPage() {
  return (
    <PlaceholderPage
      title="Jobs"
      description="Background work: mailbox fetches, extraction and categorisation."
      icon={Activity}
      emptyTitle="No jobs have run yet"
      action={connectLink}
    >
      Imports run in the background. Once your mailbox is connected, each fetch shows here with live progress:
      how many emails were read, how many became transactions, and any that failed.
    </PlaceholderPage>
  )
}

export function AccountsPage() {
  return (
    <PlaceholderPage
      title="Connected accounts"
      description="The mailboxes FinCoach reads bank alerts and receipts from."
      icon={Plug}
      emptyTitle="No mailbox connected"
      action={
        <span className="inline-flex items-center rounded-full bg-zinc-100 px-3 py-1 text-xs font-medium text-zinc-600">
          Connecting a mailbox from the app is coming soon
        </span>
      }
    >
      Connecting Gmail or an IMAP mailbox is the first step: everything else in FinCoach is built from the mail it
      reads. FinCoach only reads messages; it never sends or deletes anything.
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
