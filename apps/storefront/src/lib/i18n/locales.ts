import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/constants"

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr"
}

// Moroccan Arabic formatting keeps Western digits, which shoppers expect on prices.
const INTL_LOCALES: Record<Locale, string> = {
  fr: "fr-FR",
  ar: "ar-MA",
  en: "en-GB",
}

export function intlLocale(locale: Locale): string {
  return INTL_LOCALES[locale]
}

type Preference = { tag: string; q: number; order: number }

function parseAcceptLanguage(header: string): Preference[] {
  return header
    .split(",")
    .map((part, order) => {
      const [rawTag, ...params] = part.trim().split(";")
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      const q = qParam ? Number(qParam.slice(2)) : 1
      return {
        tag: rawTag.trim().toLowerCase(),
        q: Number.isFinite(q) ? q : 0,
        order,
      }
    })
    .filter((p) => p.tag && p.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
}

/**
 * Picks the supported locale a visitor prefers: a remembered choice first, then the
 * Accept-Language header (primary subtag match, "ar-MA" → "ar"), else French.
 */
export function negotiateLocale(
  acceptLanguage: string | null | undefined,
  remembered?: string | null
): Locale {
  if (isLocale(remembered)) {
    return remembered
  }
  for (const { tag } of parseAcceptLanguage(acceptLanguage ?? "")) {
    const primary = tag.split("-")[0]
    if (isLocale(primary)) {
      return primary
    }
  }
  return DEFAULT_LOCALE
}

/** Replaces (or adds) the locale segment of a path: "/fr/products/x" → "/ar/products/x". */
export function switchLocalePath(pathname: string, locale: Locale): string {
  const segments = pathname.split("/").filter(Boolean)
  if (segments.length > 0 && isLocale(segments[0])) {
    segments[0] = locale
  } else {
    segments.unshift(locale)
  }
  return `/${segments.join("/")}`
}
