import { useCallback, useEffect, useState } from 'react'

/**
 * Seconds left until a deadline, ticking once a second. `start(seconds)` sets a
 * new deadline; `remaining` is 0 when none is running.
 */
export function useCountdown(initialSeconds = 0) {
  const [deadline, setDeadline] = useState<number | null>(() =>
    initialSeconds > 0 ? Date.now() + initialSeconds * 1000 : null,
  )
  const [now, setNow] = useState(() => Date.now())

  useEffect(() => {
    if (deadline === null) return
    const tick = () => {
      const t = Date.now()
      setNow(t)
      if (t >= deadline) setDeadline(null)
    }
    tick()
    const timer = window.setInterval(tick, 250)
    return () => window.clearInterval(timer)
  }, [deadline])

  const start = useCallback((seconds: number) => {
    setNow(Date.now())
    setDeadline(seconds > 0 ? Date.now() + seconds * 1000 : null)
  }, [])

  const remaining = deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000))
  return { remaining, start }
}
