import { forwardRef } from 'react'
import { TextField, type TextFieldProps } from './Field'

/** The big centred look of a code typed on its own screen (sign-in steps). */
export const BIG_CODE_CLASS = 'py-3! text-center font-mono text-2xl! tracking-[0.5em] placeholder:tracking-[0.5em]'

type DigitCodeFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'maxLength'> & {
  value: string
  /** Called with the digits typed (anything else dropped), at most `length` of them. */
  onDigits: (digits: string) => void
  length?: number
}

/** A one-time code of digits (emailed, or from an authenticator app), filled in by the phone's keypad and autofill. */
export const DigitCodeField = forwardRef<HTMLInputElement, DigitCodeFieldProps>(function DigitCodeField(
  { onDigits, length = 6, ...props },
  ref,
) {
  return (
    <TextField
      ref={ref}
      onChange={(e) => onDigits(e.target.value.replace(/\D/g, '').slice(0, length))}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      maxLength={length}
      {...props}
    />
  )
})
