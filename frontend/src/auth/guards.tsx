import type { ReactNode } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router'
import { useAfterSignInPath } from './session'
import { useIsSignedIn } from './store'

/** Renders its children (or the nested route) only with a session; else goes to /login. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const signedIn = useIsSignedIn()
  const location = useLocation()
  if (!signedIn) {
    return (
      <Navigate
        to="/login"
        replace
        state={{ from: { pathname: location.pathname, search: location.search, hash: location.hash } }}
      />
    )
  }
  return children ? <>{children}</> : <Outlet />
}

/** Sign-in and registration screens: a signed-in person goes straight to the app. */
export function RedirectIfSignedIn({ children }: { children?: ReactNode }) {
  const signedIn = useIsSignedIn()
  const target = useAfterSignInPath()
  if (signedIn) return <Navigate to={target} replace />
  return children ? <>{children}</> : <Outlet />
}
