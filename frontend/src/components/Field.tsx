import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react'
import { cn } from '@/lib/cn'

const controlClass =
  'block w-full rounded-lg border-0 bg-white px-3 py-2 text-base text-zinc-900 sm:text-sm shadow-xs ring-1 ring-inset placeholder:text-zinc-400 focus:outline-none focus-visible:outline-none focus:ring-2 focus:ring-brand-600 disabled:bg-zinc-50 disabled:text-zinc-500'

interface FieldChrome {
  label: ReactNode
  /** Shown under the control, linked with aria-describedby. */
  hint?: ReactNode
  /** Shown under the control in red; marks the control aria-invalid. */
  error?: string | null
  /** Extra content on the label's line (e.g. a "Forgot?" link). */
  labelAside?: ReactNode
}

function FieldFrame({
  id,
  label,
  hint,
  error,
  labelAside,
  children,
}: FieldChrome & { id: string; children: ReactNode }) {
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
          {label}
        </label>
        {labelAside}
      </div>
      <div className="relative mt-1.5">{children}</div>
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 text-sm text-red-700">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1.5 text-sm text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

export type TextFieldProps = FieldChrome &
  InputHTMLAttributes<HTMLInputElement> & {
    /** Content inside the control's right edge (e.g. a show/hide button). */
    trailing?: ReactNode
  }

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, labelAside, trailing, id: idProp, className, ...rest },
  ref,
) {
  const autoId = useId()
  const id = idProp ?? autoId
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} labelAside={labelAside}>
      {trailing && <div className="absolute inset-y-0 right-1.5 z-10 flex items-center">{trailing}</div>}
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cn(controlClass, error ? 'ring-red-400' : 'ring-zinc-300', className)}
        {...rest}
      />
    </FieldFrame>
  )
})

export type SelectFieldProps = FieldChrome & SelectHTMLAttributes<HTMLSelectElement>

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, hint, error, labelAside, id: idProp, className, children, ...rest },
  ref,
) {
  const autoId = useId()
  const id = idProp ?? autoId
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} labelAside={labelAside}>
      <select
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cn(controlClass, 'pr-8', error ? 'ring-red-400' : 'ring-zinc-300', className)}
        {...rest}
      >
        {children}
      </select>
    </FieldFrame>
  )
})
