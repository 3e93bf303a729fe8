import type { Locale } from "@/lib/constants"

/** "/fr/portal" + "/products" → "/fr/portal/products". */
export function portalPath(locale: Locale, path = ""): string {
  return `/${locale}/portal${path}`
}
