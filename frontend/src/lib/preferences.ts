/**
 * The signed-in user's display preferences (GET /users/me: `locale`, `week_start`), for the
 * formatters in lib/format, which run outside React's render. Kept in localStorage so the
 * first paint of the next visit already uses them; set whenever the profile is fetched or saved.
 * A null locale means the browser's own.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { useTimeZoneStore } from './timezone'

export const PREFERENCES_STORAGE_KEY = 'fincoach.preferences'

interface PreferencesState {
  locale: string | null
  /** ISO: 1 Monday … 7 Sunday. */
  weekStart: number
}

export const usePreferencesStore = create<PreferencesState>()(
  persist((): PreferencesState => ({ locale: null, weekStart: 1 }), {
    name: PREFERENCES_STORAGE_KEY,
    version: 1,
    storage: createJSONStorage(() => localStorage),
  }),
)

/** A locale Intl accepts, or undefined (the browser's). */
function supported(locale: string | null): string | undefined {
  if (!locale) return undefined
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : undefined
  } catch {
    return undefined
  }
}

/** The locale to format numbers and dates with (undefined: the browser's). */
export const displayLocale = () => supported(usePreferencesStore.getState().locale)

export const weekStart = () => usePreferencesStore.getState().weekStart

/**
 * Take the profile's preferences. When the locale changes and `rerender` is set (the profile
 * was fetched), pages already drawn are drawn again (the app shell remounts the page when the
 * time zone store's epoch moves), so no figure keeps the old format. The page that saved a new
 * locale stays as it is and uses it from its next render on.
 */
export function applyPreferences(user: { locale?: string | null; week_start?: number }, { rerender = true } = {}) {
  const before = usePreferencesStore.getState()
  const locale = user.locale ?? null
  const week = user.week_start ?? 1
  if (before.locale === locale && before.weekStart === week) return
  usePreferencesStore.setState({ locale, weekStart: week })
  if (rerender && before.locale !== locale) useTimeZoneStore.setState((s) => ({ epoch: s.epoch + 1 }))
}

/** Locales offered in Settings (any BCP 47 tag works through the API). */
export const COMMON_LOCALES: { tag: string; name: string }[] = [
  { tag: 'en-IN', name: 'English (India)' },
  { tag: 'en-US', name: 'English (United States)' },
  { tag: 'en-GB', name: 'English (United Kingdom)' },
  { tag: 'hi-IN', name: 'Hindi (India)' },
  { tag: 'de-DE', name: 'German (Germany)' },
  { tag: 'fr-FR', name: 'French (France)' },
  { tag: 'es-ES', name: 'Spanish (Spain)' },
  { tag: 'ja-JP', name: 'Japanese (Japan)' },
]
