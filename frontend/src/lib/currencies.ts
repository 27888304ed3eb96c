/** Currencies most FinCoach users pick, shown first. */
export const COMMON_CURRENCIES = ['INR', 'USD', 'EUR', 'GBP', 'AED', 'SGD', 'AUD', 'CAD', 'JPY']

const FALLBACK = [...COMMON_CURRENCIES, 'CHF', 'CNY', 'HKD', 'NZD', 'SAR', 'SEK', 'ZAR']

let displayNames: Intl.DisplayNames | null = null
try {
  displayNames = new Intl.DisplayNames(['en'], { type: 'currency' })
} catch {
  displayNames = null
}

export function currencyName(code: string): string {
  return displayNames?.of(code) ?? code
}

/** Every ISO 4217 code the browser knows, sorted; a short list where Intl cannot tell. */
export function allCurrencies(): string[] {
  try {
    return Intl.supportedValuesOf('currency').slice().sort()
  } catch {
    return FALLBACK.slice().sort()
  }
}
