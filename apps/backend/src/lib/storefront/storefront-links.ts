const LOCALES = ["fr", "ar", "en"]

/** A page of the storefront (STOREFRONT_URL): links in notifications point there. */
export function storefrontLink(path: string): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  return `${base}${path}`
}

/** The language a shopper checked out in (the cart's, then the order's `metadata.locale`); French when unknown. */
export function shopperLocale(metadata: Record<string, unknown> | null | undefined): string {
  const locale = metadata?.locale
  return typeof locale === "string" && LOCALES.includes(locale) ? locale : "fr"
}
