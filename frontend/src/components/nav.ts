import {
  Activity,
  ChartColumn,
  FlaskConical,
  ClipboardCheck,
  FileCheck,
  Gauge,
  Landmark,
  LayoutDashboard,
  Mail,
  PiggyBank,
  Plug,
  Receipt,
  Settings,
  Tags,
  Users,
  type LucideIcon,
} from 'lucide-react'

export interface NavItem {
  to: string
  label: string
  icon: LucideIcon
  /** A count beside the label: the review inbox's open items. */
  badge?: 'review'
  /** Shown to administrators only. */
  adminOnly?: boolean
}

export interface NavSection {
  heading: string | null
  items: NavItem[]
}

export const navSections: NavSection[] = [
  {
    heading: null,
    items: [
      { to: '/dashboard', label: 'Dashboard', icon: LayoutDashboard },
      { to: '/review', label: 'Review', icon: ClipboardCheck, badge: 'review' },
    ],
  },
  {
    heading: 'Money',
    items: [
      { to: '/transactions', label: 'Transactions', icon: Receipt },
      { to: '/reports', label: 'Reports', icon: ChartColumn },
      { to: '/ledger-accounts', label: 'Cards & bank accounts', icon: Landmark },
      { to: '/budgets', label: 'Budgets & goals', icon: PiggyBank },
      { to: '/categories', label: 'Categories & rules', icon: Tags },
      { to: '/reconciliation', label: 'Reconciliation', icon: FileCheck },
    ],
  },
  {
    heading: 'Mailbox',
    items: [
      { to: '/accounts', label: 'Connected accounts', icon: Plug },
      { to: '/emails', label: 'Emails', icon: Mail },
      { to: '/senders', label: 'Senders', icon: Users },
      { to: '/jobs', label: 'Jobs', icon: Activity },
    ],
  },
  {
    heading: 'Admin',
    items: [
      { to: '/admin/queues', label: 'Queues', icon: Gauge, adminOnly: true },
      {
        to: '/admin/categorisers',
        label: 'Categoriser experiments',
        icon: FlaskConical,
        adminOnly: true,
      },
    ],
  },
]

export const settingsItem: NavItem = { to: '/settings', label: 'Settings', icon: Settings }
