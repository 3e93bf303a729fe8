import type { Locale } from "@/lib/constants"

/** The fields of a product index document the storefront shows. */
export type SearchHitDocument = {
  id: string
  handle: string
  title_fr: string | null
  title_ar: string | null
  title_en: string | null
  thumbnail: string | null
  vendor_name: string | null
  vendor_region: string | null
  price_mad: number | null
  price_eur: number | null
  in_stock: boolean
  /** buyers' published average, null while none is published */
  rating_average: number | null
  rating_count: number
}

/** The index fields the header's suggestions need, and nothing more (they travel on every keystroke). */
export const SUGGESTION_FIELDS = ["id", "handle", "title_fr", "title_ar", "title_en"] as const

/** A hit's title in the page language, French (the base text) when it has no translation. */
export function hitTitle(
  document: Pick<SearchHitDocument, "title_fr" | "title_ar" | "title_en">,
  locale: Locale
): string {
  return document[`title_${locale}`] || document.title_fr || ""
}

/** The distinct titles of some hits, in their order: one suggestion per product name. */
export function suggestionTitles(
  documents: Pick<SearchHitDocument, "title_fr" | "title_ar" | "title_en">[],
  locale: Locale
): string[] {
  return [...new Set(documents.map((document) => hitTitle(document, locale)).filter(Boolean))]
}
