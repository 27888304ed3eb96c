import { useMemo, useRef } from 'react'
import type { ReadingField } from '@/api/types'
import { cn } from '@/lib/cn'
import { formatDateTime } from '@/lib/format'
import {
  byFieldOrder,
  fieldColour,
  fieldLabel,
  segmentText,
  selectionOffsets,
  type FieldSpan,
} from '@/lib/highlight'

/** A value as a person reads it: dates in their zone, the rest as read. */
function shown(field: ReadingField): string | null {
  if (field.field === 'occurred_at' && field.value && !Number.isNaN(Date.parse(field.value))) return formatDateTime(field.value)
  return field.value
}

/** A field's name and value, for a title ("Amount: 450.00"). */
function describe(fields: readonly ReadingField[], name: string): string {
  const value = fields.find((f) => f.field === name)?.value
  return value ? `${fieldLabel(name)}: ${value}` : fieldLabel(name)
}

/**
 * The text extraction read, each field's span in its colour. Hovering (or focusing) a span
 * makes its field active, and the active field's spans stand out. The colour is never the
 * only cue: each span is underlined, titled with its field and value, and the legend names
 * the fields. `onSelectText` gets a selection as offsets into `text`.
 */
export function HighlightedMessage({
  text,
  fields,
  active,
  onActive,
  onSelectText,
  className,
}: {
  text: string
  fields: readonly ReadingField[]
  active: string | null
  onActive: (field: string | null) => void
  onSelectText?: (range: { start: number; end: number }) => void
  className?: string
}) {
  const ref = useRef<HTMLPreElement>(null)
  const segments = useMemo(
    () => segmentText(text, fields.map((f): FieldSpan => ({ field: f.field, start: f.start, end: f.end }))),
    [text, fields],
  )

  const reportSelection = () => {
    if (!onSelectText || !ref.current) return
    const range = selectionOffsets(ref.current, window.getSelection())
    if (range) onSelectText(range)
  }

  return (
    <pre
      ref={ref}
      data-length={text.length}
      aria-label="Message text"
      onMouseUp={reportSelection}
      onKeyUp={reportSelection}
      className={cn(
        'max-h-[32rem] overflow-auto rounded-lg p-4 font-sans text-sm leading-7 break-words whitespace-pre-wrap text-zinc-800 ring-1 ring-zinc-200',
        className,
      )}
    >
      {segments.map((segment) => {
        if (segment.fields.length === 0) {
          return (
            <span key={segment.start} data-start={segment.start}>
              {segment.text}
            </span>
          )
        }
        const [own] = segment.fields
        const isActive = active !== null && segment.fields.includes(active)
        const colour = fieldColour(isActive ? active : own)
        return (
          <mark
            key={segment.start}
            data-start={segment.start}
            data-fields={segment.fields.join(' ')}
            data-active={isActive || undefined}
            title={segment.fields.map((f) => describe(fields, f)).join(' · ')}
            onMouseEnter={() => onActive(own)}
            onMouseLeave={() => onActive(null)}
            className={cn(
              'rounded-sm border-b-2 text-zinc-900 transition-colors',
              colour.mark,
              isActive && cn(colour.strong, 'outline-2 outline-zinc-900/60'),
            )}
          >
            {segment.text}
          </mark>
        )
      })}
    </pre>
  )
}

/** The fields read, each with its colour and value; hovering or focusing one lights its span. */
export function FieldLegend({
  fields,
  active,
  onActive,
}: {
  fields: readonly ReadingField[]
  active: string | null
  onActive: (field: string | null) => void
}) {
  const sorted = [...fields].sort((a, b) => byFieldOrder(a.field, b.field))
  if (sorted.length === 0) return <p className="text-sm text-zinc-500">No field was read from this message.</p>
  return (
    <ul aria-label="Fields read" className="space-y-1.5 text-sm">
      {sorted.map((field) => {
        const isActive = active === field.field
        return (
          <li
            key={`${field.field}-${field.start}`}
            tabIndex={0}
            aria-label={`${fieldLabel(field.field)}: ${shown(field) ?? 'not read'}`}
            data-active={isActive || undefined}
            onMouseEnter={() => onActive(field.field)}
            onMouseLeave={() => onActive(null)}
            onFocus={() => onActive(field.field)}
            onBlur={() => onActive(null)}
            className={cn(
              'rounded-md px-2 py-1 ring-1 ring-transparent outline-none',
              isActive ? 'bg-zinc-100 ring-zinc-400' : 'hover:bg-zinc-50 focus-visible:ring-zinc-400',
            )}
          >
            <div className="flex items-center gap-2">
              <span aria-hidden="true" className={cn('size-3 shrink-0 rounded-sm', fieldColour(field.field).swatch)} />
              <span className="text-xs text-zinc-500">{fieldLabel(field.field)}</span>
              <span className="ml-auto shrink-0 text-xs text-zinc-400">
                {field.source}
                {field.confidence !== null && field.confidence !== undefined ? ` · ${Math.round(field.confidence * 100)}%` : ''}
              </span>
            </div>
            <p className="pl-5 font-medium break-words text-zinc-900">{shown(field) ?? '—'}</p>
          </li>
        )
      })}
    </ul>
  )
}
