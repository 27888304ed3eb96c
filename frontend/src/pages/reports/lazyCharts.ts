/** The charts, each loaded on first use (recharts stays out of the first load). */
import { lazy } from 'react'

const charts = () => import('./charts')

export const CashFlowChart = lazy(() => charts().then((m) => ({ default: m.CashFlowChart })))
export const RankedBarsChart = lazy(() => charts().then((m) => ({ default: m.RankedBarsChart })))
export const TrendChart = lazy(() => charts().then((m) => ({ default: m.TrendChart })))
export const ForecastChart = lazy(() => charts().then((m) => ({ default: m.ForecastChart })))
export const IncomeSankeyChart = lazy(() => charts().then((m) => ({ default: m.IncomeSankeyChart })))
