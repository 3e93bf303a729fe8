import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/constants"

// One place for URL shapes, so links, canonical URLs and the sitemap never disagree.
export const paths = {
  home: () => "",
  category: (handle: string) => `/categories/${encodeURIComponent(handle)}`,
  product: (handle: string) => `/products/${encodeURIComponent(handle)}`,
  cooperatives: () => "/cooperatives",
  cooperative: (handle: string) => `/cooperatives/${encodeURIComponent(handle)}`,
}

/** "/fr" + "/products/x" → "/fr/products/x". */
export function localePath(locale: Locale, path: string): string {
  return `/${locale}${path}`
}

/** Canonical URL and hreflang alternates of a page, for `generateMetadata`. */
export function localeAlternates(locale: Locale, path: string) {
  const languages: Record<string, string> = {}
  for (const other of LOCALES) {
    languages[other] = localePath(other, path)
  }
  languages["x-default"] = localePath(DEFAULT_LOCALE, path)
  return { canonical: localePath(locale, path), languages }
}
