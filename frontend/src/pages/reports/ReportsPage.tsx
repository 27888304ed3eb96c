import { PageHeader } from '@/components/PageHeader'
import { PeriodPicker } from '@/components/PeriodPicker'
import { usePageTitle } from '@/hooks/usePageTitle'
import { usePeriod } from '@/hooks/usePeriod'
import {
  CashFlowView,
  ForecastView,
  IncomeSankeyView,
  PeriodSummary,
  RecurringView,
  SpendByCategoryView,
  TopMerchantsView,
} from './views'

/** Every report for one period (kept in the URL), and the forecast and recurring payments. */
export function ReportsPage() {
  usePageTitle('Reports')
  const [period, choose] = usePeriod()
  return (
    <>
      <PageHeader title="Reports" description="Cash flow, where the money went, merchants, next month's forecast and recurring payments." />
      <div className="mb-6">
        <PeriodPicker key={`${period.key}|${period.from}|${period.to}`} period={period} onChange={choose} />
      </div>
      <PeriodSummary period={period} />
      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        <div className="xl:col-span-2">
          <CashFlowView period={period} />
        </div>
        <div className="xl:col-span-2">
          <IncomeSankeyView period={period} />
        </div>
        <SpendByCategoryView period={period} />
        <TopMerchantsView period={period} />
        <ForecastView />
        <RecurringView canShowDismissed />
      </div>
    </>
  )
}
