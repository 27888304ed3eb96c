import { forwardRef, useState } from 'react'
import { TextField, type TextFieldProps } from './Field'

/** A password input with a show/hide toggle. */
export const PasswordField = forwardRef<HTMLInputElement, Omit<TextFieldProps, 'type' | 'trailing'>>(
  function PasswordField({ className, ...props }, ref) {
    const [visible, setVisible] = useState(false)
    return (
      <TextField
        ref={ref}
        type={visible ? 'text' : 'password'}
        className={className ? `pr-16 ${className}` : 'pr-16'}
        trailing={
          <button
            type="button"
            onClick={() => setVisible((v) => !v)}
            className="rounded-md px-2 py-1 text-xs font-medium text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800"
            aria-label={visible ? 'Hide password' : 'Show password'}
            aria-pressed={visible}
          >
            {visible ? 'Hide' : 'Show'}
          </button>
        }
        {...props}
      />
    )
  },
)
