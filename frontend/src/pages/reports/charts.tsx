/**
 * The report charts (recharts). Only ever loaded through lazyCharts.ts (React.lazy), so the
 * charting library is fetched by the pages that draw a chart and never by the first load.
 * Numbers here are for drawing only (Number(amount)); the exact amounts are in each view's
 * table, which is what screen readers read (the charts are aria-hidden, and leave out recharts'
 * keyboard layer: nothing focusable hides inside them).
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  ErrorBar,
  Legend,
  Line,
  ResponsiveContainer,
  Sankey,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatMoney } from '@/lib/format'

export const CHART_COLOURS = ['#059669', '#0ea5e9', '#f59e0b', '#8b5cf6', '#ef4444', '#14b8a6', '#ec4899', '#64748b']

export interface FlowPoint {
  label: string
  inflow: number
  outflow: number
  net: number
}

export function CashFlowChart({ data, currency }: { data: FlowPoint[]; currency: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart accessibilityLayer={false} data={data} margin={{ left: 4, right: 8, top: 8 }}>
        <CartesianGrid vertical={false} stroke="#f4f4f5" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={12} />
        <YAxis tick={{ fontSize: 12 }} width={64} />
        <Tooltip formatter={(v) => formatMoney(String(v), currency)} />
        <Legend />
        <Bar dataKey="inflow" name="Income" fill="#059669" radius={[3, 3, 0, 0]} />
        <Bar dataKey="outflow" name="Expense" fill="#f59e0b" radius={[3, 3, 0, 0]} />
        <Line dataKey="net" name="Net" stroke="#0f172a" strokeWidth={2} dot={false} type="monotone" />
      </ComposedChart>
    </ResponsiveContainer>
  )
}

export interface BarPoint {
  name: string
  amount: number
}

/** Horizontal bars, largest first (categories, merchants). */
export function RankedBarsChart({ data, currency }: { data: BarPoint[]; currency: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 8, right: 8 }}>
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(v) => formatMoney(String(v), currency)} />
        <Bar dataKey="amount" name="Amount" radius={[0, 4, 4, 0]}>
          {data.map((point, n) => (
            <Cell key={point.name} fill={CHART_COLOURS[n % CHART_COLOURS.length]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}

export interface TrendPoint {
  month: string
  Income: number
  Expense: number
}

export function TrendChart({ data, currency }: { data: TrendPoint[]; currency: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={data}>
        <CartesianGrid vertical={false} stroke="#f4f4f5" />
        <XAxis dataKey="month" tick={{ fontSize: 12 }} />
        <YAxis tick={{ fontSize: 12 }} width={60} />
        <Tooltip formatter={(v) => formatMoney(String(v), currency)} />
        <Legend />
        <Bar dataKey="Income" fill="#059669" radius={[4, 4, 0, 0]} />
        <Bar dataKey="Expense" fill="#f59e0b" radius={[4, 4, 0, 0]} />
      </BarChart>
    </ResponsiveContainer>
  )
}

export interface ForecastPoint {
  name: string
  amount: number
  /** [below, above] the amount: the range's ends as offsets, as ErrorBar draws them. */
  range: [number, number]
}

export function ForecastChart({ data, currency }: { data: ForecastPoint[]; currency: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={data} margin={{ left: 4, right: 8, top: 8 }}>
        <CartesianGrid vertical={false} stroke="#f4f4f5" />
        <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} angle={-20} textAnchor="end" height={50} />
        <YAxis tick={{ fontSize: 12 }} width={64} />
        <Tooltip formatter={(v) => (Array.isArray(v) ? '' : formatMoney(String(v), currency))} />
        <Bar dataKey="amount" name="Forecast" fill="#0ea5e9" radius={[3, 3, 0, 0]}>
          <ErrorBar dataKey="range" width={6} stroke="#334155" direction="y" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}

export interface SankeyInput {
  nodes: { name: string }[]
  links: { source: number; target: number; value: number }[]
}

interface NodeProps {
  x: number
  y: number
  width: number
  height: number
  index: number
  payload: { name: string; depth?: number }
  containerWidth?: number
}

function SankeyNode({ x, y, width, height, index, payload }: NodeProps) {
  const left = (payload.depth ?? 0) === 0
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={CHART_COLOURS[index % CHART_COLOURS.length]} />
      <text
        x={left ? x + width + 6 : x - 6}
        y={y + height / 2}
        textAnchor={left ? 'start' : 'end'}
        dominantBaseline="middle"
        fontSize={12}
        fill="#27272a"
      >
        {payload.name}
      </text>
    </g>
  )
}

/** Income sources → money in → where it went (categories, and what was saved). */
export function IncomeSankeyChart({ data, currency }: { data: SankeyInput; currency: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <Sankey
        accessibilityLayer={false}
        data={data}
        nodePadding={18}
        margin={{ top: 8, bottom: 8, left: 8, right: 8 }}
        link={{ stroke: '#a7f3d0' }}
        node={(props: NodeProps) => <SankeyNode {...props} />}
      >
        <Tooltip formatter={(v) => formatMoney(String(v), currency)} />
      </Sankey>
    </ResponsiveContainer>
  )
}
